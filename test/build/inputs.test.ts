/** Whether an input can be read: the words every command uses, checked without reading the file. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReadable, unreadable } from '../../src/build/inputs.js';
import { tempDir } from '../support/temp.js';

describe('checkReadable', () => {
  it('passes a file; refuses a missing file or a folder as an input error (exit 1) naming the input as given', () => {
    const desk = tempDir('inputs');
    writeFileSync(join(desk, 'talk.txt'), '王毅：你好。');
    mkdirSync(join(desk, 'drafts'));
    expect(() => checkReadable(join(desk, 'talk.txt'), 'talk.txt')).not.toThrow();
    for (const [name, message] of [['nope.txt', 'file not found'], ['drafts', 'is a folder, not a file']]) {
      let thrown: unknown;
      try {
        checkReadable(join(desk, name!), name!);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toMatchObject({ name: 'HuoziError', code: 1, file: name, message });
    }
  });

  it('words each errno code', () => {
    expect([unreadable('ENOENT'), unreadable('EISDIR'), unreadable('EACCES'), unreadable('EIO')]).toEqual(['file not found', 'is a folder, not a file', 'permission denied', 'cannot be read (EIO)']);
  });
});
