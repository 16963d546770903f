/** The display-line oracle: where a display line broke, judged by BudouX's own segmentation of the whole text. */
import { budouxPhrases } from '../../src/typeset/display-lines.js';

/**
 * The breaks between consecutive `lines` of one display text that fall
 * inside a BudouX phrase, each shown as `before|after` (a few characters
 * either side); empty when every break is between phrases. A break after a
 * space is between words (Latin text inside or instead of Chinese: BudouX
 * keeps a Latin run as one phrase, and English has no model).
 */
export function breaksInsideWords(lines: string[], lang: string): string[] {
  const text = lines.join('');
  const allowed = new Set<number>();
  let at = 0;
  for (const p of budouxPhrases(text, lang)) allowed.add((at += p.length));
  for (const space of text.matchAll(/\s+/g)) allowed.add(space.index + space[0].length);
  const bad: string[] = [];
  let offset = 0;
  for (const line of lines.slice(0, -1)) {
    offset += line.length;
    if (!allowed.has(offset)) bad.push(`${text.slice(Math.max(0, offset - 6), offset)}|${text.slice(offset, offset + 4)}`);
  }
  return bad;
}
