/**
 * Rewriting the colour operators of PDF content streams (ISO 32000-1 §7.8.2,
 * §8.6.8): a tokenizer that knows strings, hex strings, names, arrays,
 * dictionaries, comments and inline-image data (so bytes inside text or
 * images are never taken for operators), and a pass that lets a callback
 * replace an operator together with its operands.
 */
import { PDFArray, type PDFDocument, PDFName, PDFRawStream, PDFRef, PDFStream, decodePDFRawStream } from '@cantoo/pdf-lib';

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/**
 * Calls `rewrite(operator, operands)` for each operator of `content` (latin1
 * text); a returned string replaces the operator and its operands, undefined
 * keeps them. Operands are the raw tokens since the previous operator.
 */
export function rewriteOperators(content: string, rewrite: (op: string, operands: string[]) => string | undefined): string {
  const out: string[] = [];
  let operands: Array<{ text: string; at: number }> = [];
  let flushed = 0;
  let i = 0;
  const n = content.length;
  const code = (k: number) => content.charCodeAt(k);
  while (i < n) {
    const c = code(i);
    if (WHITE.has(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === 0x25) {
      while (i < n && code(i) !== 0x0a && code(i) !== 0x0d) i++;
      continue;
    }
    if (c === 0x28) {
      // A literal string: balanced parentheses, backslash escapes.
      let depth = 0;
      for (; i < n; i++) {
        const d = code(i);
        if (d === 0x5c) i++;
        else if (d === 0x28) depth++;
        else if (d === 0x29 && --depth === 0) break;
      }
      i++;
    } else if (c === 0x3c && code(i + 1) !== 0x3c) {
      i = content.indexOf('>', i) + 1 || n;
    } else if ((c === 0x3c || c === 0x3e) && code(i + 1) === c) {
      i += 2;
    } else if (c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) {
      i++;
    } else {
      i++;
      while (i < n && !WHITE.has(code(i)) && !DELIM.has(code(i))) i++;
    }
    const text = content.slice(start, i);
    if (DELIM.has(c) || NUMBER.test(text) || text === 'true' || text === 'false' || text === 'null') {
      operands.push({ text, at: start });
      continue;
    }
    if (text === 'ID') {
      // Inline image data runs to the EI that follows whitespace.
      const end = content.slice(i).search(/\sEI(?=[\s]|$)/);
      i = end < 0 ? n : i + end + 3;
      operands = [];
      continue;
    }
    const replaced = rewrite(text, operands.map((o) => o.text));
    if (replaced !== undefined) {
      const from = operands[0]?.at ?? start;
      out.push(content.slice(flushed, from), replaced);
      flushed = i;
    }
    operands = [];
  }
  out.push(content.slice(flushed));
  return out.join('');
}

/** Applies `rewrite` to every page's content streams and every form XObject of `pdf`, in place. */
export function rewriteContentStreams(pdf: PDFDocument, rewrite: (op: string, operands: string[]) => string | undefined): void {
  const refs = new Set<PDFRef>();
  for (const page of pdf.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    if (contents instanceof PDFRef) refs.add(contents);
    else if (contents instanceof PDFArray) for (const r of contents.asArray()) if (r instanceof PDFRef) refs.add(r);
  }
  for (const [ref, object] of pdf.context.enumerateIndirectObjects()) {
    if (object instanceof PDFStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Form')) refs.add(ref);
  }
  for (const ref of refs) {
    const stream = pdf.context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) continue;
    const text = new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
    const rewritten = rewriteOperators(text, rewrite);
    if (rewritten === text) continue;
    const bytes = Uint8Array.from(rewritten, (ch) => ch.charCodeAt(0));
    const dict = stream.dict.clone(pdf.context);
    for (const key of ['Filter', 'DecodeParms', 'Length']) dict.delete(PDFName.of(key));
    const replacement = pdf.context.flateStream(bytes, Object.fromEntries([...dict.entries()].map(([k, v]) => [k.asString().slice(1), v])));
    pdf.context.assign(ref, replacement);
  }
}
