/**
 * Rule 3, full-width glyphs (CLREQ §3.1.2; GB/T 15834-2011 §4.13, the
 * interpunct takes a character's width): in Chinese text the quotes “”‘’,
 * the dash —, the ellipsis … and the interpunct · take a full em in every
 * face. Fonts disagree (the pinned Kai face and the Hei face draw proportional
 * Western quotes; the Song and Kai faces draw a 0.33 em interpunct), so each
 * such mark gets a class that sets it in a face whose glyph is full-width
 * (base.css): `fw` the Song face's quotes, `fw-d` the Hei face's dash,
 * ellipsis and interpunct. A mark inside a Latin word is set proportional
 * (`pw`, the face's `pwid` glyph: the Song and Hei faces draw even the
 * apostrophe full-width by default), so `Charlie’s` and `l·l` read as words.
 */
import { isLatin } from './classes.js';
import { type Composition, isChinese, mark, type Run } from './composition.js';

const QUOTES = new Set('“”‘’');
/** Marks whose full-width glyph is the Hei face's. */
const HEI_FORMS = new Set('—…·');
/** Marks that, between two Latin letters, are part of the word. */
const IN_WORDS = new Set('“”‘’·');

export function fullWidth(run: Run, out: Composition): void {
  if (!isChinese(run)) return;
  const { chars } = run;
  chars.forEach((c, i) => {
    if (IN_WORDS.has(c) && isLatin(chars[i - 1]) && isLatin(chars[i + 1])) mark(out, i, 'pw');
    else if (QUOTES.has(c)) mark(out, i, 'fw');
    else if (HEI_FORMS.has(c)) mark(out, i, 'fw-d');
  });
}
