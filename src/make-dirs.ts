/**
 * A folder and its missing parents, made one level at a time. Node 20's
 * `mkdirSync(dir, { recursive: true })` never returns where `mkdir` reports
 * ENOENT under a parent that exists (`/proc`, some network and FUSE mounts):
 * it retries the parent forever at full CPU (`huozi build --out /proc/x` hung).
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Makes `dir` (a path, relative to the working folder or absolute) and its missing parents. Throws the first `mkdir` error (ENOENT, EACCES, ENOTDIR …), never loops. */
export function makeDirs(dir: string): void {
  const missing: string[] = [];
  for (let at = resolve(dir); !existsSync(at); at = dirname(at)) {
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (e) {
      // Another process made it meanwhile (two builds into one folder): it is there, as wanted.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(folder).isDirectory()) throw e;
    }
  }
}
