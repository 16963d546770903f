/**
 * Rule 1, punctuation compression (标点挤压; CLREQ §3.1.6.2 "Adjustment of
 * adjacent punctuation marks"): two adjacent full-width marks that together
 * take 2 em are set in 1.5 em, by removing the half em of blank between them.
 *
 * - closing mark or stop, then an opening mark (`，（` `：“` `”“`): the opening
 *   mark loses its leading blank (`pc-s`), so that if the line breaks between
 *   them it also starts the next line half-width;
 * - closing mark or stop, then a closing mark or stop (`”。` `》，` `）、`): the
 *   first loses its trailing blank (`pc-e`);
 * - opening mark, then an opening mark (`“《` `（“`): the second loses its
 *   leading blank.
 *
 * zh-Hant (Taiwan practice, CLREQ §3.1.2): pauses and stops are centred and
 * keep their full width; only brackets and quotes next to each other compress.
 * The marks of a pair get `pc`, which turns the engine's own trimming off for
 * them (base.css), so no engine compresses a pair twice; an opening mark
 * before another keeps it, so it is still set half-width at a line start.
 */
import { blankSide, markClass } from './classes.js';
import { type Composition, isChinese, isHant, mark, type Run } from './composition.js';

export function compression(run: Run, out: Composition): void {
  if (!isChinese(run)) return;
  const hant = isHant(run);
  const { chars } = run;
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = blankSide(markClass(chars[i]), hant);
    const b = blankSide(markClass(chars[i + 1]), hant);
    if (a === undefined || b === undefined) continue;
    const trimmed = out.marks.get(i);
    if (b === 'start') mark(out, i + 1, 'pc-s');
    else if (!trimmed?.has('pc-s')) mark(out, i, 'pc-e');
    else continue;
    // An opening mark before another keeps the engine's line-start trimming: nothing would trim it twice.
    if (a !== 'start') mark(out, i, 'pc');
    mark(out, i + 1, 'pc');
  }
}
