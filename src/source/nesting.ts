/**
 * The nesting limit: a transcript nested deeper than any real one is refused
 * with a one-line error before it is parsed (parsing 1,000 nested lists already
 * takes minutes; 10,000 nested block quotes exhaust the stack).
 */
import { inputError } from '../errors.js';

/** Deepest nesting of block quotes and lists, in levels. */
export const MAX_NESTING = 50;

/**
 * Throws an input error when a line opens more than MAX_NESTING block quotes
 * or lists: the container markers (`>`, `-`, `*`, `+`, `1.`) at its start, and
 * a list item's indentation (two columns a level, CommonMark's least).
 */
export function checkNesting(text: string, display: string | undefined): void {
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
