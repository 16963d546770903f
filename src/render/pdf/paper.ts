/**
 * The page geometry that follows from a trim size: a text block whose width is
 * a whole number of body characters and whose height is a whole number of
 * lines, centred on the page with the spare split evenly. Set vertically
 * (`--vertical`), the block is turned: its height is a whole number of
 * characters (a column) and its width a whole number of column pitches. The trim sizes
 * themselves are parsed by the options schema (config/schema.ts).
 */
import type { PaperSize } from '../../config/schema.js';

export const PT_PER_MM = 72 / 25.4;

/** Body type: 五号 (10.5 pt) on an 18 pt line pitch (leading 1.71): 24 CSS px, so baselines land on whole pixels and stay on the grid. */
export const BODY_PT = 10.5;
export const LINE_PT = 18;

/** Where everything sits on a page, in pt, measured from the trim's top-left corner. */
export interface PageGeometry {
  paper: PaperSize;
  /** Trim size. */
  width: number;
  height: number;
  /** Bleed on each side (0 without bleed). */
  bleed: number;
  /** Margins of the text block from the trim edges. */
  top: number;
  bottom: number;
  side: number;
  /** Characters per line (column, when vertical) and lines (columns) per page of body text. */
  chars: number;
  lines: number;
  /** Set in columns, right to left (`--vertical`). */
  vertical: boolean;
}

/** At least these fractions of the trim are left as margin: more at the foot, where the folio goes. */
const MIN_SIDE = 0.11;
const MIN_TOP = 0.09;
const MIN_BOTTOM = 0.1;

/** The geometry of a trim size (mm) with a bleed (mm): all lengths in pt. `vertical` turns the text block into columns. */
export function pageGeometry(paper: PaperSize, bleedMm = 0, vertical = false): PageGeometry {
  const width = paper.width * PT_PER_MM;
  const height = paper.height * PT_PER_MM;
  const across = width * (1 - 2 * MIN_SIDE);
  const down = height * (1 - MIN_TOP - MIN_BOTTOM);
  // Horizontal: characters across, lines down. Vertical: characters down a column, columns across.
  const chars = Math.max(10, Math.floor((vertical ? down : across) / BODY_PT));
  const lines = Math.max(10, Math.floor((vertical ? across : down) / LINE_PT));
  const spareV = height - (vertical ? chars * BODY_PT : lines * LINE_PT);
  const top = (spareV * MIN_TOP) / (MIN_TOP + MIN_BOTTOM);
  return {
    paper,
    width,
    height,
    bleed: bleedMm * PT_PER_MM,
    top,
    bottom: spareV - top,
    side: (width - (vertical ? lines * LINE_PT : chars * BODY_PT)) / 2,
    chars,
    lines,
    vertical,
  };
}

/** Width of the text block in pt: whole characters, or whole column pitches when vertical. */
export const blockWidth = (g: PageGeometry) => (g.vertical ? g.lines * LINE_PT : g.chars * BODY_PT);
