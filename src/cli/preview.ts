/**
 * `huozi preview [inputs…]`: `huozi watch` plus a loopback HTTP server on the
 * output folder (preview/server.ts) whose pages reload after each rebuild.
 */
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { ExitCode, HuoziError, usageError } from '../errors.js';
import { addSharedFlags, type Streams } from './shared.js';
import { buildLikeCommand, watchSettings, watchUntilStopped } from './watch.js';

/** The port `huozi preview` listens on unless `--port` says otherwise. */
export const DEFAULT_PORT = 4870;

/** Adds the `preview` command to `cli`. */
export function previewCommand(cli: Command, streams: Streams, exit: (code: ExitCode) => void): Command {
  const command = buildLikeCommand(cli, 'preview', 'watch, and serve the output folder on 127.0.0.1 with live reload (HTML and PDF side by side at /); Ctrl-C stops');
  command.addOption(new Option('--port <n>', `port on 127.0.0.1, 0 for any free one (default: ${DEFAULT_PORT})`));
  return addSharedFlags(command).action(async (inputs: string[]) => {
    const { flags, given, resolved } = await watchSettings(command, inputs);
    const port = portOf(command.opts().port as string | undefined);
    const { options } = resolved;
    const { servePreview } = await import('../preview/server.js');
    const server = await servePreview(resolve(options.out), port).catch((e: NodeJS.ErrnoException) => {
      throw e.code === 'EADDRINUSE' ? usageError(`port ${port} is in use: choose another with --port`) : new HuoziError(`cannot serve on 127.0.0.1:${port}: ${e.message}`, ExitCode.environment);
    });
    (flags.json ? streams.err : streams.out)(`serving ${server.url} (the output folder ${options.out}); Ctrl-C stops`);
    try {
      await watchUntilStopped(inputs, given, flags, streams, () => server.reload());
    } finally {
      await server.close();
    }
    exit(ExitCode.ok);
  });
}

function portOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw usageError(`--port: "${value}" is not a port (write a number from 0 to 65535)`);
  return port;
}
