/**
 * Config files on disk: found upward from the input, each format read, named
 * with --config, refused in plain words naming the file and the key, and
 * merged under the options given (real files, real loader).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findConfig, loadConfig } from '../../src/config/load.js';
import { resolveBuild } from '../../src/config/resolve.js';
import { HuoziError } from '../../src/errors.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
/** A temporary folder with `files` written into it (paths may hold sub-folders). */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'huozi-config-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const failure = async (p: Promise<unknown>) => {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(HuoziError);
  return { code: (e as HuoziError).code, line: (e as HuoziError).toString() };
};

describe('config files', () => {
  it.each([
    ['huozi.config.json', '{"paper": "a4", "formats": ["pdf"]}'],
    ['huozi.config.yaml', 'paper: a4\nformats: [pdf]\n'],
    ['huozi.config.yml', 'paper: a4\nformats: pdf\n'],
    ['huozi.config.mjs', 'export default { paper: "a4", formats: ["pdf"] };\n'],
    ['huozi.config.js', 'export default { paper: "a4", formats: "pdf" };\n'],
  ])('%s is found upward from the input and read', async (name, text) => {
    const dir = folder({ [name]: text, 'press/2026/talk.txt': '王毅：你好。' });
    const found = await findConfig(join(dir, 'press', '2026'));
    expect(found?.file).toBe(join(dir, name));
    const { options, configFile } = await resolveBuild([join(dir, 'press', '2026', 'talk.txt')]);
    expect(configFile).toBe(join(dir, name));
    expect(options.paper).toEqual({ name: 'a4', width: 210, height: 297 });
    expect(options.formats).toEqual(['pdf']);
  });

  it('the nearest config file wins, and `out` in it is relative to the file', async () => {
    const dir = folder({ 'huozi.config.yaml': 'paper: a4\n', 'desk/huozi.config.json': '{"paper": "b5", "out": "editions"}', 'desk/talk.txt': '你好。' });
    const { options, configFile } = await resolveBuild([join(dir, 'desk', 'talk.txt')]);
    expect(configFile).toBe(join(dir, 'desk', 'huozi.config.json'));
    expect(options.paper.name).toBe('b5');
    expect(options.out).toBe(join(dir, 'desk', 'editions'));
  });

  it('layers: defaults < config file < options given; metadata keys kept per layer', async () => {
    const dir = folder({ 'huozi.config.yaml': 'paper: a4\nbleed: 3mm\ntitle: 配置标题\nauthor: 配置作者\n', 'talk.txt': '你好。' });
    const { options, metadata } = await resolveBuild([join(dir, 'talk.txt')], { paper: 'b5', title: '旗标标题' });
    expect(options.paper.name).toBe('b5');
    expect(options.bleed).toBe(3);
    expect(options.formats).toEqual(['pdf', 'epub', 'html']);
    expect(metadata).toEqual({ flags: { title: '旗标标题' }, config: { title: '配置标题', author: '配置作者' } });
  });

  it('--config names a file; config: false uses none', async () => {
    const dir = folder({ 'huozi.config.yaml': 'paper: a4\n', 'other.yaml': 'paper: 32k\n', 'talk.txt': '你好。' });
    expect((await resolveBuild([join(dir, 'talk.txt')], { config: join(dir, 'other.yaml') })).options.paper.name).toBe('32k');
    expect((await resolveBuild([join(dir, 'talk.txt')], { config: false })).options.paper.name).toBe('a5');
    expect((await loadConfig(join(dir, 'other.yaml'))).settings).toEqual({ paper: '32k' });
  });

  it.each([
    ['huozi.config.json', '{"paper": "a4",}', /^<dir>\/huozi\.config\.json: cannot be read: .*JSON/],
    ['huozi.config.yaml', 'paper: [a4\n', /^<dir>\/huozi\.config\.yaml: cannot be read: .*line \d+, column \d+$/],
    ['huozi.config.yaml', 'paper: letter\n', /^<dir>\/huozi\.config\.yaml: paper: "letter" is not a paper size \(use a4, a5, b5, 16k, 32k/],
    ['huozi.config.yaml', 'formats: [pdf, docx]\n', /^<dir>\/huozi\.config\.yaml: formats: unknown format "docx" \(use pdf, epub or html\)$/],
    ['huozi.config.yaml', 'papr: a4\n', /^<dir>\/huozi\.config\.yaml: "papr" is not a setting huozi knows/],
    ['huozi.config.yaml', '- a4\n- a5\n', /^<dir>\/huozi\.config\.yaml: a config file holds settings/],
    ['huozi.config.mjs', 'export default { paper: ;\n', /^<dir>\/huozi\.config\.mjs: cannot be read: /],
  ])('%s holding %j is a usage error naming the file', async (name, text, pattern) => {
    const dir = folder({ [name]: text, 'talk.txt': '你好。' });
    const { code, line } = await failure(resolveBuild([join(dir, 'talk.txt')]));
    expect(code).toBe(2);
    expect(line.replace(dir, '<dir>')).toMatch(pattern);
    expect(line).not.toContain('\n');
  });

  it('refuses a missing --config file, and inputs that find different config files', async () => {
    const dir = folder({ 'a/huozi.config.yaml': 'paper: a4\n', 'a/x.txt': '你好。', 'b/huozi.config.yaml': 'paper: b5\n', 'b/y.txt': '你好。' });
    expect(await failure(resolveBuild([], { config: join(dir, 'none.yaml') }))).toEqual({ code: 2, line: `${join(dir, 'none.yaml')}: config file not found` });
    const { code, line } = await failure(resolveBuild([join(dir, 'a', 'x.txt'), join(dir, 'b', 'y.txt')]));
    expect(code).toBe(2);
    expect(line).toBe(
      `the inputs find different config files (${join(dir, 'a', 'huozi.config.yaml')}, ${join(dir, 'b', 'huozi.config.yaml')}): build them in separate calls, or name one with --config`,
    );
  });

  it('refuses a config file named as one is easily misnamed (huozi.yaml) beside the input, when no huozi.config.* is found (exit 2)', async () => {
    const dir = folder({ 'huozi.yaml': 'paper: 16k\nbleed: 3mm\n', 'x.txt': '你好。' });
    const { code, line } = await failure(resolveBuild([join(dir, 'x.txt')]));
    expect(code).toBe(2);
    expect(line).toBe(`${join(dir, 'huozi.yaml')}: not read — a config file is named huozi.config.json, huozi.config.yaml, huozi.config.yml, huozi.config.js, huozi.config.mjs; rename it, or name it with --config`);
    // Controls: named with --config it is read; beside a huozi.config.yaml it is no config file's twin.
    expect((await resolveBuild([join(dir, 'x.txt')], { config: join(dir, 'huozi.yaml') })).options.paper).toMatchObject({ name: '16k' });
    const both = folder({ 'huozi.yaml': 'paper: 16k\n', 'huozi.config.yaml': 'paper: b5\n', 'x.txt': '你好。' });
    expect((await resolveBuild([join(both, 'x.txt')])).options.paper).toMatchObject({ name: 'b5' });
  });

  it('refuses an --out that is an existing file (exit 1)', async () => {
    const dir = folder({ 'talk.txt': '你好。', 'taken.pdf': '%PDF-1.7' });
    expect(await failure(resolveBuild([join(dir, 'talk.txt')], { out: join(dir, 'taken.pdf') }))).toEqual({
      code: 1,
      line: `${join(dir, 'taken.pdf')}: is a file, not a folder: --out (or \`out\`) names the folder the editions are written to`,
    });
  });
});
