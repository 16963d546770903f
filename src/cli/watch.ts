/**
 * `huozi watch [inputs…]`: builds, then rebuilds on every change
 * (watch/rebuilds.ts), printing what changed and what was rebuilt, until
 * Ctrl-C (SIGINT) or SIGTERM: then it waits for a running build to end or be
 * interrupted (nothing half-written), closes the browser and exits 0. An
 * input that cannot be read at the start is refused as `huozi build` refuses
 * it (one line, exit 1), before anything is watched.
 * `huozi preview` runs the same loop under its server (cli/preview.ts).
 */
import type { Command } from 'commander';
import { checkReadable } from '../build/inputs.js';
import { resolveBuild, type ResolvedBuild } from '../config/resolve.js';
import { resolveOptions, type BuildOptions } from '../config/schema.js';
import { ExitCode, HuoziError } from '../errors.js';
import { shownPath } from '../render/theme.js';
import type { WatchEvent } from '../watch/rebuilds.js';
import { BUILD_KEYS, summarise } from './build.js';
import { addOptionFlags, givenOptions } from './options.js';
import { type Progress, progressPrinter } from './progress.js';
import { buildReport, failureReport } from './report.js';
import { addSharedFlags, finish, sharedFlags, type SharedFlags, type Streams } from './shared.js';

/** A command taking the inputs and every build flag, like `huozi build`. */
export function buildLikeCommand(cli: Command, name: string, description: string): Command {
  const command = cli.command(name).description(description).argument('[input...]', 'transcript files (.txt, .md, .srt, .vtt); the built-in example when none');
  addOptionFlags(command, BUILD_KEYS);
  return command;
}

/**
 * The flags and options of a build-like command, checked with its inputs and config file before anything starts (no
 * watcher, no server): a bad flag or config file throws a usage error (exit 2), an input that cannot be read an input
 * error (exit 1) naming it, as `huozi build` does. An input that becomes unreadable later is a failed round, and
 * watching goes on.
 */
export async function watchSettings(command: Command, inputs: string[]): Promise<{ flags: SharedFlags; given: BuildOptions; resolved: ResolvedBuild }> {
  const given = givenOptions(command, [...BUILD_KEYS, 'config']);
  resolveOptions(given, 'cli');
  for (const input of inputs) checkReadable(input, input);
  return { flags: sharedFlags(command), given, resolved: await resolveBuild(inputs, given, 'cli') };
}

/** Adds the `watch` command to `cli`. */
export function watchCommand(cli: Command, streams: Streams, exit: (code: ExitCode) => void): Command {
  const command = buildLikeCommand(cli, 'watch', 'build, then rebuild on every change of the inputs, their sidecars, the config file or the theme (HTML first, one warm browser); Ctrl-C stops');
  return addSharedFlags(command).action(async (inputs: string[]) => {
    const { flags, given } = await watchSettings(command, inputs);
    await watchUntilStopped(inputs, given, flags, streams);
    exit(ExitCode.ok);
  });
}

/**
 * Runs the rebuild loop, printing its events, until SIGINT or SIGTERM; resolves
 * once the watchers, any running build and the browser are closed.
 * `afterBuild` hears each build done (the preview server reloads its pages).
 */
export async function watchUntilStopped(inputs: string[], given: BuildOptions, flags: SharedFlags, streams: Streams, afterBuild?: () => void): Promise<void> {
  const { rebuildOnChange } = await import('../watch/rebuilds.js');
  let printer: Progress | undefined;
  const showProgress = !flags.quiet && !flags.json;
  const onProgress = showProgress ? (e: Parameters<Progress['listener']>[0]) => (printer ??= progressPrinter(process.stderr))?.listener(e) : undefined;
  // A round builds the HTML, then the other editions: the parse warnings of the second build are told once.
  const told = new Set<string>();
  const print = (event: WatchEvent) => {
    printer?.end();
    printer = undefined;
    if (event.kind === 'changed') told.clear();
    for (const line of describe(event, flags)) (line.startsWith('huozi: ') ? streams.err : streams.out)(line);
    if (event.kind === 'built') {
      const fresh = event.result.warnings.filter((w) => !told.has(JSON.stringify(w)));
      for (const w of fresh) told.add(JSON.stringify(w));
      finish(fresh, flags, streams);
      afterBuild?.();
    }
  };
  await new Promise<void>((done) => {
    const rebuilds = rebuildOnChange(inputs, given, 'cli', print, onProgress);
    // Kept until the end: a build interrupted by the signal raises it again once it has cleaned up.
    const stop = () => {
      void rebuilds.stop().then(() => {
        for (const s of SIGNALS) process.off(s, stop);
        if (!flags.quiet && !flags.json) streams.err('stopped');
        done();
      });
    };
    for (const s of SIGNALS) process.on(s, stop);
  });
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** A watch event as lines: results on stdout, a failure as `huozi: …` for stderr; a JSON report per build with `--json`. */
function describe(event: WatchEvent, flags: SharedFlags): string[] {
  switch (event.kind) {
    case 'changed':
      return flags.quiet || flags.json ? [] : [`changed: ${event.paths.map(shownPath).join(', ')}`];
    case 'built': {
      if (flags.json) return [JSON.stringify(buildReport(event.result, ExitCode.ok))];
      if (flags.quiet) return [];
      const what = event.result.inputs.map((i) => i.file).join(', ');
      return [...summarise(event.result, flags), `built ${what}: ${event.formats.join(', ')} in ${seconds(event.ms)}`];
    }
    case 'failed': {
      const error = event.error instanceof HuoziError ? event.error : new HuoziError(String((event.error as Error)?.message ?? event.error).split('\n')[0]!, ExitCode.internal);
      return flags.json ? [JSON.stringify(failureReport('watch', error, error.code))] : [`huozi: ${error.toString()}`];
    }
    case 'idle':
      return flags.quiet || flags.json ? [] : [`watching ${event.watched.map(shownPath).join(', ')}; Ctrl-C stops`];
  }
}
