/**
 * The shared flags on real builds: `--json` against its schema, `--quiet`,
 * `--verbose`, `--fail-on-warnings` (exit 5), and the metadata layers seen
 * end to end (config file < front matter < --title).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterAll, describe, expect, it } from 'vitest';
import { JsonReport } from '../../src/cli/report.js';
import { BUILD_STEPS } from '../../src/step-timings.js';
import { bin } from '../support/paths.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
/** A folder holding a transcript with one web-residue line (a warning) and, optionally, more files. */
function desk(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'huozi-flags-'));
  made.push(dir);
  writeFileSync(join(dir, 'talk.txt'), '责任编辑：张三\n\n外交部长记者会\n\n王毅：各位记者朋友，上午好！\n\n新华社记者：请问今年的重点是什么？\n');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
// Titled by its headline and dated by SOURCE_DATE_EPOCH, as a reproducible build is, so the web-residue line is the transcript's one warning.
const huozi = (dir: string, ...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: dir, env: { ...process.env, SOURCE_DATE_EPOCH: '1772928000' } });
const report = (stdout: string) => v.parse(JsonReport, JSON.parse(stdout));

// Whole builds in child processes: on the shared 2-core machine one can take minutes, so the allowance is wide (nothing is timed).
describe('shared flags', { timeout: 600_000 }, () => {
  it('--json prints one report that fits its schema, with sizes, pages, timings and coded warnings', () => {
    const dir = desk();
    const r = huozi(dir, 'build', 'talk.txt', '--formats', 'html,pdf', '--json');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const json = report(r.stdout);
    expect(json).toMatchObject({ command: 'build', ok: true, exitCode: 0 });
    expect(json.inputs).toEqual([{ file: 'talk.txt', bytes: statSync(join(dir, 'talk.txt')).size, encoding: 'utf-8', shape: 'plain', lang: 'zh-Hans', title: expect.any(String) }]);
    for (const f of json.files) expect(f.bytes, f.path).toBe(statSync(f.path).size);
    const pdf = json.files.find((f) => f.format === 'pdf')!;
    expect(pdf.path).toBe(join(dir, 'output', 'talk.pdf'));
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    expect(json.files.filter((f) => f.pages !== undefined)).toEqual([pdf]);
    expect(Object.keys(json.timings!.formats).sort()).toEqual(['html', 'pdf']);
    expect(json.timings!.stages.render).toBeGreaterThan(0);
    // Every step an HTML and a horizontal PDF go through timed itself (no EPUB: no zip); each within its edition's render.
    const { steps, formats } = json.timings!;
    expect(Object.keys(steps).sort()).toEqual(BUILD_STEPS.filter((s) => s !== 'epub-package').sort());
    for (const step of ['launch', 'page-load', 'page-composition', 'measuring-print', 'main-print', 'stamp', 'pdf-finish'] as const) {
      expect(steps[step], step).toBeGreaterThan(0);
      expect(steps[step], step).toBeLessThan(formats.pdf!);
    }
    expect(json.warnings).toEqual([{ code: 'web-residue', file: 'talk.txt', line: 1, message: expect.stringContaining('责任编辑') }]);
  });

  it('the report schema is strict: an undocumented field fails it (negative control)', () => {
    const base = { huozi: '0', command: 'build', ok: true, exitCode: 0, inputs: [], files: [], warnings: [] };
    expect(v.safeParse(JsonReport, base).success).toBe(true);
    expect(v.safeParse(JsonReport, { ...base, extra: 1 }).success).toBe(false);
    expect(v.safeParse(JsonReport, { ...base, warnings: [{ code: 'no-such-code', file: 'a', message: 'b' }] }).success).toBe(false);
  });

  it('--fail-on-warnings exits 5 and still writes the editions; --quiet prints nothing', () => {
    const dir = desk();
    const r = huozi(dir, 'build', 'talk.txt', '--formats', 'html', '--fail-on-warnings', '--quiet');
    expect([r.status, r.stdout, r.stderr]).toEqual([5, '', '']);
    expect(readdirSync(join(dir, 'output')).sort()).toEqual(['talk.assets', 'talk.html']);
  });

  it('without flags: warnings with their codes on stderr, one line per edition on stdout, exit 0', () => {
    const dir = desk();
    const r = huozi(dir, 'build', 'talk.txt', '--formats', 'html');
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^warning: talk\.txt: line 1 looks copied from a web page \("责任编辑：张三"\); it is kept as text \[web-residue\]\n$/);
    expect(r.stdout).toMatch(new RegExp(`^wrote ${join(dir, 'output', 'talk.html')}\nwrote ${join(dir, 'output', 'talk.assets')}/ \\(\\d+ files\\)\n$`));
  });

  it('--verbose adds the config file, each input as read, sizes and timings; the config file sets the formats', () => {
    const dir = desk({ 'huozi.config.yaml': 'formats: html\n' });
    const r = huozi(dir, 'build', 'talk.txt', '--verbose');
    expect(r.status).toBe(0);
    const err = r.stderr.trim().split('\n');
    expect(err[0]).toMatch(/\[web-residue\]$/);
    expect(err.slice(1, 3)).toEqual([`config: ${join(dir, 'huozi.config.yaml')}`, expect.stringMatching(/^read talk\.txt: \d+ B, utf-8, plain, zh-Hans, title ".+"$/)]);
    expect(err[3]).toMatch(/^time: read \d+\.\d\d s, parse \d+\.\d\d s, render \d+\.\d\d s \(html \d+\.\d\d s\), fidelity check \d+\.\d\d s, write \d+\.\d\d s$/);
    // An HTML build prints nothing: no browser's or print's step is named.
    expect(err[4]).toMatch(/^steps: decode \d+\.\d\d s, typeset \d+\.\d\d s, fonts \d+\.\d\d s$/);
    expect(r.stdout).toMatch(/^wrote .*talk\.html \(\d+\.\d KB\)\nwrote .*talk\.assets\/ \(\d+ files, \d+\.\d KB\)\n$/);
  });

  it('a failure with --json is one line on stderr and a report with ok: false on stdout', () => {
    const dir = desk();
    const r = huozi(dir, 'build', 'missing.txt', '--json');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('huozi: missing.txt: file not found\n');
    expect(report(r.stdout)).toMatchObject({ ok: false, exitCode: 1, error: { file: 'missing.txt', message: 'file not found' }, files: [] });
  });

  it('title: the config file loses to front matter, which loses to --title', () => {
    const dir = desk({ 'huozi.config.yaml': 'formats: html\ntitle: 配置标题\n', 'memo.md': '---\ntitle: 前言标题\n---\n\n王毅：各位记者朋友，上午好！\n' });
    const title = (...args: string[]) => report(huozi(dir, 'build', ...args, '--json').stdout).inputs.map((i) => i.title);
    expect(title('talk.txt', 'memo.md')).toEqual(['配置标题', '前言标题']);
    expect(title('memo.md', '--title', '改正的标题', '--out', 'corrected')).toEqual(['改正的标题']);
  });
});
