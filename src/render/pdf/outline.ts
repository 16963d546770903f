/**
 * Bookmarks written from the document model rather than taken from
 * Chromium's heading outline (which repeats the text of headings that were
 * split across fragments): the headline, the contents, then every topic or
 * section, nested as the sections are, each at the page where it landed.
 */
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, PDFRef } from '@cantoo/pdf-lib';
import type { Landing } from './landings.js';

export interface Bookmark {
  title: string;
  landing: Landing;
  children: Bookmark[];
}

/** `areaTop`: height of the top of the page area (inside the margins) in PDF user space. */
export function writeOutline(pdf: PDFDocument, bookmarks: Bookmark[], areaTop: number): void {
  const { context } = pdf;
  dropOutline(pdf);
  const pages = pdf.getPages();
  const rootRef = context.nextRef();
  const root = context.obj({ Type: 'Outlines' }) as PDFDict;

  /** Writes `items` as the children of `parent`; returns how many items are visible (all open). */
  const writeLevel = (items: Bookmark[], parent: PDFDict, parentRef: PDFRef): number => {
    const refs = items.map(() => context.nextRef());
    let visible = 0;
    items.forEach((item, i) => {
      const page = pages[item.landing.page]!;
      const dict = context.obj({
        Title: PDFHexString.fromText(item.title),
        Parent: parentRef,
        Dest: [page.ref, PDFName.of('XYZ'), PDFNull, PDFNumber.of(Math.round((areaTop - item.landing.offset) * 100) / 100), PDFNull],
      }) as PDFDict;
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < items.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
      const below = item.children.length ? writeLevel(item.children, dict, refs[i]!) : 0;
      if (below) dict.set(PDFName.of('Count'), PDFNumber.of(below));
      context.assign(refs[i]!, dict);
      visible += 1 + below;
    });
    if (refs.length) {
      parent.set(PDFName.of('First'), refs[0]!);
      parent.set(PDFName.of('Last'), refs.at(-1)!);
    }
    return visible;
  };

  root.set(PDFName.of('Count'), PDFNumber.of(writeLevel(bookmarks, root, rootRef)));
  context.assign(rootRef, root);
  pdf.catalog.set(PDFName.of('Outlines'), rootRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** Deletes Chromium's outline objects, so the file holds no unreferenced leftovers. */
function dropOutline(pdf: PDFDocument): void {
  const visit = (ref: unknown) => {
    while (ref instanceof PDFRef) {
      const item = pdf.context.lookup(ref, PDFDict);
      visit(item.get(PDFName.of('First')));
      pdf.context.delete(ref);
      ref = item.get(PDFName.of('Next'));
    }
  };
  visit(pdf.catalog.get(PDFName.of('Outlines')));
}
