/**
 * Temporary folders for tests, in the system temp directory and named
 * `huozi-test-<label>-*` so `.ci/run` can tell leftovers. Each is removed when
 * the test file that made it ends (an `afterAll` this module registers in
 * every file that imports it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

/** A fresh, empty folder; absolute path. */
export function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `huozi-test-${label}-`));
  made.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
