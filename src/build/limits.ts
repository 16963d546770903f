/**
 * Limits on what one build accepts, each with a one-line error: a transcript
 * larger than huozi is made for, or nested deeper than any transcript is
 * (parsing 1,000 nested lists already takes minutes; 10,000 nested block
 * quotes exhaust the stack).
 */
import { statSync } from 'node:fs';
import { inputError } from '../errors.js';

/** Largest input read, in bytes (16 MiB: about 16 times the 1 MB, 1,050-topic benchmark transcript). */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;
/** Deepest nesting of block quotes and lists, in levels. */
export const MAX_NESTING = 50;

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

/**
 * Throws an input error when a line opens more than MAX_NESTING block quotes
 * or lists: the container markers (`>`, `-`, `*`, `+`, `1.`) at its start, and
 * a list item's indentation (two columns a level, CommonMark's least).
 */
export function checkNesting(text: string, display: string): void {
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    // Fast path: a line that cannot reach the limit.
    if (line.length <= MAX_NESTING) continue;
    const prefix = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*/.exec(line)![0];
    // One character more than the prefix: a marker's lookahead needs the space after it.
    const markers = (line.slice(0, prefix.length + 1).match(/>|[-*+](?=[ \t])|\d{1,9}[.)]/g) ?? []).length;
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
    const listIndent = markers > 0 && /^[ \t]*(?:[-*+]|\d{1,9}[.)])/.test(line) ? Math.floor(indent / 2) : 0;
    const depth = markers + listIndent;
    if (depth > MAX_NESTING) {
      throw inputError(display, `line ${i + 1} nests block quotes or lists ${depth} deep; huozi reads at most ${MAX_NESTING} levels`);
    }
  }
}
