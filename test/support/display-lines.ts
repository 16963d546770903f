/** The display-line oracle: where a display line broke, judged by BudouX's own segmentation of the whole text. */
import { budouxPhrases } from '../../src/typeset/display-lines.js';

/**
 * The breaks between consecutive `lines` of one display text that fall
 * inside a BudouX phrase, each shown as `before|after` (a few characters
 * either side); empty when every break is between phrases. `text` is the
 * whole text the lines were cut from (default: the lines joined), for lines
 * that drop the space they broke at (the EPUB cover's). A break at a space is
 * between words (Latin text inside or instead of Chinese: BudouX keeps a
 * Latin run as one phrase, and English has no model).
 */
export function breaksInsideWords(lines: string[], lang: string, text = lines.join('')): string[] {
  const allowed = new Set<number>();
  let at = 0;
  for (const p of budouxPhrases(text, lang)) allowed.add((at += p.length));
  for (const space of text.matchAll(/\s+/g)) {
    allowed.add(space.index);
    allowed.add(space.index + space[0].length);
  }
  const bad: string[] = [];
  let offset = 0;
  for (const line of lines.slice(0, -1)) {
    // Each line where it stands in the text: after the previous one, past any space dropped at the break.
    offset = text.indexOf(line, offset) + line.length;
    if (!allowed.has(offset)) bad.push(`${text.slice(Math.max(0, offset - 6), offset)}|${text.slice(offset, offset + 4)}`);
  }
  return bad;
}
