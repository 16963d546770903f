/**
 * Font files cut to a text by harfbuzz in a thread of its own (font-cut-worker.ts), which ends once no cut has been
 * asked for `IDLE_MS`: its WebAssembly memory (65 MB) and the font it has open (10–30 MB) then leave the process
 * before Chromium prints, instead of staying for the process's life; and the build's own thread typesets while a
 * face is cut.
 */
import { Worker } from 'node:worker_threads';
import { projectPath } from './paths.js';
import type { CutAnswer, CutRequest } from './font-cut-worker.js';

/**
 * Milliseconds the thread waits for another cut before it ends. A build asks for its cuts in bursts (the print's
 * faces when it plans the print, the page's and the book's once typeset), 0.1–3 s apart; a thread started again
 * costs about 0.1 s of harfbuzz's start-up, in that thread.
 */
export const IDLE_MS = 2000;

interface Cutter {
  worker: Worker;
  waiting: Map<number, { resolve: (data: Uint8Array) => void; reject: (e: Error) => void }>;
  idle?: NodeJS.Timeout;
}

let cutter: Cutter | undefined;
let nextId = 0;

function startCutter(): Cutter {
  const worker = new Worker(projectPath('dist', 'font-cut-worker.js'));
  const started: Cutter = { worker, waiting: new Map() };
  const fail = (e: Error) => {
    if (cutter === started) cutter = undefined;
    clearTimeout(started.idle);
    for (const { reject } of started.waiting.values()) reject(e);
    started.waiting.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the font cutter's thread ended (exit code ${code})`)));
  worker.on('message', (answer: CutAnswer) => {
    const asked = started.waiting.get(answer.id);
    started.waiting.delete(answer.id);
    if ('error' in answer) asked?.reject(new Error(answer.error));
    else asked?.resolve(answer.data);
    if (started.waiting.size === 0) waitIdle(started);
  });
  waitIdle(started);
  return started;
}

/** Nothing asked: the process may end, and the thread ends unless asked again within `IDLE_MS`. */
function waitIdle(idle: Cutter): void {
  idle.worker.unref();
  idle.idle = setTimeout(() => {
    if (cutter === idle) cutter = undefined;
    void idle.worker.terminate();
  }, IDLE_MS).unref();
}

/**
 * Starts the thread now, if none runs, so that it has started (0.06–0.1 s) by the time a build has typeset its text
 * and asks for its first cut. It ends like any idle thread if no cut is asked for.
 */
export function startFontCutter(): void {
  cutter ??= startCutter();
}

/**
 * `file` (a TrueType or OpenType font, absolute path) cut by harfbuzz to the characters of `text`, as TrueType
 * bytes. Throws what harfbuzz throws for a file it cannot cut, or if the thread ends first.
 */
export function cutInThread(file: string, text: string): Promise<Uint8Array> {
  cutter ??= startCutter();
  const { worker, waiting } = cutter;
  clearTimeout(cutter.idle);
  worker.ref();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker.postMessage({ id, file, text } satisfies CutRequest);
  });
}
