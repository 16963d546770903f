/**
 * `huozi init [dir]`: a folder to start from — a commented config file and
 * an example transcript; `--with-theme` adds a copy of the built-in look
 * under `theme/` (src/init/scaffold.ts). Refuses to overwrite anything.
 */
import { basename, relative } from 'node:path';
import type { Command } from 'commander';
import { ExitCode } from '../errors.js';
import { scaffold } from '../init/scaffold.js';
import type { Streams } from './shared.js';

/** Adds the `init` command to `cli`; it reports its exit code through `exit`. */
export function initCommand(cli: Command, streams: Streams, exit: (code: ExitCode) => void): Command {
  const command = cli
    .command('init')
    .description('start a folder: a commented huozi.config.yaml and an example transcript (never overwrites)')
    .argument('[dir]', 'folder to start (created if missing)', '.')
    .option('--with-theme', 'also copy the built-in templates and styles into <dir>/theme/ and set `theme` in the config')
    .option('-q, --quiet', 'print errors only');
  return command.action((dir: string, flags: { withTheme?: boolean; quiet?: boolean }) => {
    const made = scaffold(dir, { withTheme: flags.withTheme ?? false });
    if (!flags.quiet) {
      const shown = (path: string) => relative(process.cwd(), path) || '.';
      for (const file of made.files) streams.out(`wrote ${shown(file)}`);
      if (made.theme) streams.out(`wrote ${shown(made.theme.folder)}/ (${made.theme.files} files)`);
      const example = basename(made.files[1]!);
      // Started here (`huozi init`), no folder to change to.
      const cd = shown(made.root) === '.' ? '' : `cd ${shown(made.root)} && `;
      streams.out(`next: ${cd}huozi check ${example} && huozi build ${example}`);
    }
    exit(ExitCode.ok);
  });
}
