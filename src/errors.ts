/**
 * The one error type huozi throws on purpose. Its message is a single line
 * meant for a newsroom user; its code is the process exit code (see README,
 * "Exit codes").
 */
export const ExitCode = {
  ok: 0,
  /** The input file cannot be read or is not a transcript. */
  badInput: 1,
  /** The command line or the options are wrong. */
  usage: 2,
  /** Something the machine must provide is missing (Chromium, Java). */
  environment: 3,
  /** A renderer failed on valid input: a bug in huozi. */
  internal: 4,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

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

export const inputError = (file: string | undefined, message: string) =>
  new HuoziError(message, ExitCode.badInput, file);
export const usageError = (message: string) => new HuoziError(message, ExitCode.usage);
