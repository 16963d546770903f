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

/**
 * One link annotation Chromium wrote: its page (0-based), where it points (the
 * named destination of a `#id` link, or the URI of any other) and its
 * rectangle [x1, y1, x2, y2] in pt.
 */
export interface LinkAnnotation {
  page: number;
  dest: string | undefined;
  uri: string | undefined;
  rect: number[] | undefined;
}

const text = (o: unknown): string | undefined => (o instanceof PDFName || o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined);

/** Every link annotation, in page order. */
export function linkAnnotations(pdf: PDFDocument): LinkAnnotation[] {
  const out: LinkAnnotation[] = [];
  pdf.getPages().forEach((page, index) => {
    const annots = page.node.Annots();
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const annot = annots!.lookup(i, PDFDict);
      const action = annot.lookupMaybe(PDFName.of('A'), PDFDict);
      const dest = text(annot.lookup(PDFName.of('Dest')) ?? action?.lookup(PDFName.of('D')));
      const uri = text(action?.lookup(PDFName.of('URI')));
      if (dest === undefined && uri === undefined) continue;
      const rect = annot.lookupMaybe(PDFName.of('Rect'), PDFArray)?.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : 0));
      out.push({ page: index, dest, uri, rect });
    }
  });
  return out;
}

/** The links to one of the named destinations `ids`, in page order. */
export function linksTo(pdf: PDFDocument, ids: Set<string>): LinkAnnotation[] {
  return linkAnnotations(pdf).filter((a) => a.dest !== undefined && ids.has(a.dest));
}

/** 0-based indices of the pages holding a link to one of `ids` (the contents pages). */
export function pagesLinkingTo(pdf: PDFDocument, ids: Set<string>): number[] {
  return [...new Set(linksTo(pdf, ids).map((a) => a.page))];
}
