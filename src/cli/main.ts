/**
 * Entry point of the `huozi` command: runs the program and turns every
 * failure into one line on stderr, `huozi: <file>: <problem>`, and an exit
 * code from the one table (errors.ts). With `--json`, a failure is also a
 * JSON report on stdout.
 */
import { CommanderError } from 'commander';
import { ExitCode, HuoziError } from '../errors.js';
import { program } from './program.js';
import { failureReport } from './report.js';
import { processStreams, type Streams } from './shared.js';

export async function main(argv: string[], streams: Streams = processStreams): Promise<number> {
  let code: ExitCode = ExitCode.ok;
  try {
    await program(streams, (c) => (code = c)).parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    const error = e instanceof CommanderError ? commanderError(e, argv) : e;
    if (error === undefined) return ExitCode.ok; // --help, --version
    const failed = error instanceof HuoziError ? error : internalError(error);
    streams.err(`huozi: ${failed.toString()}`);
    // The flag is looked for in argv because a failure may come before commander has read it.
    if (argv.slice(0, argv.includes('--') ? argv.indexOf('--') : undefined).includes('--json')) {
      streams.out(JSON.stringify(failureReport(argv.find((a) => !a.startsWith('-')) ?? 'huozi', failed, failed.code)));
    }
    return failed.code;
  }
}

/** Commander's own errors, in huozi's words; undefined for help and version, which end through here with code 0. */
function commanderError(e: CommanderError, argv: string[]): HuoziError | undefined {
  if (e.exitCode === 0 || e.code === 'commander.help' || e.code === 'commander.helpDisplayed' || e.code === 'commander.version') {
    if (e.code !== 'commander.help' || e.exitCode === 0) return undefined;
    // `huozi help <name>` with a name that is no command ends here too, as help shown after an error.
    const asked = argv[0] === 'help' ? argv[1] : undefined;
    return new HuoziError(asked ? `unknown command '${asked}'; huozi --help lists the commands` : 'give a command: huozi build [inputs…] (huozi --help lists them)', ExitCode.usage);
  }
  const command = argv.find((a) => !a.startsWith('-'));
  const words = e.message
    .replace(/^error: /, '')
    .replace(/\s*\n\s*/g, ' ')
    .replace('(Did you mean', '(did you mean')
    .replace(/ is invalid\. /, ' is invalid: ');
  const help = e.code === 'commander.unknownCommand' || !command ? 'huozi --help lists the commands' : `huozi ${command} --help lists the options`;
  return new HuoziError(`${words}; ${help}`, ExitCode.usage);
}

function internalError(e: unknown): HuoziError {
  if (process.env.HUOZI_DEBUG) console.error(e);
  return new HuoziError(`internal error: ${String((e as Error)?.message ?? e).split('\n')[0]} (set HUOZI_DEBUG=1 for details)`, ExitCode.internal);
}
