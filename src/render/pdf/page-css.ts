/**
 * The @page rules of the print and of its stamp (the page furniture printed
 * after the positions of the topics are known). Geometry is in pt; with a
 * bleed every page is printed at trim + 2 × bleed and every margin grows by
 * the bleed, so the text block stays where it is on the finished page.
 */
import { BODY_PT, type PageGeometry } from './paper.js';

const pt = (n: number) => `${n.toFixed(3)}pt`;

/** The page size actually printed (trim plus bleed on every side). */
export function printedSize(g: PageGeometry): { width: number; height: number } {
  return { width: g.width + 2 * g.bleed, height: g.height + 2 * g.bleed };
}

/**
 * Body pages have no margin boxes: running heads and folios are stamped
 * afterwards (see stamp.ts), so cover, title and contents pages simply get none.
 * The side margins leave 0.1 pt of slack so a full line of N characters never wraps on rounding.
 */
export function pageCss(g: PageGeometry): string {
  const { width, height } = printedSize(g);
  const b = g.bleed;
  const side = g.side + b - 0.05;
  return `
:root { --measure: ${pt(g.chars * BODY_PT)}; --cover-height: ${pt(g.height - g.top - g.bottom)}; }
@page { size: ${pt(width)} ${pt(height)}; margin: ${pt(g.top + b)} ${pt(side)} ${pt(g.bottom + b)}; }
@page furniture { margin: 0; }
.furniture-page { height: ${pt(height)}; }
.furniture-page .running-head { top: ${pt(b + g.top - 2.2 * BODY_PT)}; left: ${pt(b + g.side)}; width: ${pt(g.chars * BODY_PT)}; }
.furniture-page .folio { top: ${pt(height - b - g.bottom + 1.4 * BODY_PT)}; left: ${pt(b + g.side)}; width: ${pt(g.chars * BODY_PT)}; }
`;
}
