/**
 * The command line: a thin shell over the library, one file per command
 * (cli/build.ts, check.ts, init.ts, watch.ts, preview.ts). Each command adds the shared flags with
 * `addSharedFlags()` and ends with `finish()` (cli/shared.ts). Commander never
 * prints errors: cli/main.ts words them.
 */
import { Command } from 'commander';
import type { ExitCode } from '../errors.js';
import { version } from '../version.js';
import { buildCommand } from './build.js';
import { checkCommand } from './check.js';
import { initCommand } from './init.js';
import { previewCommand } from './preview.js';
import { watchCommand } from './watch.js';
import type { Streams } from './shared.js';

/** The `huozi` program. Commands report their exit code through `exit`; errors are thrown to cli/main.ts. */
export function program(streams: Streams, exit: (code: ExitCode) => void): Command {
  const cli = new Command('huozi')
    .description('活字 huozi: a Chinese press transcript → print PDF, EPUB 3 and an HTML special-report page')
    .version(version, '-V, --version')
    .showHelpAfterError(false)
    .configureOutput({ outputError: () => {}, writeErr: () => {} })
    .exitOverride();
  buildCommand(cli, streams, exit);
  checkCommand(cli, streams, exit);
  initCommand(cli, streams, exit);
  watchCommand(cli, streams, exit);
  previewCommand(cli, streams, exit);
  return cli;
}
