/**
 * Temporary folders for tests, in the system temp directory and named
 * `huozi-test-<label>-*` so `.ci/run` can tell leftovers. Each is removed when
 * the test file that made it ends: `test/support/file-teardown.ts`, a setup
 * file of every project, registers `removeTempDirs` in every test file (a hook
 * registered here would run in the first file only where files share modules).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A fresh, empty folder; absolute path. */
export function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `huozi-test-${label}-`));
  made.push(dir);
  return dir;
}

/** Removes every folder `tempDir` made since the last call. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
