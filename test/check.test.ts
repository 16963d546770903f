/**
 * `huozi check` and `check()`: the recognised outline of three fixtures as
 * reviewed golden text (test/golden/check/), the same as data with --json,
 * and one-line errors.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { check, formatCheck } from '../src/check.js';
import { JsonReport } from '../src/cli/report.js';
import { bin, fixtures, golden } from './support/paths.js';
import { tempDir } from './support/temp.js';

const huozi = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: fixtures });
/** The per-input reports of `check --json`, its envelope validated against the documented schema. */
const checks = (stdout: string) => v.parse(JsonReport, JSON.parse(stdout)).checks!;

describe('check', () => {
  it.each(['reposted-interview-source-block.txt', 'speaker-aliases.txt', 'taiwan-presser-minguo.txt'])('%s: the reviewed outline', async (f) => {
    const [report] = check([join(fixtures, f)]);
    const text = formatCheck(report!).replace(`${fixtures}/`, '');
    await expect(`${text}\n`).toMatchFileSnapshot(join(golden, 'check', f.replace(/\.txt$/, '.txt')));
  });

  it('the example: 21 topics, the minister answering 22 turns, five page-break repairs', () => {
    const [report] = check([join(fixtures, '..', '..', 'examples', 'press-conference.txt')]);
    expect(report!.outline.filter((o) => o.kind === 'topic')).toHaveLength(21);
    expect(report!.speakers[0]).toEqual({ speaker: '王毅', labels: ['王毅'], role: 'answer', turns: 22 });
    expect(report!.repairs.filter((r) => r.message.includes('joined to the paragraph above'))).toHaveLength(5);
    // The normalisation repair names its lines, the first as its line: an editor can find what changed.
    const normalised = report!.repairs.find((r) => r.message.startsWith('punctuation and spacing'))!;
    expect(normalised).toEqual({ line: 13, message: expect.stringMatching(/^punctuation and spacing normalised on 89 line\(s\): lines 13, 15, 21, .* and 77 more /) });
    expect(report!.metadata.date).toEqual({ value: '2026-03-08', from: 'line 13: dateline 据新华社北京3月8日电' });
  });

  it('huozi check prints the text, --json the same report as data, in the one --json envelope (as a failure is)', () => {
    const text = huozi('check', 'speaker-aliases.txt');
    expect(text.status).toBe(0);
    expect(text.stdout.trim()).toBe(formatCheck(check([join(fixtures, 'speaker-aliases.txt')])[0]!).replace(`${fixtures}/`, ''));
    const json = huozi('check', '--json', 'speaker-aliases.txt', 'subtitles-interview.vtt');
    expect(json.status).toBe(0);
    const envelope = v.parse(JsonReport, JSON.parse(json.stdout));
    expect(envelope).toMatchObject({ command: 'check', ok: true, exitCode: 0 });
    const reports = envelope.checks!;
    expect(reports.map((r) => r.shape)).toEqual(['plain', 'subtitles']);
    expect(envelope.warnings).toEqual(reports.flatMap((r) => r.warnings.map((w) => ({ ...w, file: r.file }))));
    expect(reports[0]!.speakers.find((s) => s.speaker === '邵明远')).toEqual({ speaker: '邵明远', labels: ['局长邵明远', '邵明远', '邵局长'], role: 'answer', turns: 4 });
  });

  it('a missing file: one line naming it, exit 1, nothing on stdout', () => {
    const r = huozi('check', 'no-such.txt');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual(['huozi: no-such.txt: file not found']);
  });

  it('takes the shared flags: -q --fail-on-warnings is a silent lint, exit 5 on warnings (control: a transcript without them, exit 0)', () => {
    const warned = huozi('check', '-q', '--fail-on-warnings', 'pasted-web-page.txt');
    expect(check([join(fixtures, 'pasted-web-page.txt')])[0]!.warnings.length).toBeGreaterThan(0);
    expect([warned.status, warned.stdout, warned.stderr]).toEqual([5, '', '']);
    const clean = huozi('check', '-q', '--fail-on-warnings', 'speaker-aliases.txt');
    expect([clean.status, clean.stdout, clean.stderr]).toEqual([0, '', '']);
  });

  it('warns of a title and date no layer gives, as a build does (title-missing, date-missing); the config settles them', () => {
    const dir = tempDir('check-defaults');
    const input = join(dir, 'talk.txt');
    writeFileSync(input, '记者：有何安排？\n\n发言人：正在推进。');
    const codes = (...args: string[]) => checks(huozi('check', '--json', ...args, input).stdout)[0]!.warnings.map((w) => w.code);
    expect(codes()).toEqual(['title-missing', 'date-missing']);
    expect(check([input])[0]!.warnings.map((w) => w.code)).toEqual(['title-missing', 'date-missing']);
    writeFileSync(join(dir, 'meta.yaml'), 'title: 推进会\ndate: 2026-03-08\n');
    expect(codes('--config', join(dir, 'meta.yaml'))).toEqual([]);
    expect(check([input], { metadata: { config: { title: '推进会' } } })[0]!.warnings.map((w) => w.code)).toEqual(['date-missing']);
  });

  it('warns of an image a build leaves out (image-skipped, with its line), as the build does; a file beside the input is none (control)', () => {
    const dir = tempDir('check-images');
    const input = join(dir, 'talk.md');
    writeFileSync(input, '# 专访\n\n![现场](missing.png)\n\n![图](here.png)\n\n**记者：** 有何安排？\n');
    writeFileSync(join(dir, 'here.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
    const skipped = check([input])[0]!.warnings.filter((w) => w.code === 'image-skipped');
    expect(skipped).toEqual([expect.objectContaining({ line: 3, message: expect.stringContaining('"missing.png" (line 3) not included: file not found') })]);
  });

  it('reads the config file: its encoding when --encoding is not given, and a bad key is one line naming the file, exit 2', () => {
    const dir = tempDir('check-config');
    writeFileSync(join(dir, 'gb.yaml'), 'encoding: gb18030\n');
    const asGb = checks(huozi('check', '--json', '--config', join(dir, 'gb.yaml'), 'zh-hant-briefing-big5.txt').stdout);
    expect(asGb[0]!.encoding).toBe('gb18030');
    const given = checks(huozi('check', '--json', '--config', join(dir, 'gb.yaml'), '--encoding', 'big5', 'zh-hant-briefing-big5.txt').stdout);
    expect(given[0]!.encoding).toBe('big5');
    writeFileSync(join(dir, 'bad.yaml'), 'paper: letter\n');
    const bad = huozi('check', '--config', join(dir, 'bad.yaml'), 'speaker-aliases.txt');
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^huozi: .*bad\.yaml: paper: "letter" is not a paper size/)]);
  });
});
