/**
 * Vertical text read back from a PDF's glyphs (pdf-glyphs.ts): glyphs grouped
 * by x into columns, each read top to bottom, the columns of a page right to
 * left, pages in order. Full-em upright glyphs (Han characters, marks) found
 * the columns, each within half a pitch of the last; every other glyph (turned
 * Latin, small combined digits) joins the nearest column within 0.6 pitch. An
 * upright glyph's centre is its origin plus half its advance; a glyph turned
 * clockwise has its baseline near the column's left edge and its body right of it.
 */
import type { PdfGlyph } from './pdf-glyphs.js';

export interface Column {
  /** 1-based page. */
  page: number;
  /** Centre of the column, pt from the page's left edge. */
  centre: number;
  /** Its glyphs, top to bottom. */
  glyphs: PdfGlyph[];
}

/** Horizontal centre of a glyph on the page, pt. */
export const glyphCentre = (g: PdfGlyph) => (g.angle === 0 ? g.x + g.width / 2 : g.x + g.size * 0.45);

/** Columns of `glyphs` (pitch in pt), in reading order: pages ascending, right to left, top to bottom. */
export function glyphColumns(glyphs: PdfGlyph[], pitch: number): Column[] {
  const columns: Column[] = [];
  const byPage = new Map<number, PdfGlyph[]>();
  for (const g of glyphs) byPage.set(g.page, [...(byPage.get(g.page) ?? []), g]);
  for (const [page, list] of [...byPage].sort((a, b) => a[0] - b[0])) {
    const onPage: Column[] = [];
    const fullEm = (g: PdfGlyph) => g.angle === 0 && g.width >= 0.9 * g.size;
    const sorted = [...list].sort((a, b) => glyphCentre(b) - glyphCentre(a));
    for (const g of sorted.filter(fullEm)) {
      const c = glyphCentre(g);
      const column = onPage.find((col) => Math.abs(col.centre - c) <= pitch / 2);
      if (column) column.glyphs.push(g);
      else onPage.push({ page, centre: c, glyphs: [g] });
    }
    for (const g of sorted.filter((x) => !fullEm(x))) {
      const c = glyphCentre(g);
      const nearest = onPage.reduce<Column | undefined>((best, col) => (!best || Math.abs(col.centre - c) < Math.abs(best.centre - c) ? col : best), undefined);
      if (nearest && Math.abs(nearest.centre - c) <= pitch * 0.6) nearest.glyphs.push(g);
      else onPage.push({ page, centre: c, glyphs: [g] });
    }
    // Top to bottom; glyphs side by side on one line (combined digits) left to right.
    for (const col of onPage) col.glyphs.sort((a, b) => Math.round((b.y - a.y) * 2) / 2 || a.x - b.x);
    columns.push(...onPage.sort((a, b) => b.centre - a.centre));
  }
  return columns;
}

/** The text of the columns in reading order. */
export const columnsText = (columns: Column[]) => columns.map((c) => c.glyphs.map((g) => g.char).join('')).join('');

/** Never at the start of a column (CLREQ §3.2, with GB/T 15834): closing marks, pauses and stops, the interpunct, the dash and the ellipsis. */
export const NO_START = new Set('）〕］｝》〉」』】”’〗〙，。、；：？！·…—―');
/** Never at the end of a column: opening marks. */
export const NO_END = new Set('（〔［｛《〈「『【“‘〖〘');

/** Each column that starts with a mark forbidden there or ends with one forbidden there: `page 6, column 3: starts with "，" (…text…)`. */
export function kinsokuViolations(columns: Column[]): string[] {
  const out: string[] = [];
  const perPage = new Map<number, number>();
  for (const col of columns) {
    const n = (perPage.get(col.page) ?? 0) + 1;
    perPage.set(col.page, n);
    const text = col.glyphs.map((g) => g.char).join('');
    const first = text[0];
    const last = text.at(-1);
    if (first && NO_START.has(first)) out.push(`page ${col.page}, column ${n}: starts with "${first}" (${text.slice(0, 12)})`);
    if (last && NO_END.has(last)) out.push(`page ${col.page}, column ${n}: ends with "${last}" (${text.slice(-12)})`);
  }
  return out;
}
