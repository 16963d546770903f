/**
 * Rule 3, full-width glyphs (CLREQ §3.1.2): in Chinese text the quotes “”‘’,
 * the dash — and the ellipsis … take a full em in every face. Fonts disagree
 * (the pinned Kai face and the Hei face draw proportional Western quotes), so
 * each such mark gets `fw`, which sets it in a face whose glyph is full-width
 * (base.css). A mark inside a Latin word keeps its Latin glyph: the
 * apostrophe of `Charlie’s` stays proportional.
 */
import { isLatin } from './classes.js';
import { type Composition, isChinese, mark, type Run } from './composition.js';

const QUOTES = new Set('“”‘’');
const DASHES = new Set('—…');

export function fullWidth(run: Run, out: Composition): void {
  if (!isChinese(run)) return;
  const { chars } = run;
  chars.forEach((c, i) => {
    if (QUOTES.has(c) && !(isLatin(chars[i - 1]) && isLatin(chars[i + 1]))) mark(out, i, 'fw');
    else if (DASHES.has(c)) mark(out, i, 'fw-d');
  });
}
