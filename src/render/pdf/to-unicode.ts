/**
 * ToUnicode maps that name the characters the text has. A whole CJK font draws
 * some pairs of code points with one glyph (生 U+751F and the Kangxi radical
 * ⽣ U+2F63; a compatibility ideograph and its unified twin), and Chromium
 * writes one of the two into the PDF's ToUnicode map, often the one the text
 * never used: copying, searching and `pdftotext` then give ⽣ for 生. Each
 * mapping to a character the text lacks is turned into the character of the
 * text with the same NFKC form (Unicode's compatibility equivalence, UAX #15),
 * failing that into the character of the text the document's faces draw with
 * the same glyph (glyph-twins.ts: CJK radicals such as ⻓ for 长, ― for —).
 */
import type { LanguageTag } from '../../ast/types.js';
import { glyphTwins } from './glyph-twins.js';
import { decodePDFRawStream, type PDFDocument, PDFName, PDFRawStream, PDFRef, PDFDict } from '@cantoo/pdf-lib';

const hexToString = (hex: string) => {
  const units: number[] = [];
  for (let i = 0; i < hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
};
const utf16Hex = (s: string) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')).join('');

/**
 * Rewrites, in place, every Type0 font's ToUnicode map of `pdf` whose targets
 * include a character absent from `text` that has a twin in `text`: the same
 * NFKC form, or the same glyph in a face of `lang` (glyph-twins.ts). Maps
 * needing no change are left byte for byte. Throws if a pinned font file is
 * missing (run .ci/install).
 */
export function fixToUnicode(pdf: PDFDocument, text: string, lang: LanguageTag): void {
  const twinOf = glyphTwins(text, lang);
  const present = new Set(text);
  const twin = new Map<string, string>();
  for (const c of present) {
    const key = c.normalize('NFKC');
    if (key !== c || !twin.has(key)) twin.set(key, c);
  }
  /** The character of the text a mapped character stands for, or undefined if it is fine as it is. */
  const better = (c: string): string | undefined => {
    if (present.has(c)) return undefined;
    const t = twin.get(c.normalize('NFKC')) ?? twinOf(c);
    return t !== undefined && t !== c ? t : undefined;
  };
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Subtype')) !== PDFName.of('Type0')) continue;
    const ref = object.get(PDFName.of('ToUnicode'));
    if (!(ref instanceof PDFRef)) continue;
    const stream = pdf.context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) continue;
    const cmap = new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
    const fixed = rewriteCmap(cmap, better);
    if (fixed !== cmap) pdf.context.assign(ref, pdf.context.flateStream(fixed));
  }
}

/** A CMap with each bfchar/bfrange target `c` replaced by `better(c)` where defined; ranges touched become bfchar entries. */
function rewriteCmap(cmap: string, better: (c: string) => string | undefined): string {
  const entries: Array<[string, string]> = [];
  let changed = false;
  const add = (code: number, width: number, target: string) => {
    const b = [...target].length === 1 ? better(target) : undefined;
    if (b !== undefined) changed = true;
    entries.push([code.toString(16).toUpperCase().padStart(width, '0'), utf16Hex(b ?? target)]);
  };
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) add(parseInt(m[1]!, 16), m[1]!.length, hexToString(m[2]!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])/g)) {
      const lo = parseInt(m[1]!, 16);
      const hi = parseInt(m[2]!, 16);
      const list = m[4] !== undefined ? [...m[4].matchAll(/<([0-9A-Fa-f]*)>/g)].map((x) => hexToString(x[1]!)) : undefined;
      for (let code = lo; code <= hi; code++) {
        let target: string;
        if (list) target = list[code - lo] ?? '';
        else {
          // A range's target increments in its last UTF-16 unit.
          const first = hexToString(m[3]!);
          target = first.slice(0, -1) + String.fromCharCode(first.charCodeAt(first.length - 1) + code - lo);
        }
        add(code, m[1]!.length, target);
      }
    }
  }
  if (!changed) return cmap;
  const body: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    body.push(`${chunk.length} beginbfchar\n${chunk.map(([src, dst]) => `<${src}> <${dst}>`).join('\n')}\nendbfchar`);
  }
  const start = cmap.search(/\d+\s+begin(bfchar|bfrange)/);
  const end = cmap.lastIndexOf('endcmap');
  return `${cmap.slice(0, start)}${body.join('\n')}\n${cmap.slice(end)}`;
}
