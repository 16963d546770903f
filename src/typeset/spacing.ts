/**
 * Rule 2, Han–Latin and Han–digit spacing (CLREQ §3.4.2 "Spacing between Han
 * and Western characters"): a quarter em between a Han character and a Latin
 * letter or digit, either way round; none next to punctuation. The space is a
 * margin on the character before the boundary (`as`), never an inserted
 * character, so copied text and search are unchanged; at a line end it falls
 * outside the text. Typed spaces there were dropped by the source stage
 * (src/source/punctuation.ts), so the amount is the same either way.
 * In vertical text an upright number (upright-numbers.ts) sits in the column
 * like a Han character and takes no space (CLREQ §3.5).
 */
import { isHan, isLatin } from './classes.js';
import { type Composition, isChinese, mark, type Run } from './composition.js';
import { uprightNumbers } from './upright-numbers.js';

/** Signs that belong to the number or word beside them (`5.2%`, `30℃`, `$5`). */
const ATTACHED = /^[%‰℃°$€£¥]$/u;
const latinSide = (ch: string | undefined) => isLatin(ch) || (ch !== undefined && ATTACHED.test(ch));

/** Whether a quarter em goes between `a` and `b`: a Han character and a Latin letter or digit, either way round. */
const spaced = (a: string | undefined, b: string | undefined) => (isHan(a) && latinSide(b)) || (latinSide(a) && isHan(b));

export function spacing(run: Run, out: Composition): void {
  if (!isChinese(run)) return;
  const { chars } = run;
  const upright = new Set(run.vertical ? uprightNumbers(chars).flatMap(([s, e]) => Array.from({ length: e - s }, (_, k) => s + k)) : []);
  for (let i = 0; i + 1 < chars.length; i++) {
    if (upright.has(i) || upright.has(i + 1)) continue;
    if (spaced(chars[i], chars[i + 1])) mark(out, i, 'as');
  }
}

/**
 * `text` with a space (U+0020) at each Han–Latin boundary, for text no markup can carry: a CSS `content` string (the
 * PDF's verso head in its margin box), which sets the space to a quarter em with `word-spacing` (page-css.ts).
 */
export function spacedText(text: string): string {
  const chars = [...text];
  return chars.map((c, i) => (spaced(c, chars[i + 1]) ? `${c} ` : c)).join('');
}
