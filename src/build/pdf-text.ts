/**
 * The printed text of a PDF, read by pdf.js in a worker thread (pdf-text-worker.ts): a reader is opened once the
 * PDF's prints are made, so pdf.js (a third of a second to load) loads while pdf-lib finishes the PDF, and the build's
 * own thread never loads it.
 */
import { Worker } from 'node:worker_threads';
import { projectPath } from '../paths.js';
import type { PdfTextAnswer } from './pdf-text-worker.js';

/** Opened before the PDF exists, read once it does, then closed. */
export interface PdfTextReader {
  /** The tagged text of `data`, page after page. Throws if pdf.js cannot read it. */
  read(data: Uint8Array): Promise<string>;
  /** Done with the reader (also after a failed read): its thread waits, unreferenced, for the process's next reader. */
  close(): Promise<void>;
}

/** A worker thread reading PDFs (pdf-text-worker.ts), loading pdf.js from its start. */
interface Thread {
  ask(data: Uint8Array): Promise<string>;
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
    ask(data) {
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
        worker.postMessage(copy, [copy.buffer]);
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

/** A reader whose thread starts loading pdf.js now, or was loaded by an earlier reader. */
export function openPdfText(): PdfTextReader {
  let thread: Thread | undefined = takeThread();
  return {
    read(data) {
      if (!thread) return Promise.reject(new Error('the PDF reader is closed'));
      return thread.ask(data);
    },
    async close() {
      if (!thread) return;
      const done = thread;
      thread = undefined;
      if (done.free()) idle.push(done);
      else await done.end();
    },
  };
}
