/**
 * Wall-clock time of the named steps inside a build (README "Where a build's time goes"), for `--verbose`, `--json` and the benchmark.
 * The build runs its inputs in a step clock (`withStepClock`); a step times itself where it is done (`timed`,
 * `startStep`), whoever called it, so no renderer or typesetting function takes a clock as an argument. Outside a
 * clock (a test calling a renderer's parts directly) nothing is timed. The clock follows async work by Node's
 * AsyncLocalStorage, so two builds in one process (a watch and a library call) keep their own figures.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The steps, in the order a PDF build meets them: `decode` (bytes to text, source/decode.ts), `typeset` (the shared
 * typesetting stage over an edition's markup), `fonts` (an edition's fonts cut, from asking to the files: the cuts run
 * in a thread while the edition is composed), `launch` (Chromium's start), then the print's own: `page-load` (the print
 * HTML loaded with its fonts), `page-composition` (line ends compressed, the grid kept, short paragraphs kept whole, in
 * the loaded page), `measuring-print`, `main-print`, `stamp` (contents numbers and recto heads printed and laid
 * over), `pdf-finish` (bookmarks, boxes, information, saving); and the EPUB's `epub-package` (zipping).
 */
export const BUILD_STEPS = [
  'decode',
  'typeset',
  'fonts',
  'launch',
  'page-load',
  'page-composition',
  'measuring-print',
  'main-print',
  'stamp',
  'pdf-finish',
  'epub-package',
] as const;
export type BuildStep = (typeof BUILD_STEPS)[number];

/** Milliseconds per step, summed over every time the step ran (steps of different editions overlap in time). */
export type StepTimings = Partial<Record<BuildStep, number>>;

const clock = new AsyncLocalStorage<StepTimings>();

/** Runs `work` with `timings` as the clock every step inside it (sync or async) adds its time to. */
export function withStepClock<T>(timings: StepTimings, work: () => T): T {
  return clock.run(timings, work);
}

/** Starts timing `step` in the current clock; the returned function stops it (only the first call counts). */
export function startStep(step: BuildStep): () => void {
  const timings = clock.getStore();
  if (!timings) return () => {};
  const began = performance.now();
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    timings[step] = (timings[step] ?? 0) + performance.now() - began;
  };
}

/** `work()`, timed as `step` until it returns or, for a promise, settles. Returns and throws what `work` does. */
export function timed<T>(step: BuildStep, work: () => T): T {
  const stop = startStep(step);
  let result: T;
  try {
    result = work();
  } catch (e) {
    stop();
    throw e;
  }
  if (result instanceof Promise) result.then(stop, stop);
  else stop();
  return result;
}
