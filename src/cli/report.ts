/**
 * The `--json` report: one JSON object on stdout per run, success or failure.
 * `JsonReport` is its schema — the README's field table is generated from it
 * and the tests validate real output against it (strict: no undocumented field).
 */
import * as v from 'valibot';
import type { BuildResult } from '../build.js';
import type { CheckReport } from '../check.js';
import { FORMATS } from '../config/schema.js';
import { HuoziError } from '../errors.js';
import { WARNING_CODES } from '../warnings.js';
import { version } from '../version.js';
import { BUILD_STEPS } from '../step-timings.js';

const ms = v.pipe(v.number(), v.minValue(0));
const codes = Object.keys(WARNING_CODES) as Array<keyof typeof WARNING_CODES>;

export const JsonReport = v.strictObject({
  huozi: v.pipe(v.string(), v.description('Version of huozi.')),
  command: v.pipe(v.string(), v.description('The command run, e.g. `build`.')),
  ok: v.pipe(v.boolean(), v.description('Whether the command succeeded (exit code 0 or 5).')),
  exitCode: v.pipe(v.number(), v.description('The process exit code (see "Exit codes").')),
  error: v.pipe(
    v.optional(v.strictObject({ file: v.optional(v.string()), message: v.string() })),
    v.description('On failure: the file the problem is about, if any, and the one-line message.'),
  ),
  configFile: v.pipe(v.optional(v.string()), v.description('Absolute path of the config file used, if any.')),
  inputs: v.pipe(
    v.array(v.strictObject({ file: v.string(), bytes: v.number(), encoding: v.string(), shape: v.string(), lang: v.string(), title: v.string() })),
    v.description('Each input as read: `file` as given, `bytes`, `encoding`, `shape` (`plain`/`markdown`/`subtitles`), `lang` (BCP 47), `title`.'),
  ),
  files: v.pipe(
    v.array(
      v.strictObject({ path: v.string(), format: v.picklist(FORMATS), input: v.string(), bytes: v.number(), pages: v.optional(v.pipe(v.number(), v.integer())) }),
    ),
    v.description('Each file written: absolute `path`, `format`, `input`, `bytes`, and `pages` for a PDF.'),
  ),
  timings: v.pipe(
    v.optional(
      v.strictObject({
        stages: v.strictObject({ read: ms, parse: ms, render: ms, fidelity: ms, write: ms }),
        formats: v.record(v.picklist(FORMATS), ms),
        steps: v.record(v.picklist(BUILD_STEPS), ms),
      }),
    ),
    v.description(
      'Milliseconds, as measured by `build()`: per stage (`read`, `parse`, `render`, `fidelity`, `write`), per format, and per named step within them (`steps`: ' +
        BUILD_STEPS.map((s) => `\`${s}\``).join(', ') +
        '; only the steps that ran; see "Where a build\'s time goes").',
    ),
  ),
  warnings: v.pipe(
    v.array(v.strictObject({ code: v.picklist(codes), file: v.string(), message: v.string(), line: v.optional(v.number()) })),
    v.description('Each warning: `code` (see "Warnings"), `file`, `message`, and `line` when known.'),
  ),
  checks: v.pipe(
    v.optional(
      v.array(
        v.strictObject({
          file: v.string(),
          shape: v.string(),
          encoding: v.string(),
          lang: v.string(),
          metadata: v.record(v.string(), v.strictObject({ value: v.string(), from: v.string() })),
          outline: v.array(v.strictObject({ kind: v.picklist(['topic', 'section']), depth: v.number(), heading: v.string(), turns: v.number() })),
          speakers: v.array(v.strictObject({ speaker: v.string(), labels: v.array(v.string()), role: v.string(), turns: v.number() })),
          repairs: v.array(v.strictObject({ line: v.optional(v.number()), message: v.string() })),
          warnings: v.array(v.strictObject({ code: v.picklist(codes), message: v.string(), line: v.optional(v.number()) })),
        }),
      ),
    ),
    v.description('`check` only: what was recognised in each input, as its text report shows it — `metadata` (each value and where it came from), `outline`, `speakers` (with their labels, role and turns), `repairs` and `warnings`.'),
  ),
});
export type JsonReport = v.InferOutput<typeof JsonReport>;

/** The report of a finished build. */
export function buildReport(result: BuildResult, exitCode: number): JsonReport {
  return {
    huozi: version,
    command: 'build',
    ok: true,
    exitCode,
    ...(result.configFile ? { configFile: result.configFile } : {}),
    inputs: result.inputs,
    files: result.files,
    timings: result.timings,
    warnings: result.warnings,
  };
}

/** The report of a finished `check`: what each input holds, its warnings also listed with the input's file. */
export function checkReport(reports: CheckReport[], exitCode: number): JsonReport {
  const warnings = reports.flatMap((r) => r.warnings.map((w) => ({ ...w, file: r.file })));
  return { huozi: version, command: 'check', ok: true, exitCode, inputs: [], files: [], warnings, checks: reports };
}

/** The report of a command that failed with `error`. */
export function failureReport(command: string, error: unknown, exitCode: number): JsonReport {
  const file = error instanceof HuoziError ? error.file : undefined;
  const message = error instanceof HuoziError ? error.message : String((error as Error)?.message ?? error).split('\n')[0]!;
  return { huozi: version, command, ok: false, exitCode, error: { ...(file ? { file } : {}), message }, inputs: [], files: [], warnings: [] };
}
