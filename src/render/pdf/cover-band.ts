/**
 * The cover's colour band across the head of page 1. Drawn after the print
 * (Chromium paints no @page backgrounds) from the printed page's edge, so with
 * a bleed it runs into the bleed as a printer expects.
 */
import { PDFDocument, PDFName, PDFOperator, PDFOperatorNames, rgb } from '@cantoo/pdf-lib';
import { PT_PER_MM, type PageGeometry } from './paper.js';

/** Depth of the band below the trim edge; the text block starts lower on every trim size. */
const BAND = 12 * PT_PER_MM;
const COLOUR = rgb(0.62, 0.106, 0.106);

export function drawCoverBand(pdf: PDFDocument, g: PageGeometry): void {
  const cover = pdf.getPage(0);
  const width = g.width + 2 * g.bleed;
  const top = g.height + 2 * g.bleed;
  const depth = g.bleed + BAND;
  cover.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Artifact')]));
  cover.drawRectangle({ x: 0, y: top - depth, width, height: depth, color: COLOUR });
  cover.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
}
