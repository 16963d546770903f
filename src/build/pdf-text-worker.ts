/**
 * The PDF reader of the fidelity check, run in a worker thread (pdf-text.ts starts it from the compiled
 * `dist/build/pdf-text-worker.js`). pdf.js loads here, never in the build's own thread: Node 20 needs pdfjs-dist's
 * legacy build, which bundles core-js polyfills; besides adding what Node 20 lacks (`Promise.withResolvers`,
 * `Uint8Array.prototype.toHex`, `Map.prototype.getOrInsert` …), core-js replaces working built-ins for spec edge
 * cases (`Array.prototype.push` on a frozen length, `JSON.parse`'s source text, `JSON.stringify`'s raw JSON) in
 * the whole thread. Measured in Node 20.20 with pdfjs-dist 5.6: `JSON.stringify` 7.8 × slower (puppeteer sends
 * every DevTools message through it) and `push` 1.2 ×. Here, replaced built-ins are put back once pdf.js has
 * loaded (added ones stay, as pdf.js uses them): a 706-page print was read in 4.7–5.1 s against 5.4–5.8 s.
 *
 * Each message, the bytes of a PDF and a run of its pages, is answered with `{ text }`, their printed text, or with `{ error }`.
 */
import { parentPort } from 'node:worker_threads';

/** The built-in objects whose methods core-js may replace. */
const BUILT_INS: object[] = [
  Object,
  Array,
  Array.prototype,
  JSON,
  Promise,
  Promise.prototype,
  String.prototype,
  Map.prototype,
  Set.prototype,
  ArrayBuffer.prototype,
  Uint8Array,
  Uint8Array.prototype,
  Object.getPrototypeOf(Uint8Array.prototype) as object,
  Math,
];

const natives = BUILT_INS.map((target) => Object.getOwnPropertyDescriptors(target));
// The worker module sets `globalThis.pdfjsWorker`: pdf.js then runs its worker code in this thread rather than
// starting one. Imported later by pdf.js, on the first `getDocument`, its own core-js replaced the built-ins again.
const [{ getDocument }] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
BUILT_INS.forEach((target, i) => {
  for (const [key, descriptor] of Object.entries(natives[i]!)) {
    if (Object.getOwnPropertyDescriptor(target, key)?.value !== descriptor.value) Object.defineProperty(target, key, descriptor);
  }
});

/** Part `part` (0-based) of `of` runs of consecutive pages, as near equal in length as they can be. */
export type Part = [part: number, of: number];
/** A question: the bytes of a PDF, and which of its pages to read. */
export interface PdfTextQuestion {
  data: Uint8Array;
  part: Part;
}
/** An answer: the printed text of those pages, or why reading them failed. */
export type PdfTextAnswer = { text: string } | { error: string };

/** A node of pdf.js's structure tree: an element with children, or a reference to marked content by id. */
interface StructNode {
  type?: string;
  id?: string;
  children?: StructNode[];
}

/** Ids of the marked content a page's structure tree refers to, in the tree's (logical) order. */
function contentOrder(node: StructNode | null, out: string[] = []): string[] {
  if (node?.type === 'content' && node.id) out.push(node.id);
  for (const child of node?.children ?? []) contentOrder(child, out);
  return out;
}

/**
 * Printed text of a PDF, page by page: the tagged content only, in the order of the PDF's structure tree (the
 * logical reading order: Chromium paints a positioned element, a Kai question shifted onto the baseline grid, after
 * the text around it). Chromium's margin boxes (verso heads, folios) are drawn outside any marked content, and the
 * stamped recto heads and contents numbers are `/Artifact`s.
 */
async function read(data: Uint8Array, [part, of]: Part): Promise<string> {
  const pdf = await getDocument({ data, disableFontFace: true, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const out: string[] = [];
  try {
    const first = Math.floor((part * pdf.numPages) / of);
    const end = Math.floor(((part + 1) * pdf.numPages) / of);
    for (let n = first + 1; n <= end; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true, disableNormalization: true });
      // The text of each marked-content sequence with an id (nested spans without one belong to it), in stream order.
      const byId = new Map<string, string[]>();
      const open: Array<{ tag: string; id: string | null }> = [];
      for (const item of content.items) {
        if ('type' in item) {
          // The typings omit `tag` and `id`; pdf.js sets them on every beginMarkedContent(Props) item.
          if (item.type === 'endMarkedContent') open.pop();
          else open.push({ tag: (item as { tag?: string }).tag ?? '', id: (item as { id?: string | null }).id ?? null });
          continue;
        }
        if (open.length === 0 || open.some((m) => m.tag === 'Artifact')) continue;
        const id = open.find((m) => m.id)?.id ?? '';
        const parts = byId.get(id);
        if (parts) parts.push(item.str);
        else byId.set(id, [item.str]);
      }
      // Marked content the tree does not name (none in Chromium's PDFs) follows in stream order.
      const ordered = new Set([...contentOrder((await page.getStructTree()) as StructNode | null).filter((id) => byId.has(id)), ...byId.keys()]);
      for (const id of ordered) out.push(byId.get(id)!.join(''));
      page.cleanup();
    }
  } finally {
    await pdf.destroy();
  }
  return out.join('');
}

parentPort?.on('message', ({ data, part }: PdfTextQuestion) => {
  read(data, part).then(
    (text) => parentPort!.postMessage({ text } satisfies PdfTextAnswer),
    (e: unknown) => parentPort!.postMessage({ error: String((e as Error)?.message ?? e) } satisfies PdfTextAnswer),
  );
});
