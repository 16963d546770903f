/** Folders made one level at a time (src/make-dirs.ts). */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDirs } from '../src/make-dirs.js';
import { tempDir } from './support/temp.js';

describe('makeDirs', () => {
  it('makes a folder and its missing parents, and accepts one that is there', () => {
    const deep = join(tempDir('make-dirs'), 'a', 'b', 'c');
    makeDirs(deep);
    makeDirs(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
  });

  it('throws where mkdir fails: under a file, or where /proc refuses (ENOENT under a parent that exists)', () => {
    const dir = tempDir('make-dirs');
    writeFileSync(join(dir, 'file'), '');
    expect(() => makeDirs(join(dir, 'file', 'sub'))).toThrow(/ENOTDIR/);
    expect(() => makeDirs('/proc/huozi-test/out')).toThrow(/ENOENT/);
    expect(existsSync('/proc/huozi-test')).toBe(false);
  });

  it("control: Node's recursive mkdir does not return there (killed after 2 s)", () => {
    const r = spawnSync(process.execPath, ['-e', "require('fs').mkdirSync('/proc/huozi-test/out', { recursive: true })"], { timeout: 2000 });
    expect(r.signal).toBe('SIGTERM');
  });
});
