/**
 * `huozi init`: the commented config it writes is valid line by line, the
 * example builds from the new folder, `--with-theme` copies the built-in look
 * (a build with that copy is byte-identical to one without), and nothing is
 * ever overwritten. Real processes, real files.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { resolveOptions } from '../../src/config/schema.js';
import { bin, root } from '../support/paths.js';
import { tempDir } from '../support/temp.js';

const huozi = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });

/** The config with line `i` (a `# key: value` line) uncommented. */
const uncommented = (text: string, i: number) => text.split('\n').map((l, j) => (j === i ? l.slice(2) : l)).join('\n');

describe('huozi init', () => {
  const desk = tempDir('init');

  it('writes a commented config and the example, and says what comes next', () => {
    const r = huozi(desk, 'init', 'talks');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      'wrote talks/huozi.config.yaml\nwrote talks/press-conference.txt\nnext: cd talks && huozi check press-conference.txt && huozi build press-conference.txt\n',
    );
    expect(readFileSync(join(desk, 'talks', 'press-conference.txt'))).toEqual(readFileSync(join(root, 'examples', 'press-conference.txt')));
  });

  it('started in the current folder, says what comes next without a `cd`', () => {
    const here = join(desk, 'here');
    mkdirSync(here);
    expect(huozi(here, 'init').stdout).toMatch(/\nnext: huozi check press-conference\.txt && huozi build press-conference\.txt\n$/);
  });

  it('each setting shown in the config is valid once uncommented; a wrong value is not (control)', () => {
    const text = readFileSync(join(desk, 'talks', 'huozi.config.yaml'), 'utf8');
    expect(parseYaml(text)).toBeNull(); // all commented: the defaults
    const settings = [...text.split('\n').entries()].filter(([, l]) => /^# [A-Za-z]+: \S/.test(l));
    const keys = settings.map(([, l]) => l.slice(2).split(':')[0]);
    expect(keys).toEqual(['out', 'formats', 'dropWebResidue', 'paper', 'topicPageBreak', 'press', 'vertical', 'folioNumerals', 'bleed', 'epubFonts']);
    for (const [i] of settings) expect(() => resolveOptions(parseYaml(uncommented(text, i)), { file: 'huozi.config.yaml' }, true)).not.toThrow();
    const wrong = uncommented(text, settings[keys.indexOf('paper')]![0]).replace('paper: a5', 'paper: letter');
    expect(() => resolveOptions(parseYaml(wrong), { file: 'huozi.config.yaml' }, true)).toThrow(/paper: "letter" is not a paper size/);
  });

  it('init → edit → build: the folder builds, with the config it wrote', () => {
    const folder = join(desk, 'talks');
    const config = join(folder, 'huozi.config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('# out: output', 'out: editions').replace('# formats: pdf,epub,html', 'formats: html'));
    const r = huozi(folder, 'build', 'press-conference.txt');
    expect(r.stderr).not.toMatch(/^huozi:/m);
    expect(r.status).toBe(0);
    expect(readdirSync(join(folder, 'editions')).sort()).toEqual(['press-conference.assets', 'press-conference.html']);
  });

  it('never overwrites: a second init is a usage error naming the file, and changes nothing', () => {
    const config = join(desk, 'talks', 'huozi.config.yaml');
    const before = readFileSync(config, 'utf8');
    const r = huozi(desk, 'init', 'talks');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('huozi: talks/huozi.config.yaml: already exists: huozi init never overwrites (move it away or choose another folder)\n');
    expect(r.stdout).toBe('');
    expect(readFileSync(config, 'utf8')).toBe(before);
  });

  it('refuses a file as the folder, and writes nothing beside it', () => {
    const folder = tempDir('init-file');
    writeFileSync(join(folder, 'notes.txt'), 'x');
    const r = huozi(folder, 'init', 'notes.txt');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('huozi: notes.txt: is a file, not a folder: huozi init writes into a folder\n');
    expect(readdirSync(folder)).toEqual(['notes.txt']);
  });

  it('--with-theme copies every built-in template and stylesheet, and sets `theme` in the config', () => {
    const r = huozi(desk, 'init', 'themed', '--with-theme');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('wrote themed/theme/ (');
    const theme = join(desk, 'themed', 'theme');
    for (const folder of ['templates', 'styles']) {
      const files = (readdirSync(join(root, folder), { recursive: true }) as string[]).filter((f) => f.includes('.'));
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) expect(readFileSync(join(theme, folder, f), 'utf8')).toBe(readFileSync(join(root, folder, f), 'utf8'));
    }
    expect(readFileSync(join(desk, 'themed', 'huozi.config.yaml'), 'utf8')).toMatch(/^theme: theme$/m);
  });

  it('a build with the copied theme is byte-identical to one without; an edited theme file is not (control)', () => {
    const folder = join(desk, 'themed');
    const html = (out: string, ...args: string[]) => {
      const r = huozi(folder, 'build', 'press-conference.txt', '--formats', 'html', '--out', out, ...args);
      expect(r.stderr).not.toMatch(/^huozi:/m);
      expect(r.status).toBe(0);
      return readFileSync(join(folder, out, 'press-conference.html'), 'utf8');
    };
    const themed = html('with-theme');
    writeFileSync(join(desk, 'no-theme.yaml'), 'formats: html\n');
    const plain = html('without-theme', '--config', join(desk, 'no-theme.yaml'));
    expect(themed).toBe(plain);
    const css = join(folder, 'theme', 'styles', 'html.css');
    writeFileSync(css, `${readFileSync(css, 'utf8')}\n.theme-edited { color: red }\n`);
    expect(html('edited')).not.toBe(plain);
  });
});
