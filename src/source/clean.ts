/**
 * Text → clean text: one kind of line ending, no character that XML or a
 * reader could misread. Everything removed is reported, never silent.
 */
import type { Warning, WarningCode } from '../warnings.js';

// C0/C1 controls other than tab and newline, U+FFFE/U+FFFF and noncharacters are not allowed in XML/HTML.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]/gu;
// Bidi embeddings, overrides and isolates could reorder what a reader sees.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;
// Zero-width characters hide inside words and break search and line breaking. A zero-width joiner between two
// emoji (after an optional variation selector or skin tone) is kept: it makes one emoji of them, 👨‍👩‍👧 (UTS #51).
const ZERO_WIDTH = /[\u200B\u200C\u2060\uFEFF]|(?<!\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function clean(text: string): { text: string; warnings: Warning[] } {
  const warnings: Warning[] = [];
  let out = text.replace(/\r\n?/g, '\n');
  out = strip(out, LONE_SURROGATE, 'lone-surrogate', 'lone surrogate code unit', warnings);
  out = strip(out, XML_INVALID, 'invalid-character', 'control or non-XML character', warnings);
  out = strip(out, BIDI_CONTROLS, 'bidi-control', 'bidirectional override/isolate control', warnings);
  out = strip(out, ZERO_WIDTH, 'zero-width', 'zero-width character', warnings);
  const replacement = linesOf(out, /\uFFFD/g);
  if (replacement.count > 0) {
    // Kept (it is in the source) but reported: it marks text damaged before it reached huozi.
    warnings.push({ code: 'replacement-character', line: replacement.lines[0]!, message: `the text holds ${replacement.count} U+FFFD replacement character(s) ${onLines(replacement.lines)}: it was damaged before huozi read it` });
  }
  return { text: out, warnings };
}

function strip(text: string, pattern: RegExp, code: WarningCode, what: string, warnings: Warning[]): string {
  const found = new Map<number, number>();
  const { lines } = linesOf(text, pattern);
  const out = text.replace(pattern, (ch) => {
    const cp = ch.codePointAt(0)!;
    found.set(cp, (found.get(cp) ?? 0) + 1);
    return '';
  });
  if (found.size > 0) {
    const total = [...found.values()].reduce((a, b) => a + b, 0);
    const list = [...found.keys()].map((cp) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
    // A match was found, so it is on some line.
    warnings.push({ code, line: lines[0]!, message: `removed ${total} ${what}${total === 1 ? '' : 's'} (${list}) ${onLines(lines)}` });
  }
  return out;
}

/** How many matches of `pattern` (global) `text` holds, and the lines (1-based, ascending, each once) they are on. */
function linesOf(text: string, pattern: RegExp): { count: number; lines: number[] } {
  const lines: number[] = [];
  let count = 0;
  let line = 1;
  let from = 0;
  for (const m of text.matchAll(pattern)) {
    // Offsets only grow: count the newlines since the last match.
    for (let i = text.indexOf('\n', from); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
    from = m.index;
    count++;
    if (lines.at(-1) !== line) lines.push(line);
  }
  return { count, lines };
}

/** `on line 16`, `on lines 16, 20`, `on lines 3, 5, 8, 9, 12 and 4 more`. */
const onLines = (lines: number[]) =>
  `on line${lines.length === 1 ? '' : 's'} ${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ` and ${lines.length - 5} more` : ''}`;
