/**
 * The CLI on each kind of bad input: one line on stderr naming the file and
 * the problem, exit code 1, and an output folder left exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin } from '../support/paths.js';
import { tempDir } from '../support/temp.js';

const utf8 = Buffer.from('记者：请问发布会几点开始？\n\n发言人：上午十点。\n');

const cases: Array<[string, Buffer, string]> = [
  ['empty.txt', Buffer.alloc(0), 'the file is empty'],
  ['blank.txt', Buffer.from('\n  \u3000\u3000\n\t\n'), 'the file holds only whitespace, no text'],
  ['bom.txt', Buffer.from([0xef, 0xbb, 0xbf]), 'the file holds only a byte-order mark and no text'],
  ['photo.txt', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]), 'this is binary data, not a text transcript'],
  ['cut.txt', Buffer.concat([utf8.subarray(0, 10), utf8.subarray(11)]), 'damaged UTF-8: invalid or truncated byte sequence at byte offset 9 (1 bad sequence)'],
];

describe('cli: bad inputs', () => {
  it.each(cases)('%s: one line, exit 1, output/ untouched', (name, bytes, message) => {
    const dir = tempDir('bad');
    const input = join(dir, name);
    writeFileSync(input, bytes);
    const out = join(dir, 'output');
    const r = spawnSync(process.execPath, [bin, 'build', input, '--out', out], { encoding: 'utf8', cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`huozi: ${input}: ${message}\n`);
    expect(readdirSync(dir)).toEqual([name]);
  });

  it('a bad input among good ones writes nothing, and leaves an existing output folder as it was', () => {
    const dir = tempDir('bad');
    const out = join(dir, 'output');
    const keep = join(dir, 'output', 'earlier.html');
    writeFileSync(join(dir, 'good.txt'), utf8);
    writeFileSync(join(dir, 'empty.txt'), '');
    spawnSync('mkdir', ['-p', out]);
    writeFileSync(keep, '<p>an earlier build</p>');
    const r = spawnSync(process.execPath, [bin, 'build', join(dir, 'good.txt'), join(dir, 'empty.txt'), '--out', out, '--formats', 'html'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([`huozi: ${join(dir, 'empty.txt')}: the file is empty`]);
    expect(readdirSync(out)).toEqual(['earlier.html']);
    expect(readFileSync(keep, 'utf8')).toBe('<p>an earlier build</p>');
  });
});
