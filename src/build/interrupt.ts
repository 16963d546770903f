/**
 * Ends a build early and cleanly on Ctrl-C (SIGINT), SIGTERM or when its time
 * is up: the build's browser is closed at once (which makes a pending print
 * fail and its temporary folder be removed), nothing is written, and the
 * build rejects. For a signal, huozi then says so in one line and ends with
 * the signal's own status (130, 143), as a shell expects.
 */
import { ExitCode, HuoziError } from '../errors.js';

/** Seconds a build may take before it is stopped (HUOZI_BUILD_TIMEOUT), default 30 minutes. */
const DEFAULT_TIMEOUT_S = 1800;

export function buildTimeout(env = process.env): number {
  const s = Number(env.HUOZI_BUILD_TIMEOUT ?? DEFAULT_TIMEOUT_S);
  return (Number.isFinite(s) && s > 0 ? s : DEFAULT_TIMEOUT_S) * 1000;
}

export interface Interrupts {
  /** Throws the interruption's error if the build was interrupted. */
  check(): void;
  /** The interruption's error, if any. */
  readonly error: HuoziError | undefined;
  /** Removes the handlers; then re-raises a caught signal so the process ends as the signal says. */
  end(): void;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** @param stop called once on interruption (closes the browser). */
export function watchInterrupts(stop: () => Promise<void>, timeoutMs = buildTimeout()): Interrupts {
  let error: HuoziError | undefined;
  let caught: NodeJS.Signals | undefined;
  const interrupt = (e: HuoziError) => {
    if (error) return;
    error = e;
    void stop().catch(() => undefined);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    caught ??= signal;
    interrupt(new HuoziError(`interrupted by ${signal}: nothing written, earlier outputs left as they were`, ExitCode.internal));
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  const timer = setTimeout(
    () => interrupt(new HuoziError(`the build took longer than ${timeoutMs / 1000} s and was stopped (HUOZI_BUILD_TIMEOUT sets the limit in seconds)`, ExitCode.internal)),
    timeoutMs,
  );
  timer.unref();
  return {
    get error() {
      return error;
    },
    check() {
      if (error) throw error;
    },
    end() {
      clearTimeout(timer);
      for (const s of SIGNALS) process.off(s, onSignal);
      if (caught) {
        process.stderr.write(`huozi: ${error!.message}\n`);
        process.kill(process.pid, caught);
      }
    },
  };
}
