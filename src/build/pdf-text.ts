/**
 * The printed text of a PDF, read by pdf.js in a worker thread (pdf-text-worker.ts), or in two for a long print: a
 * reader is opened once the PDF's prints are made, so pdf.js (a third of a second to load) loads while pdf-lib
 * finishes the PDF, and the build's own thread never loads it.
 */
import { Worker } from 'node:worker_threads';
import { projectPath } from '../paths.js';
import type { Part, PdfTextAnswer, PdfTextQuestion } from './pdf-text-worker.js';

/** Opened before the PDF exists, read once it does, then closed. */
export interface PdfTextReader {
  /** The tagged text of `data`, page after page. Throws if pdf.js cannot read it. */
  read(data: Uint8Array): Promise<string>;
  /** Done with the reader (also after a failed read): its thread waits, unreferenced, for the process's next reader. */
  close(): Promise<void>;
}

/** A worker thread reading PDFs (pdf-text-worker.ts), loading pdf.js from its start. */
interface Thread {
  /** The printed text of `part` of the pages of `data`. */
  ask(data: Uint8Array, part: Part): Promise<string>;
  /** Neither failed nor ended nor still reading: it can serve another reader. */
  free(): boolean;
  end(): Promise<number>;
}

/** A thread that keeps the process alive only while it is asked something. */
function startThread(): Thread {
  const worker = new Worker(projectPath('dist', 'build', 'pdf-text-worker.js'));
  worker.unref();
  let failed: Error | undefined;
  const waiting = new Set<(answer: PdfTextAnswer) => void>();
  const fail = (e: Error) => {
    failed ??= e;
    for (const settle of waiting) settle({ error: e.message });
    waiting.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the PDF reader's thread ended (exit code ${code})`)));
  return {
    ask(data, part) {
      if (failed) return Promise.reject(failed);
      return new Promise((resolve, reject) => {
        const settle = (answer: PdfTextAnswer) => {
          waiting.delete(settle);
          worker.off('message', settle);
          worker.unref();
          if ('error' in answer) reject(new Error(`pdf.js could not read the print: ${answer.error}`));
          else resolve(answer.text);
        };
        waiting.add(settle);
        worker.ref();
        worker.on('message', settle);
        // A copy, moved: pdf.js may detach the buffer it is given.
        const copy = new Uint8Array(data);
        worker.postMessage({ data: copy, part } satisfies PdfTextQuestion, [copy.buffer]);
      });
    },
    free: () => failed === undefined && waiting.size === 0,
    end: () => worker.terminate(),
  };
}

/**
 * Threads closed readers left, pdf.js loaded and warmed up, for the next reader of the process (a rebuild in
 * `huozi watch`, the next input): a new thread's first read of the example's print took 0.43–0.47 s, a used one's
 * 0.25–0.29 s.
 */
const idle: Thread[] = [];

/** A kept thread that is still free (one may have ended while it waited), else a new one. */
function takeThread(): Thread {
  for (let kept = idle.pop(); kept; kept = idle.pop()) if (kept.free()) return kept;
  return startThread();
}

/**
 * PDFs of this many bytes or more are read in two halves at once, in two threads: the PDF is read after its prints,
 * when Chromium has closed and both cores are free. Each thread still parses the whole file's cross-references, fonts
 * and structure tree, so halving the pages does not halve the time: the fidelity check of the 1 MB transcript's print
 * (9.3 MB, 706 pages) took 4.57–5.38 → 3.90–4.08 s, of the 0.37 MB one's (3.8 MB, 268 pages) 2.04–2.73 → 2.03–2.38 s
 * (three interleaved cold builds each). A second thread costs pdf.js's load (0.3–0.45 s), more than a short print's
 * whole read (the example's, 0.6 MB: 0.25–0.45 s).
 */
export const SPLIT_FROM = 3 * 1024 * 1024;

/** Hands a thread back to the pool for the next reader, or ends it if it failed or is still reading. */
async function release(thread: Thread): Promise<void> {
  if (thread.free()) idle.push(thread);
  else await thread.end();
}

/**
 * A reader whose thread starts loading pdf.js now, or was loaded by an earlier reader; a PDF of `splitFrom` bytes or
 * more is read in two halves, the second in another thread taken when it is read.
 */
export function openPdfText(splitFrom = SPLIT_FROM): PdfTextReader {
  let thread: Thread | undefined = takeThread();
  return {
    async read(data) {
      if (!thread) throw new Error('the PDF reader is closed');
      if (data.byteLength < splitFrom) return thread.ask(data, [0, 1]);
      const second = takeThread();
      try {
        return (await Promise.all([thread.ask(data, [0, 2]), second.ask(data, [1, 2])])).join('');
      } finally {
        await release(second);
      }
    },
    async close() {
      if (!thread) return;
      const done = thread;
      thread = undefined;
      await release(done);
    },
  };
}
