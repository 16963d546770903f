/**
 * A long-running `huozi` process (watch, preview) for tests: its output is
 * collected as it comes, `until()` waits (bounded) for a pattern, `stop()`
 * sends a signal and waits for the exit. Any process still running when the
 * test file ends is ended with `end()`: SIGINT, which lets huozi close its
 * Chromium, then SIGKILL if it has not exited within a minute (a SIGKILL alone
 * would leave its Chromium behind).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll } from 'vitest';
import { bin } from './paths.js';

export interface LiveProcess {
  child: ChildProcess;
  readonly stdout: string;
  readonly stderr: string;
  /** Resolves with the match once stdout (from `from` on) matches `pattern`; rejects after `ms` with what was printed. */
  until(pattern: RegExp, ms?: number, from?: number): Promise<RegExpMatchArray>;
  /** Sends `signal` and resolves with the exit code (null when killed by a signal). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** Ends it if still running: SIGINT, then SIGKILL after `ms`. */
  end(ms?: number): Promise<void>;
}

const started: LiveProcess[] = [];

export function startHuozi(args: string[], cwd: string): LiveProcess {
  const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const running = () => child.exitCode === null && child.signalCode === null;
  const live: LiveProcess = {
    child,
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    until(pattern, ms = 150_000, from = 0) {
      return new Promise((ok, fail) => {
        const timer = setTimeout(() => {
          clearInterval(poll);
          fail(new Error(`no ${pattern} within ${ms / 1000} s; stdout:\n${stdout}\nstderr:\n${stderr}`));
        }, ms);
        const poll = setInterval(() => {
          const m = stdout.slice(from).match(pattern);
          if (m) {
            clearInterval(poll);
            clearTimeout(timer);
            ok(m);
          } else if (child.exitCode !== null) {
            clearInterval(poll);
            clearTimeout(timer);
            fail(new Error(`exited ${child.exitCode} before ${pattern}; stdout:\n${stdout}\nstderr:\n${stderr}`));
          }
        }, 100);
      });
    },
    stop(signal = 'SIGINT') {
      if (running()) child.kill(signal);
      return exited;
    },
    async end(ms = 60_000) {
      if (!running()) return;
      child.kill('SIGINT');
      const timer = setTimeout(() => running() && child.kill('SIGKILL'), ms);
      await exited;
      clearTimeout(timer);
    },
  };
  started.push(live);
  return live;
}

afterAll(async () => {
  await Promise.all(started.splice(0).map((p) => p.end()));
}, 120_000);
