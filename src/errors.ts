/**
 * The one error type huozi throws on purpose. Its message is a single line
 * meant for a newsroom user; its code is the process exit code. `EXIT_CODES`
 * is the one exit-code table: the README's is generated from it
 * (src/cli/reference.ts), pandoc-style.
 */
export const ExitCode = {
  ok: 0,
  /** The input file cannot be read or is not a transcript; `--out` is a file. */
  badInput: 1,
  /** The command line, the options or the config file are wrong. */
  usage: 2,
  /** Something the machine must provide is missing (Node 20, Chromium, Java). */
  environment: 3,
  /** A renderer failed on valid input: a bug in huozi. */
  internal: 4,
  /** `--fail-on-warnings` and the build gave warnings (the editions are written). */
  warnings: 5,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** What each exit code means and when it happens, for the README. */
export const EXIT_CODES: Record<ExitCode, { meaning: string; examples: string }> = {
  0: { meaning: 'success (warnings may have been printed)', examples: '' },
  1: {
    meaning: 'bad input',
    examples: 'file not found, empty, binary, a PDF or Word file, damaged UTF-8, unknown encoding, `--out` is a file, output folder not writable',
  },
  2: {
    meaning: 'bad usage',
    examples: 'unknown option or command, bad value (`--formats docx`, `--paper letter`, `--date 8.3`, `--date 2026-02-30`), a flag with no value before the next flag (`--publisher --formats html`), a bad or unreadable config file, a broken theme, two inputs with the same stem, `huozi init` into files that exist',
  },
  3: {
    meaning: 'missing environment',
    examples: 'Node older than 20.19; Chromium not found (install it with `apt-get install -y chromium`, or set `HUOZI_CHROMIUM`)',
  },
  4: { meaning: 'internal error', examples: 'a bug in huozi (`HUOZI_DEBUG=1` prints the stack)' },
  5: { meaning: 'warnings, with `--fail-on-warnings`', examples: 'the editions are written; the warnings are printed (or in the `--json` report)' },
};

export class HuoziError extends Error {
  override readonly name = 'HuoziError';
  constructor(
    message: string,
    readonly code: ExitCode,
    /** The file the message is about, if any; the CLI prefixes it. */
    readonly file?: string,
  ) {
    super(message.replace(/\s*\n\s*/g, ' '));
  }

  /** `file: message`, one line. */
  override toString(): string {
    return this.file ? `${this.file}: ${this.message}` : this.message;
  }
}

export const inputError = (file: string | undefined, message: string) => new HuoziError(message, ExitCode.badInput, file);
export const usageError = (message: string) => new HuoziError(message, ExitCode.usage);
