/**
 * Greedy line breaking of measured glyphs for short display text (a cover):
 * Chinese may break between any two characters, except that closing
 * punctuation never starts a line (it stays with the character before it)
 * and opening punctuation never ends one; a run of Latin letters or digits is
 * never split.
 */
import type { Glyph } from './outlines.js';

const NO_LINE_START = new Set('，。、；：？！）」』”’》〉】〕…—·%,.;:?!)]}');
const NO_LINE_END = new Set('（「『“‘《〈【〔([{');
const LATIN = /[A-Za-z0-9'’.\-]/;

/** Units that must stay on one line. */
function units(glyphs: Glyph[]): Glyph[][] {
  const out: Glyph[][] = [];
  glyphs.forEach((g, i) => {
    const prev = glyphs[i - 1];
    const joins = prev !== undefined && (NO_LINE_START.has(g.char) || NO_LINE_END.has(prev.char) || (LATIN.test(prev.char) && LATIN.test(g.char)));
    if (joins) out.at(-1)!.push(g);
    else out.push([g]);
  });
  return out;
}

/** Width in em. */
export const lineWidth = (glyphs: Glyph[]) => glyphs.reduce((w, g) => w + g.advance, 0);

/** Lines no wider than `maxEm` (a single unit wider than that gets a line of its own); leading spaces dropped. */
export function breakLines(glyphs: Glyph[], maxEm: number): Glyph[][] {
  const lines: Glyph[][] = [];
  let line: Glyph[] = [];
  for (const unit of units(glyphs)) {
    if (line.length > 0 && lineWidth(line) + lineWidth(unit) > maxEm) {
      lines.push(line);
      line = [];
    }
    line.push(...(line.length === 0 ? unit.filter((g, i) => i > 0 || !/\s/.test(g.char)) : unit));
  }
  if (line.length > 0) lines.push(line);
  return lines;
}
