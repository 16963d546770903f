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

/** A link annotation to a named destination: its 0-based page, the destination's name, the annotation itself. */
export interface NamedLink {
  page: number;
  name: string;
  annot: PDFDict;
}

/** Every link annotation that points at a named destination (`/Dest` or a GoTo action's `/D`), in page order. */
export function namedLinks(pdf: PDFDocument): NamedLink[] {
  const links: NamedLink[] = [];
  pdf.getPages().forEach((page, index) => {
    const annots = page.node.Annots();
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const annot = annots!.lookup(i, PDFDict);
      const dest = annot.lookup(PDFName.of('Dest')) ?? annot.lookupMaybe(PDFName.of('A'), PDFDict)?.lookup(PDFName.of('D'));
      if (dest instanceof PDFName || dest instanceof PDFString || dest instanceof PDFHexString) links.push({ page: index, name: dest.decodeText(), annot });
    }
  });
  return links;
}

/** 0-based indices of the pages holding a link to one of `ids` (the contents pages), ascending. */
export function pagesLinkingTo(pdf: PDFDocument, ids: Set<string>): number[] {
  return [...new Set(namedLinks(pdf).filter((l) => ids.has(l.name)).map((l) => l.page))];
}
