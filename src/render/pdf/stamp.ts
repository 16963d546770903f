/**
 * Lays the pages of a second, light print (the stamp: contents page numbers,
 * running heads, folios, all else invisible) over pages of the main print, as
 * marked-content artifacts so the tagged structure of the main print stays as
 * Chromium wrote it.
 */
import { PDFDocument, PDFName, PDFOperator, PDFOperatorNames } from '@cantoo/pdf-lib';

/** `targets[i]` is the 0-based page of `pdf` that stamp page `i` goes over. */
export async function overlayStamp(pdf: PDFDocument, stamp: Uint8Array, targets: number[]): Promise<void> {
  const source = await PDFDocument.load(stamp, { updateMetadata: false });
  // The stamp's contents pages are laid out exactly like the print's; a different count is a bug, never a near miss.
  if (source.getPageCount() !== targets.length) throw new Error(`stamp has ${source.getPageCount()} pages for ${targets.length} target pages`);
  if (targets.length === 0) return;
  const embedded = await pdf.embedPages(source.getPages());
  embedded.forEach((page, i) => {
    const target = pdf.getPage(targets[i]!);
    target.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Artifact')]));
    target.drawPage(page, { x: 0, y: 0 });
    target.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  });
}
