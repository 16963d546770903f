/**
 * pdf.js for the fidelity check, without the process-wide cost of loading it.
 * Node 20 needs pdfjs-dist's legacy build, which bundles core-js polyfills; besides
 * adding what Node 20 lacks (`Promise.withResolvers`, `Uint8Array.prototype.toHex`,
 * `Map.prototype.getOrInsert` …), core-js replaces working built-ins for spec edge
 * cases (`Array.prototype.push` on a frozen length, `JSON.parse`'s source text,
 * `JSON.stringify`'s raw JSON) in the whole process. Measured in Node 20.20 with
 * pdfjs-dist 5.6: `JSON.stringify` 7.8 × slower (puppeteer sends every DevTools
 * message through it) and `push` 1.2 ×, for every build after the first in a
 * `huozi watch` process or a library caller. Replaced built-ins are put back;
 * added ones stay, as pdf.js uses them.
 */

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

/**
 * pdfjs-dist's legacy build (the module namespace), with every built-in it replaced put back. Its worker module is
 * loaded here too, into this thread (it sets `globalThis.pdfjsWorker`, which pdf.js then runs in place of a worker):
 * imported later by pdf.js, on the first `getDocument`, its own core-js replaced the built-ins again.
 */
export async function loadPdfjs(): Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> {
  const before = BUILT_INS.map((target) => Object.getOwnPropertyDescriptors(target));
  const [pdfjs] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
  BUILT_INS.forEach((target, i) => {
    for (const [key, descriptor] of Object.entries(before[i]!)) {
      if (Object.getOwnPropertyDescriptor(target, key)?.value !== descriptor.value) Object.defineProperty(target, key, descriptor);
    }
  });
  return pdfjs;
}
