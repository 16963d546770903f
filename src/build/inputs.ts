/**
 * Whether an input can be read, in the words every command uses
 * (`huozi: talk.txt: file not found`): `build()` reads with it, `huozi watch`
 * and `huozi preview` check their inputs with it before they start.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { inputError } from '../errors.js';

/** Why a file cannot be read, from the `code` of Node's error (`ENOENT` → `file not found`). */
export function unreadable(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return 'file not found';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'EACCES':
      return 'permission denied';
    default:
      return `cannot be read (${code})`;
  }
}

/**
 * Checks that `file` is a file this process may read, without reading it.
 * @param display the input as the user gave it, named in the error.
 * @throws HuoziError (exit 1) `<display>: file not found`, `is a folder, not a file`, `permission denied` or `cannot be read (<code>)`.
 */
export function checkReadable(file: string, display: string): void {
  try {
    if (statSync(file).isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    accessSync(file, constants.R_OK);
  } catch (e) {
    throw inputError(display, unreadable((e as NodeJS.ErrnoException).code));
  }
}
