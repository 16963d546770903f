/**
 * The font cutter's thread (font-cut.ts starts it from the compiled `dist/font-cut-worker.js`): harfbuzz
 * (subset-font) cuts each font file here, in this thread's own WebAssembly memory, which is given back when the
 * thread ends. In the build's own thread that memory stayed for the process: about 100 MB once a few CJK faces were
 * cut, held through Chromium's print, beside the whole font files read for the cuts.
 *
 * Each message, `{ id, file, text }`, is answered with `{ id, data }`, the TrueType file of `file` cut to the
 * characters of `text`, or with `{ id, error }`.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import subsetFont from 'subset-font';

/** A cut asked for: the font file (absolute path) and the text whose characters it keeps. */
export interface CutRequest {
  id: number;
  file: string;
  text: string;
}

/** A cut made (TrueType bytes), or why it failed. */
export type CutAnswer = { id: number; data: Uint8Array } | { id: number; error: string };

/** Font files read, kept while the thread lives: a build cuts a face for each edition (a 15 MB file took 46 ms to read). */
const files = new Map<string, Buffer>();
const bytesOf = (file: string) => files.get(file) ?? files.set(file, readFileSync(file)).get(file)!;

parentPort!.on('message', ({ id, file, text }: CutRequest) => {
  // A file that cannot be read is answered like one harfbuzz cannot cut.
  Promise.resolve().then(() => subsetFont(bytesOf(file), text, { targetFormat: 'sfnt' })).then(
    (data) => parentPort!.postMessage({ id, data } satisfies CutAnswer),
    (e: unknown) => parentPort!.postMessage({ id, error: (e as Error).message ?? String(e) } satisfies CutAnswer),
  );
});
