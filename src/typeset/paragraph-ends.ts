/**
 * Rule 7, paragraph ends: no paragraph ends on a line holding a single
 * character (plus its punctuation). The last two characters of a Chinese
 * paragraph, with the marks after them, are kept on one line (a Latin word
 * counts as one character, a long token only its last), so the engine carries a second character down
 * with the last one instead of leaving it alone (CLREQ §3.8, "avoid a last
 * line of one character"; the practice of mainland book setting).
 */
import { isLatin, markClass } from './classes.js';
import { type Composition, isChinese, type Run } from './composition.js';

/**
 * Paragraphs. Headings are display lines (display-lines.ts): they break only
 * between phrases and are balanced, which already leaves no character alone;
 * a kept end inside them also made Chromium's balancing overflow a phone's
 * measure (a 284 px heading set 363 px wide).
 */
const PARAGRAPHS = new Set(['p', 'li', 'dd', 'blockquote']);
/** A Latin word longer than this is a long token (long-tokens.ts): only its last character counts. */
const WORD = 20;
/** Shorter paragraphs fit a line anyway. */
const MIN = 6;

export function paragraphEnds(run: Run, out: Composition): void {
  if (!isChinese(run) || !PARAGRAPHS.has(run.block) || run.chars.length < MIN) return;
  const { chars } = run;
  let i = chars.length;
  while (i > 0 && (markClass(chars[i - 1]) !== undefined || /\s/u.test(chars[i - 1]!))) i--;
  for (let units = 0; units < 2 && i > 0; units++) {
    if (/\s/u.test(chars[i - 1]!) || markClass(chars[i - 1]) !== undefined) break;
    if (isLatin(chars[i - 1])) {
      let j = i;
      while (j > 0 && isLatin(chars[j - 1])) j--;
      if (i - j > WORD) {
        i--;
        break;
      }
      i = j;
    } else i--;
  }
  if (i < chars.length) out.keeps.push([i, chars.length]);
}
