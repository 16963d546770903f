/**
 * Lays the pages of a second, light print (the stamp: contents page numbers
 * and recto heads, all else invisible) over pages of the main print, as
 * marked-content artifacts so the tagged structure of the main print stays as
 * Chromium wrote it. A stamp page used on several pages is embedded once.
 */
import { PDFDocument, PDFName, PDFOperator, PDFOperatorNames, ParseSpeeds } from '@cantoo/pdf-lib';

/** `targets[i]` lists the 0-based pages of `pdf` that stamp page `i` goes over. */
export async function overlayStamp(pdf: PDFDocument, stamp: Uint8Array, targets: number[][]): Promise<void> {
  const source = await PDFDocument.load(stamp, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  // The stamp's contents pages are laid out exactly like the print's; a different count is a bug, never a near miss.
  if (source.getPageCount() !== targets.length) throw new Error(`stamp has ${source.getPageCount()} pages for ${targets.length} targets`);
  const embedded = await pdf.embedPages(source.getPages());
  embedded.forEach((page, i) => {
    for (const index of targets[i]!) {
      const target = pdf.getPage(index);
      target.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Artifact')]));
      target.drawPage(page, { x: 0, y: 0 });
      target.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
    }
  });
}
