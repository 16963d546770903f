/**
 * Writes one build's files into the output folder as one set: each file is
 * written beside its final name and renamed, so readers never see half a
 * file; and the whole set is written under a lock file, so two builds into
 * one folder at once end with one complete set (the later one), never a mix.
 * The writing itself is synchronous: no signal handler can run in the middle
 * of it.
 */
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ExitCode, HuoziError } from '../errors.js';
import type { OutputFile } from '../render/context.js';
import { makeDirs } from '../make-dirs.js';

/** The lock's name in the output folder; it holds the writer's process id. */
export const LOCK_NAME = '.huozi-writing';

/**
 * Throws the error writing into `out` would end in (`cannot write to …`, exit 1), before a build renders anything:
 * a folder is made and removed again in the nearest folder of `out` that exists (or in `out` itself), so nothing
 * is left; a file in the way is reported as such. An unwritable folder was found only once every edition had been
 * rendered (17 s on a 0.3 MB transcript).
 */
export function checkWritable(out: string): void {
  let folder = out;
  while (!existsSync(folder) && dirname(folder) !== folder) folder = dirname(folder);
  try {
    if (!statSync(folder).isDirectory()) throw Object.assign(new Error(`${folder} is a file, not a folder`), { code: 'ENOTDIR' });
    rmSync(mkdtempSync(join(folder, '.huozi-probe-')), { recursive: true });
  } catch (e) {
    throw new HuoziError(`cannot write to ${out}: ${(e as Error).message}`, ExitCode.badInput);
  }
}

/**
 * @param check called while waiting for another build's lock (throws when this build is interrupted)
 * @returns the absolute paths written
 */
export async function writeOutputSet(out: string, files: OutputFile[], check: () => void): Promise<string[]> {
  try {
    makeDirs(out);
  } catch (e) {
    throw new HuoziError(`cannot write to ${out}: ${(e as Error).message}`, ExitCode.badInput);
  }
  const lock = join(out, LOCK_NAME);
  await acquire(lock, check);
  try {
    return writeAll(out, files);
  } finally {
    rmSync(lock, { force: true });
  }
}

async function acquire(lock: string, check: () => void): Promise<void> {
  for (;;) {
    check();
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new HuoziError(`cannot write to ${dirname(lock)}: ${(e as Error).message}`, ExitCode.badInput);
    }
    // A lock left by a process that no longer runs (killed with SIGKILL) is taken over.
    if (stale(lock)) rmSync(lock, { force: true });
    else await new Promise((r) => setTimeout(r, 50));
  }
}

/** True when the lock names a process that no longer runs (an empty lock is being written: not stale). */
function stale(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(lock, 'utf8').trim());
  } catch {
    return false;
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function writeAll(out: string, files: OutputFile[]): string[] {
  const partial = (f: OutputFile) => `${join(out, f.path)}.partial`;
  try {
    for (const f of files) {
      makeDirs(dirname(join(out, f.path)));
      writeFileSync(partial(f), f.data);
    }
    return files.map((f) => {
      renameSync(partial(f), join(out, f.path));
      return join(out, f.path);
    });
  } catch (e) {
    for (const f of files) rmSync(partial(f), { force: true });
    throw new HuoziError(`cannot write to ${out}: ${(e as Error).message}`, ExitCode.badInput);
  }
}
