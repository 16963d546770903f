/**
 * The build's progress on the terminal (stderr), from `build()`'s progress
 * events (build/progress.ts). On a terminal: a status line rewritten in place
 * (the step running and the time since the build began, ticking), and a
 * lasting line for each edition done with its time and, for a PDF, its pages.
 * On a terminal without cursor control (`TERM=dumb`): the same as plain lines.
 * Not a terminal (piped, a log file): nothing, so stderr holds only warnings
 * and the one-line error. The CLI gives none with `--quiet` or `--json`.
 */
import type { ProgressEvent } from '../build/progress.js';

/** Where progress is drawn: a TTY write stream such as `process.stderr`. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  /** The listener to give `build()` as `onProgress`. */
  listener(event: ProgressEvent): void;
  /** Clears the status line and stops the clock; call before printing anything else. */
  end(): void;
}

const TICK_MS = 200;
const ERASE_LINE = '\r\x1b[K';

/** A progress printer for `stream`, or undefined when it is not a terminal. */
export function progressPrinter(stream: ProgressStream, env: NodeJS.ProcessEnv = process.env): Progress | undefined {
  if (!stream.isTTY) return undefined;
  const live = env.TERM !== 'dumb';
  const began = performance.now();
  const clock = () => `${((performance.now() - began) / 1000).toFixed(1)} s`;
  let status = '';
  const draw = () => {
    if (!status) return;
    const line = `[${clock()}] ${status}`;
    // Kept within the width: a wrapped status line could not be rewritten in place.
    stream.write(`${ERASE_LINE}${line.slice(0, (stream.columns || 80) - 1)}`);
  };
  const timer = live ? setInterval(draw, TICK_MS) : undefined;
  timer?.unref();
  const say = (line: string, lasting: boolean) => {
    if (!live) return void stream.write(`[${clock()}] ${line}\n`);
    if (lasting) stream.write(`${ERASE_LINE}[${clock()}] ${line}\n`);
    else status = line;
    draw();
  };
  // Editions render at once (an input's formats, two inputs): the status names every one still running.
  const running: string[] = [];
  return {
    listener(event) {
      if (event.step === 'render') running.push(`${event.input}: ${event.format}`);
      if (event.step === 'rendered') running.splice(running.indexOf(`${event.input}: ${event.format}`), 1);
      if (event.step === 'rendered' && running.length > 0) status = `${running.join(', ')}…`;
      const [line, lasting] = describe(event, running);
      say(line, lasting);
    },
    end() {
      if (timer) clearInterval(timer);
      if (live) stream.write(ERASE_LINE);
    },
  };
}

/** An event in words, and whether it stays on screen (an edition done) or is the passing status. */
function describe(event: ProgressEvent, running: string[]): [string, boolean] {
  switch (event.step) {
    case 'read':
      return [`${event.input}: reading${event.of > 1 ? ` (${event.index + 1} of ${event.of})` : ''}`, false];
    case 'render':
      return [`${running.join(', ')}…`, false];
    case 'rendered':
      return [`${event.input}: ${event.format} done in ${(event.ms / 1000).toFixed(1)} s${event.pages === undefined ? '' : `, ${event.pages} pages`}`, true];
    case 'write':
      return [`writing ${event.files} files`, false];
  }
}
