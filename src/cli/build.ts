/**
 * `huozi build [inputs…]`: the editions of each transcript. Its flags are
 * generated from the options schema; the shared flags come from cli/shared.ts.
 */
import type { Command } from 'commander';
import type { BuildResult } from '../build.js';
import { BuildOptions, type OptionKey, resolveOptions } from '../config/schema.js';
import type { ExitCode } from '../errors.js';
import { addOptionFlags, givenOptions } from './options.js';
import { progressPrinter } from './progress.js';
import { buildReport } from './report.js';
import { addSharedFlags, finish, sharedFlags, type SharedFlags, type Streams } from './shared.js';
import { BUILD_STEPS } from '../step-timings.js';

/** The build flags: every schema key but `config`, which is a shared flag. */
export const BUILD_KEYS = (Object.keys(BuildOptions.entries) as OptionKey[]).filter((k) => k !== 'config');

/** Adds the `build` command to `cli`; it reports its exit code through `exit`. */
export function buildCommand(cli: Command, streams: Streams, exit: (code: ExitCode) => void): Command {
  const command = cli
    .command('build')
    .description('build editions of one or more transcripts (the built-in example when none is given)')
    .argument('[input...]', 'transcript files (.txt, .md, .srt, .vtt)');
  addOptionFlags(command, BUILD_KEYS);
  return addSharedFlags(command).action(async (inputs: string[]) => {
    const flags = sharedFlags(command);
    const given = givenOptions(command, [...BUILD_KEYS, 'config']);
    resolveOptions(given, 'cli');
    // Loaded once the flags are known good: the renderers' dependencies take seconds to load.
    const { build } = await import('../build.js');
    const progress = flags.quiet || flags.json ? undefined : progressPrinter(process.stderr);
    let result: BuildResult;
    try {
      result = await build(inputs, { ...given, ...(progress ? { onProgress: progress.listener } : {}) }, 'cli');
    } finally {
      progress?.end();
    }
    const code = finish(result.warnings, flags, streams);
    if (flags.json) streams.out(JSON.stringify(buildReport(result, code)));
    else if (!flags.quiet) for (const line of summarise(result, flags)) streams.out(line);
    if (flags.verbose) for (const line of details(result)) streams.err(line);
    exit(code);
  });
}

/** One line per edition; an assets folder is one line with its file count. */
export function summarise(result: BuildResult, flags: SharedFlags): string[] {
  const folders = new Map<string, { files: number; bytes: number }>();
  const lines: string[] = [];
  for (const file of result.files) {
    const folder = /^(.*\.assets)\//.exec(file.path)?.[1];
    const size = flags.verbose ? ` (${kb(file.bytes)}${file.pages ? `, ${file.pages} pages` : ''})` : '';
    if (!folder) lines.push(`wrote ${file.path}${size}`);
    else {
      const seen = folders.get(folder) ?? { files: 0, bytes: 0 };
      folders.set(folder, { files: seen.files + 1, bytes: seen.bytes + file.bytes });
    }
  }
  for (const [folder, { files, bytes }] of folders) lines.push(`wrote ${folder}/ (${files} files${flags.verbose ? `, ${kb(bytes)}` : ''})`);
  return lines;
}

/** What `--verbose` adds, on stderr: the config file, each input as read, the timings. */
function details(result: BuildResult): string[] {
  const { stages, formats, steps } = result.timings;
  const perFormat = Object.entries(formats).map(([f, t]) => `${f} ${seconds(t)}`).join(', ');
  const perStep = BUILD_STEPS.flatMap((s) => (steps[s] === undefined ? [] : [`${s} ${seconds(steps[s])}`])).join(', ');
  return [
    `config: ${result.configFile ?? 'none found'}`,
    ...result.inputs.map((i) => `read ${i.file}: ${kb(i.bytes)}, ${i.encoding}, ${i.shape}, ${i.lang}, title "${i.title}"`),
    `time: read ${seconds(stages.read)}, parse ${seconds(stages.parse)}, render ${seconds(stages.render)} (${perFormat}), fidelity check ${seconds(stages.fidelity)}, write ${seconds(stages.write)}`,
    `steps: ${perStep}`,
  ];
}

const kb = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
