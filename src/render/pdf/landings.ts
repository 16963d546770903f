/**
 * Where things landed in Chromium's print, read back from the PDF itself: the
 * named destination Chromium writes for every `#id` a link points at (the
 * contents links point at each topic and section), and the pages that carry
 * those contents links.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, PDFString, PDFHexString } from '@cantoo/pdf-lib';

export interface Landing {
  /** 0-based page index. */
  page: number;
  /** How far below the top of the page area (inside the margins) the element starts, in pt. */
  offset: number;
}

/**
 * Named destinations by id (`topic-3` → page and offset). Chromium 156 writes
 * a destination's height as page height minus the element's offset inside the
 * page area (the top margin is left out), so that is what is read back.
 */
export function namedDestinations(pdf: PDFDocument): Map<string, Landing> {
  const pageIndex = new Map(pdf.getPages().map((p, i) => [p.ref.toString(), i]));
  const out = new Map<string, Landing>();
  const dests = pdf.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  for (const [name, value] of dests?.entries() ?? []) {
    const dest = pdf.context.lookup(value);
    const array = dest instanceof PDFDict ? dest.lookup(PDFName.of('D'), PDFArray) : dest;
    if (!(array instanceof PDFArray)) continue;
    const page = pageIndex.get(String(array.get(0) as PDFRef));
    const y = array.lookup(3);
    if (page === undefined) continue;
    const height = pdf.getPage(page).getHeight();
    out.set(name.decodeText(), { page, offset: Math.max(0, height - (y instanceof PDFNumber ? y.asNumber() : height)) });
  }
  return out;
}

/** 0-based indices of the pages holding a link to one of `ids` (the contents pages). */
export function pagesLinkingTo(pdf: PDFDocument, ids: Set<string>): number[] {
  const pages: number[] = [];
  pdf.getPages().forEach((page, index) => {
    const annots = page.node.Annots();
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const annot = annots!.lookup(i, PDFDict);
      const dest = annot.lookup(PDFName.of('Dest')) ?? annot.lookupMaybe(PDFName.of('A'), PDFDict)?.lookup(PDFName.of('D'));
      const name = dest instanceof PDFName ? dest.decodeText() : dest instanceof PDFString || dest instanceof PDFHexString ? dest.decodeText() : undefined;
      if (name !== undefined && ids.has(name)) {
        pages.push(index);
        return;
      }
    }
  });
  return pages;
}
