/**
 * One subset tag per font program (ISO 32000-1 §9.6.4: a subset's name starts
 * with a six-letter tag, `BAAAAA+NotoSansSC-Regular`, and different subsets in
 * one file must have different tags). Each Chromium print tags its subsets
 * afresh, `AAAAAA`, `BAAAAA`…, so once the stamp (running heads, contents page
 * numbers) is laid over the main print two different programs share a name —
 * which a RIP's font cache or an imposition tool may take for one font.
 * A tag already held by another program is replaced by the first free one, in
 * Chromium's own sequence, in the font descriptor and every font naming it.
 */
import { PDFArray, PDFDict, PDFName, type PDFDocument, PDFRef } from '@cantoo/pdf-lib';

const TAG = /^([A-Z]{6})\+/;
const TAG_LETTERS = 6;

/** The `n`th tag of Chromium's (Skia's) sequence: a base-26 count, least significant letter first (`AAAAAA`, `BAAAAA`…). */
const nthTag = (n: number) => Array.from({ length: TAG_LETTERS }, (_, k) => String.fromCharCode(65 + (Math.floor(n / 26 ** k) % 26))).join('');

const nameOf = (dict: PDFDict, key: string) => dict.lookupMaybe(PDFName.of(key), PDFName)?.decodeText();
const programOf = (descriptor: PDFDict) => {
  for (const key of ['FontFile2', 'FontFile3', 'FontFile']) {
    const ref = descriptor.get(PDFName.of(key));
    if (ref instanceof PDFRef) return ref.toString();
  }
  return undefined;
};

/** Renames subsets so that no tag names two font programs; returns how many were renamed. Changes `pdf` in place. */
export function uniqueSubsetTags(pdf: PDFDocument): number {
  const objects = pdf.context.enumerateIndirectObjects().flatMap(([, o]) => (o instanceof PDFDict ? [o] : []));
  const typed = (type: string) => objects.filter((d) => nameOf(d, 'Type') === type);
  const descriptors = typed('FontDescriptor').flatMap((d) => {
    const tag = TAG.exec(nameOf(d, 'FontName') ?? '')?.[1];
    const program = programOf(d);
    return tag && program ? [{ dict: d, tag, program }] : [];
  });
  const holder = new Map<string, string>();
  const used = new Set(descriptors.map((d) => d.tag));
  const renamed = new Map<PDFDict, string>();
  let next = 0;
  for (const d of descriptors) {
    const held = holder.get(d.tag);
    if (held === undefined || held === d.program) {
      holder.set(d.tag, d.program);
      continue;
    }
    while (used.has(nthTag(next))) next++;
    const tag = nthTag(next);
    used.add(tag);
    holder.set(tag, d.program);
    renamed.set(d.dict, tag);
    retag(d.dict, 'FontName', tag);
  }
  if (renamed.size === 0) return 0;
  // A CID font names its descriptor; the Type 0 font above it, its descendant.
  const descriptorOf = (font: PDFDict): PDFDict | undefined => {
    const child = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookup(0, PDFDict);
    return child ? descriptorOf(child) : font.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
  };
  for (const font of typed('Font')) {
    const tag = renamed.get(descriptorOf(font)!);
    if (tag) retag(font, 'BaseFont', tag);
  }
  return renamed.size;
}

/** Replaces the subset tag of the name under `key`. */
function retag(dict: PDFDict, key: string, tag: string): void {
  dict.set(PDFName.of(key), PDFName.of(nameOf(dict, key)!.replace(TAG, `${tag}+`)));
}
