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
  const replacement = out.match(/\uFFFD/g)?.length ?? 0;
  if (replacement > 0) {
    // Kept (it is in the source) but reported: it marks text damaged before it reached huozi.
    warnings.push({ code: 'replacement-character', message: `the text holds ${replacement} U+FFFD replacement character(s): it was damaged before huozi read it` });
  }
  return { text: out, warnings };
}

function strip(text: string, pattern: RegExp, code: WarningCode, what: string, warnings: Warning[]): string {
  const found = new Map<number, number>();
  const out = text.replace(pattern, (ch) => {
    const cp = ch.codePointAt(0)!;
    found.set(cp, (found.get(cp) ?? 0) + 1);
    return '';
  });
  if (found.size > 0) {
    const total = [...found.values()].reduce((a, b) => a + b, 0);
    const list = [...found.keys()].map((cp) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
    warnings.push({ code, message: `removed ${total} ${what}${total === 1 ? '' : 's'} (${list})` });
  }
  return out;
}
