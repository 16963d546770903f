/**
 * The output folder is checked before a build renders anything (write-outputs.ts `checkWritable`): the error a
 * write would end in, and no trace of the check.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWritable } from '../../src/build/write-outputs.js';
import { tempDir } from '../support/temp.js';

describe('checkWritable', () => {
  it('passes a folder that does not exist yet under a writable one, and leaves nothing there (not even that folder)', () => {
    const dir = tempDir('writable');
    expect(() => checkWritable(join(dir, 'a', 'b'))).not.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a folder under a file, naming the file', () => {
    const dir = tempDir('writable');
    writeFileSync(join(dir, 'notes.txt'), 'keep me');
    expect(() => checkWritable(join(dir, 'notes.txt', 'out'))).toThrow(`cannot write to ${join(dir, 'notes.txt', 'out')}: ${join(dir, 'notes.txt')} is a file, not a folder`);
  });

  it('refuses a folder where none can be made (under /proc), whoever runs it', () => {
    expect(() => checkWritable('/proc/huozi-test-out')).toThrow(/^cannot write to \/proc\/huozi-test-out: ENOENT/);
  });
});
