/**
 * Entry point of the `huozi` command: runs the program and turns every
 * failure into one line on stderr and a documented exit code.
 */
import { CommanderError } from 'commander';
import { ExitCode, HuoziError } from '../errors.js';
import { program } from './program.js';

export async function main(argv: string[]): Promise<number> {
  try {
    await program((line) => console.log(line)).parseAsync(argv, { from: 'user' });
    return ExitCode.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end through here too, with exit code 0.
      return e.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (e instanceof HuoziError) {
      console.error(`huozi: ${e.toString()}`);
      return e.code;
    }
    console.error(`huozi: internal error: ${String((e as Error)?.message ?? e).split('\n')[0]} (set HUOZI_DEBUG=1 for details)`);
    if (process.env.HUOZI_DEBUG) console.error(e);
    return ExitCode.internal;
  }
}
