/**
 * Runs once per test run: builds the example, every fixture and a 400-topic
 * transcript in all formats with one shared browser. Test files read the
 * outputs; each validator is started once, by the one test file that owns it.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../../src/build.js';
import { buildReport, built, example, fixtures, tmp } from './paths.js';
import { longTranscript } from './long-transcript.js';

/** The inputs every format is built from: the example and each fixture transcript. */
export function fixtureInputs(): string[] {
  const own = readdirSync(fixtures).filter((f) => /\.(txt|md|srt|vtt)$/.test(f) && !f.startsWith('bad-')).map((f) => join(fixtures, f));
  return [example, ...own];
}

export default async function setup(): Promise<void> {
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(built, { recursive: true });
  const long = join(tmp, 'long-400.txt');
  writeFileSync(long, longTranscript(400));
  const inputs = [...fixtureInputs(), long];
  const result = await build(inputs, { out: built });
  writeFileSync(buildReport, JSON.stringify({ written: result.written, warnings: result.warnings, timings: result.timings }, null, 2));
}
