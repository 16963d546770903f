/**
 * Themes (`--theme <dir>`, config key `theme`): a theme overriding one
 * partial and one stylesheet changes all three editions; a broken theme is
 * one line `huozi: <file>:<line>: <problem>`, exit 2, nothing written; text of
 * the transcript that looks like template code stays text. Real processes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { bin, root } from '../support/paths.js';
import { pdfText } from '../support/pdf-tools.js';
import { tempDir } from '../support/temp.js';

const huozi = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
const builtIn = (...parts: string[]) => readFileSync(join(root, ...parts), 'utf8');
/** The text of markup: tags dropped (the typesetting stage wraps runs in spans), `&gt;` read back. */
const textOf = (markup: string) => markup.replace(/<[^>]+>/g, '').replace(/&gt;/g, '>');
/** The chapters and stylesheets of an EPUB, as one text. */
async function epubText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const parts = await Promise.all(Object.values(zip.files).filter((f) => /\.(xhtml|css)$/.test(f.name)).map((f) => f.async('string')));
  return parts.join('\n');
}

/** A theme folder under `dir` holding `files` (path under the theme → text). */
function theme(dir: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

// The paragraph partial, extended: a marker the theme's stylesheet shows, and one it hides.
const MARKED = builtIn('templates', 'partials', 'paragraph.hbs').replace('</p>', '<span class="theme-shown">THEMESHOWN</span><span class="theme-hidden">THEMEHIDDEN</span></p>');
const HIDING = `${builtIn('styles', 'base.css')}\n.theme-hidden { display: none }\n`;
const TRANSCRIPT = '清水河防汛通告\n\n各位居民朋友：今晚有洪水，请做好转移准备。写在稿里的 {{> paragraph}} 与 {{{css}}} 都是文字。\n\n区防汛抗旱指挥部\n';

describe('a theme overriding one partial and one stylesheet', () => {
  const desk = tempDir('theme');
  const out = join(desk, 'output');
  beforeAll(() => {
    theme(join(desk, 'look'), { 'templates/partials/paragraph.hbs': MARKED, 'styles/base.css': HIDING });
    // Named in the config, relative to it; run from another folder.
    writeFileSync(join(desk, 'huozi.config.yaml'), 'theme: look\n');
    writeFileSync(join(desk, 'notice.txt'), TRANSCRIPT);
    const r = huozi(root, 'build', join(desk, 'notice.txt'), '--out', out);
    expect(r.stderr).not.toMatch(/^huozi:/m);
    expect(r.status).toBe(0);
  });

  it('HTML: the partial and the stylesheet are the theme\'s; template-like text stays text', () => {
    const html = readFileSync(join(out, 'notice.html'), 'utf8');
    expect(html).toContain('<span class="theme-shown">');
    expect(textOf(html)).toContain('THEMESHOWNTHEMEHIDDEN');
    expect(html).toContain('.theme-hidden { display: none }');
    expect(textOf(html)).toContain('写在稿里的 {{> paragraph}} 与 {{{css}}} 都是文字');
  });

  it('EPUB: the chapters use the partial, the book\'s stylesheet is the theme\'s', async () => {
    const epub = await epubText(join(out, 'notice.epub'));
    expect(epub).toContain('<span class="theme-shown">');
    expect(textOf(epub)).toContain('THEMESHOWN');
    expect(epub).toContain('.theme-hidden { display: none }');
  });

  it('PDF: the partial\'s marker is printed, the one the theme\'s stylesheet hides is not (the markup holds both)', () => {
    const text = pdfText(join(out, 'notice.pdf'));
    expect(text).toContain('THEMESHOWN');
    expect(text).not.toContain('THEMEHIDDEN');
    expect(textOf(readFileSync(join(out, 'notice.html'), 'utf8'))).toContain('THEMEHIDDEN');
  });

  it('control: without the theme, no edition has the markers', async () => {
    const plain = join(desk, 'plain');
    writeFileSync(join(desk, 'empty.yaml'), '');
    const ok = huozi(root, 'build', join(desk, 'notice.txt'), '--out', plain, '--config', join(desk, 'empty.yaml'), '--formats', 'html,epub');
    expect(ok.status).toBe(0);
    expect(textOf(readFileSync(join(plain, 'notice.html'), 'utf8'))).not.toContain('THEMESHOWN');
    expect(await epubText(join(plain, 'notice.epub'))).not.toContain('theme-');
  });
});

describe('a broken theme: one line naming the file and line, exit 2, nothing written', () => {
  const desk = tempDir('theme-broken');
  writeFileSync(join(desk, 'notice.txt'), TRANSCRIPT);
  const cases: Array<[string, Record<string, string>, string]> = [
    ['a syntax error', { 'templates/partials/turn.hbs': '<p>\n{{#if x}}\n<b>' }, "look/templates/partials/turn.hbs:3: Handlebars syntax error: Expecting 'OPEN_INVERSE_CHAIN', 'INVERSE', 'OPEN_ENDBLOCK', got the end of the file"],
    ['an unknown helper', { 'templates/html/page.hbs': '<html>\n\n{{shout meta.title}}</html>' }, 'look/templates/html/page.hbs:3: unknown helper "shout"'],
    ['a missing partial', { 'templates/partials/lede.hbs': '<p>{{> ledeText}}</p>' }, 'look/templates/partials/lede.hbs:1: no partial "ledeText"'],
    ['transcript text printed unescaped', { 'templates/partials/text.hbs': '{{{value}}}' }, 'look/templates/partials/text.hbs:1: {{{value}}} prints its value unescaped'],
    ['a failure while rendering', { 'templates/partials/headline.hbs': '{{#with}}x{{/with}}' }, 'look/templates/partials/headline.hbs: #with requires exactly one argument'],
    ['a misspelt stylesheet', { 'styles/htm.css': 'p {}' }, 'look/styles/htm.css: huozi has no styles/htm.css to replace'],
    ['no templates/ or styles/', { 'README.md': 'x' }, 'look: holds neither templates/ nor styles/'],
  ];
  for (const [what, files, message] of cases) {
    it(what, () => {
      const folder = tempDir('theme-case');
      theme(join(folder, 'look'), files);
      const out = join(folder, 'output');
      const r = huozi(folder, 'build', join(desk, 'notice.txt'), '--theme', 'look', '--out', out, '--formats', 'html');
      expect(r.status).toBe(2);
      expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      expect(r.stderr.startsWith(`huozi: ${message}`)).toBe(true);
      expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
      expect(() => readdirSync(out)).toThrow(/ENOENT/);
    });
  }

  it('a theme folder that does not exist', () => {
    const r = huozi(desk, 'build', 'notice.txt', '--theme', 'nowhere', '--formats', 'html');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('huozi: nowhere: theme folder not found\n');
  });

  it('a theme folder a config file names that does not exist: the error names the config file too', () => {
    const folder = tempDir('theme-config');
    writeFileSync(join(folder, 'huozi.config.yaml'), 'theme: ./house-look\n');
    writeFileSync(join(folder, 'notice.txt'), TRANSCRIPT);
    const r = huozi(folder, 'build', 'notice.txt', '--formats', 'html');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('huozi: house-look: theme folder not found (named by theme: in huozi.config.yaml)\n');
  });

  it('control: the same theme files, well formed, build', () => {
    const folder = tempDir('theme-case');
    theme(join(folder, 'look'), { 'templates/partials/headline.hbs': builtIn('templates', 'partials', 'headline.hbs') });
    const r = huozi(folder, 'build', join(desk, 'notice.txt'), '--theme', 'look', '--out', join(folder, 'output'), '--formats', 'html');
    expect(r.stderr).not.toMatch(/^huozi:/m);
    expect(r.status).toBe(0);
  });
});
