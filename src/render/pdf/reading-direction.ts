/**
 * A vertical book is bound on the right: its pages turn leftward, and a
 * viewer showing spreads must put page 2 on the right of page 3. PDF 1.7
 * §12.2 (Table 150, viewer preferences): `/Direction /R2L` in the catalog's
 * `/ViewerPreferences` says so. Two-page views also start with the first page
 * alone (`/PageLayout /TwoPageRight` is the viewer's to choose, so it is not set).
 */
import { type PDFDocument, ReadingDirection } from '@cantoo/pdf-lib';

/** Marks the document as read right to left (`/ViewerPreferences << /Direction /R2L >>`), in place. */
export function bindOnTheRight(pdf: PDFDocument): void {
  pdf.catalog.getOrCreateViewerPreferences().setReadingDirection(ReadingDirection.R2L);
}
