/**
 * The font cutter's thread (font-cut.ts starts it from the compiled `dist/font-cut-worker.js`): harfbuzz's subsetter
 * (harfbuzz-subset.ts) cuts each font file here, in this thread's own WebAssembly memory, which is given back when
 * the thread ends. In the build's own thread that memory stayed for the process, held through Chromium's print.
 *
 * Each message, `{ id, file, text }`, is answered with `{ id, data }`, the TrueType file of `file` cut to the
 * characters of `text`, or with `{ id, error }`.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';
import { type FontFile, harfbuzzSubset } from './harfbuzz-subset.js';

/** A cut asked for: the font file (absolute path) and the text whose characters it keeps. */
export interface CutRequest {
  id: number;
  file: string;
  text: string;
}

/** A cut made (TrueType bytes), or why it failed. */
export type CutAnswer = { id: number; data: Uint8Array } | { id: number; error: string };

const wasm = createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
const harfbuzz = harfbuzzSubset(readFileSync(wasm));

/** `file`, read into the memory harfbuzz gives when it opens the font. */
const fontFile = (file: string): FontFile => ({
  bytes: statSync(file).size,
  readInto(target) {
    const fd = openSync(file, 'r');
    try {
      for (let at = 0; at < target.byteLength; ) {
        const read = readSync(fd, target, at, target.byteLength - at, at);
        if (read === 0) throw new Error(`${file} ended after ${at} of ${target.byteLength} bytes`);
        at += read;
      }
    } finally {
      closeSync(fd);
    }
  },
});

/** Cuts asked for and not yet made. */
const pending: CutRequest[] = [];

/** One cut, then the next, letting new requests in between: the open font's cuts first, else the oldest. */
function serve(): void {
  const next = Math.max(0, pending.findIndex((r) => r.file === harfbuzz.openFile()));
  const { id, file, text } = pending.splice(next, 1)[0]!;
  // A file that cannot be read is answered like one harfbuzz cannot cut.
  try {
    const data = harfbuzz.cut(file, () => fontFile(file), text);
    parentPort!.postMessage({ id, data } satisfies CutAnswer, [data.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort!.postMessage({ id, error: (e as Error).message ?? String(e) } satisfies CutAnswer);
  }
  if (pending.length > 0) setImmediate(serve);
}

parentPort!.on('message', (request: CutRequest) => {
  pending.push(request);
  if (pending.length === 1) setImmediate(serve);
});
