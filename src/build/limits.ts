/**
 * The size limit on what one build reads, with a one-line error (the nesting
 * limit is the source stage's: `source/nesting.ts`).
 */
import { statSync } from 'node:fs';
import { inputError } from '../errors.js';

/** Largest input read, in bytes (16 MiB: about 16 times the 1 MB, 1,050-topic benchmark transcript). */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

/** Throws an input error when the file is larger than MAX_INPUT_BYTES; missing files are left to the reader. */
export function checkInputSize(file: string, display: string): void {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return;
  }
  if (size > MAX_INPUT_BYTES) {
    throw inputError(display, `the file is ${(size / 2 ** 20).toFixed(1)} MB; huozi reads transcripts of at most ${MAX_INPUT_BYTES / 2 ** 20} MB`);
  }
}
