/**
 * Printer's boxes and marks. Chromium ignores `bleed` and `marks` in @page, so
 * the renderer prints at trim + 2 × bleed and this sets, on every page:
 * BleedBox = the printed page, TrimBox (and ArtBox) = the finished size inside it, and,
 * when marks are asked for, a MediaBox (and CropBox) grown by room for the
 * marks, which are drawn outside the bleed in registration colour.
 */
import { cmyk, PDFDocument, PDFName, PDFOperator, PDFOperatorNames, type PDFPage } from '@cantoo/pdf-lib';
import { PT_PER_MM, type PageGeometry } from './paper.js';

export type Mark = 'crop' | 'cross';

/** Room outside the bleed for the marks; crop marks start 1 mm outside the bleed. */
const SLUG = 10 * PT_PER_MM;
const MARK_GAP = 1 * PT_PER_MM;
const MARK_LENGTH = 8 * PT_PER_MM;
const CROSS_RADIUS = 2.5 * PT_PER_MM;
const REGISTRATION = cmyk(1, 1, 1, 1);
const HAIRLINE = 0.25;

export function setPageBoxes(pdf: PDFDocument, g: PageGeometry, marks: readonly Mark[]): void {
  const w = g.width + 2 * g.bleed;
  const h = g.height + 2 * g.bleed;
  const slug = marks.length ? SLUG : 0;
  for (const page of pdf.getPages()) {
    page.setMediaBox(-slug, -slug, w + 2 * slug, h + 2 * slug);
    page.setCropBox(-slug, -slug, w + 2 * slug, h + 2 * slug);
    page.setBleedBox(0, 0, w, h);
    page.setTrimBox(g.bleed, g.bleed, g.width, g.height);
    page.setArtBox(g.bleed, g.bleed, g.width, g.height);
    if (marks.length === 0) continue;
    page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Artifact')]));
    if (marks.includes('crop')) cropMarks(page, g);
    if (marks.includes('cross')) crossMarks(page, g);
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  }
}

/** At each trim corner, two lines on the trim lines' extensions, starting just outside the bleed. */
function cropMarks(page: PDFPage, g: PageGeometry): void {
  const b = g.bleed;
  const gap = b + MARK_GAP;
  const xs = [b, b + g.width];
  const ys = [b, b + g.height];
  for (const x of xs) {
    for (const y of ys) {
      const outX = x === b ? -1 : 1;
      const outY = y === b ? -1 : 1;
      const line = (sx: number, sy: number, ex: number, ey: number) =>
        page.drawLine({ start: { x: sx, y: sy }, end: { x: ex, y: ey }, thickness: HAIRLINE, color: REGISTRATION });
      // Horizontal mark on the trim line y, vertical mark on the trim line x.
      line(x + outX * gap, y, x + outX * (gap + MARK_LENGTH), y);
      line(x, y + outY * gap, x, y + outY * (gap + MARK_LENGTH));
    }
  }
}

/** A registration target (circle and cross) centred on each side, outside the bleed. */
function crossMarks(page: PDFPage, g: PageGeometry): void {
  const b = g.bleed;
  const w = g.width + 2 * b;
  const h = g.height + 2 * b;
  const off = -(SLUG / 2);
  const centres = [
    { x: w / 2, y: off },
    { x: w / 2, y: h - off },
    { x: off, y: h / 2 },
    { x: w - off, y: h / 2 },
  ];
  for (const c of centres) {
    page.drawCircle({ x: c.x, y: c.y, size: CROSS_RADIUS * 0.6, borderColor: REGISTRATION, borderWidth: HAIRLINE });
    page.drawLine({ start: { x: c.x - CROSS_RADIUS, y: c.y }, end: { x: c.x + CROSS_RADIUS, y: c.y }, thickness: HAIRLINE, color: REGISTRATION });
    page.drawLine({ start: { x: c.x, y: c.y - CROSS_RADIUS }, end: { x: c.x, y: c.y + CROSS_RADIUS }, thickness: HAIRLINE, color: REGISTRATION });
  }
}
