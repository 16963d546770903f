/**
 * `huozi check <inputs…>`: prints what was recognised in each transcript
 * (src/check.ts), as text or, with `--json`, as data. Builds nothing. Takes
 * the shared flags: the config file found upward (or `--config`) gives the
 * encoding when `--encoding` does not, and its metadata (title, date) as a build would; `--quiet` prints nothing but errors,
 * so `check -q --fail-on-warnings` is a silent lint (exit 5 on warnings).
 */
import type { Command } from 'commander';
import { check, formatCheck } from '../check.js';
import { configLayer, metadataOf } from '../config/resolve.js';
import { resolveOptions } from '../config/schema.js';
import type { ExitCode } from '../errors.js';
import { addOptionFlags, givenOptions } from './options.js';
import { checkReport } from './report.js';
import { addSharedFlags, exitCode, sharedFlags, type Streams } from './shared.js';

/** Adds the `check` command to `cli`; it reports its exit code through `exit`. */
export function checkCommand(cli: Command, streams: Streams, exit: (code: ExitCode) => void): Command {
  const command = cli
    .command('check')
    .description('show what huozi recognised in transcripts (metadata and where it came from, outline, speakers and roles, repairs, warnings); builds nothing')
    .argument('<input...>', 'transcript files (.txt, .md, .srt, .vtt)');
  addOptionFlags(command, ['encoding']);
  return addSharedFlags(command).action(async (inputs: string[]) => {
    const flags = sharedFlags(command);
    const given = resolveOptions(givenOptions(command, ['encoding', 'config']), 'cli');
    const { config, fromConfig } = await configLayer(inputs, given.config);
    const encoding = given.encoding ?? fromConfig?.encoding;
    if (flags.verbose) streams.err(`config: ${config?.file ?? 'none found'}`);
    // The config's title and date settle warnings as in a build (`check` takes no metadata flags).
    const metadata = config && fromConfig ? { config: metadataOf(config.settings, fromConfig) } : {};
    const reports = check(inputs, { ...(encoding ? { encoding } : {}), metadata });
    const code = exitCode(reports.flatMap((r) => r.warnings), flags);
    if (flags.json) streams.out(JSON.stringify(checkReport(reports, code), null, 2));
    else if (!flags.quiet) streams.out(reports.map(formatCheck).join('\n\n'));
    exit(code);
  });
}
