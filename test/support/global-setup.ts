/**
 * Runs once per test run: builds every fixture (and the example) in all
 * formats with one shared browser, then runs each JVM validator once over all
 * outputs. Test files read the outputs and the validator results.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../../src/build.js';
import { built, example, fixtures, tmp, validation } from './paths.js';
import { epubcheck, writeJson } from './validators.js';

/** The inputs every format is built from: the example and each fixture transcript. */
export function fixtureInputs(): string[] {
  const own = readdirSync(fixtures).filter((f) => /\.(txt|md)$/.test(f) && !f.startsWith('bad-')).map((f) => join(fixtures, f));
  return [example, ...own];
}

export default async function setup(): Promise<void> {
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(built, { recursive: true });
  const inputs = fixtureInputs();
  const result = await build(inputs, { out: built });
  const epubs = result.written.filter((f) => f.endsWith('.epub'));
  writeJson(validation, { epubcheck: epubcheck(epubs), warnings: result.warnings, timings: result.timings });
}
