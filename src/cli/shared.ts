/**
 * The flags every command takes — `--config`, `--json`, `-q/--quiet`,
 * `--verbose`, `--fail-on-warnings` — and what they do to the output. A
 * command adds them with `addSharedFlags(command)` and ends with
 * `finish(...)`, which prints the warnings (or the JSON report) and returns
 * the exit code.
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import * as v from 'valibot';
import type { FileWarning } from '../build.js';
import { ExitCode } from '../errors.js';
import { addOptionFlags, type FlagRow } from './options.js';

/** Flags of the CLI alone (the schema holds the options `build()` also takes). */
export const SharedFlags = v.object({
  json: v.pipe(v.optional(v.boolean(), false), v.description('Print one JSON report on stdout and nothing else there (see "The --json report").')),
  quiet: v.pipe(v.optional(v.boolean(), false), v.description('Print errors only: no warnings, nor what was written or recognised.'), v.metadata({ short: 'q' })),
  verbose: v.pipe(v.optional(v.boolean(), false), v.description('Also print the config file used and, for a build, each input as read, sizes, pages and timings.')),
  failOnWarnings: v.pipe(v.optional(v.boolean(), false), v.description('Exit with code 5 when there are warnings (a build still writes its editions).')),
});
export type SharedFlags = v.InferOutput<typeof SharedFlags>;

/** The shared flags as rows of the flags reference, `--config` first. */
export function sharedFlagRows(): FlagRow[] {
  return Object.entries(SharedFlags.entries).map(([key, entry]) => {
    const short = (v.getMetadata(entry as never) as { short?: string }).short;
    const long = `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    return { key: key as never, flags: `${short ? `-${short}, ` : ''}${long}`, shownDefault: 'off', description: v.getDescription(entry as never) ?? '' };
  });
}

/** Adds `--config <file>` and the shared flags to a command. */
export function addSharedFlags(command: Command): Command {
  addOptionFlags(command, ['config']);
  for (const row of sharedFlagRows()) command.addOption(new Option(row.flags, row.description.replace(/\.$/, '')));
  return command;
}

/** The shared flags as given (`--quiet` and `--verbose` together: `--quiet` wins). */
export function sharedFlags(command: Command): SharedFlags {
  const flags = v.parse(SharedFlags, command.opts());
  return flags.quiet ? { ...flags, verbose: false } : flags;
}

/** Where a command prints: results on stdout, warnings and notes on stderr. */
export interface Streams {
  out(line: string): void;
  err(line: string): void;
}

export const processStreams: Streams = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/**
 * Prints the warnings as `warning: <file>: <message> [code]` (none with
 * `--quiet` or `--json`) and returns the exit code: 5 with
 * `--fail-on-warnings` when there are any, else 0.
 */
export function finish(warnings: FileWarning[], flags: SharedFlags, streams: Streams): ExitCode {
  if (!flags.quiet && !flags.json) {
    for (const w of warnings) streams.err(`warning: ${w.file}: ${w.message} [${w.code}]`);
  }
  return exitCode(warnings, flags);
}

/** 5 with `--fail-on-warnings` when there are warnings, else 0. */
export const exitCode = (warnings: readonly unknown[], flags: SharedFlags): ExitCode => (flags.failOnWarnings && warnings.length > 0 ? ExitCode.warnings : ExitCode.ok);
