/**
 * CLI flags generated from the options schema (config/schema.ts): each key
 * becomes `--kebab-case <value>` with the schema's description and default.
 * Commander gets no defaults, so a flag not given leaves the key unset and the
 * config file can fill it; the schema alone fills defaults and validates.
 */
import { type Command, InvalidArgumentError, Option } from 'commander';
import * as v from 'valibot';
import { BuildOptions, type BuildOptions as Options, flagName, flagSpec, type OptionKey } from '../config/schema.js';

/** One row of the flags reference: what `--help` and the README show. */
export interface FlagRow {
  key: OptionKey;
  /** `-o, --out <dir>`. */
  flags: string;
  /** The default as shown, or '' when the flag has none worth showing. */
  shownDefault: string;
  description: string;
}

/** Every option key in the schema's order, with its flag, default and description. */
export function flagRows(keys: readonly OptionKey[] = Object.keys(BuildOptions.entries) as OptionKey[]): FlagRow[] {
  return keys.map((key) => {
    const entry = BuildOptions.entries[key] as v.GenericSchema;
    const spec = flagSpec(key) ?? {};
    const long = flagName(key);
    const flags = `${spec.short ? `-${spec.short}, ` : ''}${long}${spec.value ? ` <${spec.value}>` : ''}`;
    const value = v.getDefault(entry as never) as unknown;
    const shownDefault = spec.shownDefault ?? (spec.value ? (value === undefined || value === '' ? 'none' : String(value)) : spec.negate ? 'on' : 'off');
    return { key, flags, shownDefault, description: v.getDescription(entry as never) ?? '' };
  });
}

/** Adds the flags of `keys` to a command. */
export function addOptionFlags(command: Command, keys?: readonly OptionKey[]): Command {
  for (const row of flagRows(keys)) {
    const help = row.description.replace(/\.$/, '') + (flagSpec(row.key)?.value ? ` (default: ${row.shownDefault})` : '');
    const option = new Option(row.flags, help);
    command.addOption(flagSpec(row.key)?.value ? option.argParser(notAFlag) : option);
  }
  return command;
}

/**
 * A flag's value, refused when it is the next flag, long or short: commander takes whatever follows a flag that wants
 * a value, so `--publisher --formats html` (or `--title -f html`) read the next flag as the value and `html` as an
 * input ("html: file not found").
 */
function notAFlag(value: string): string {
  if (/^--[a-z]|^-[a-zA-Z]$/.test(value)) throw new InvalidArgumentError('it is the next flag, not a value');
  return value;
}

/** The options the user gave on the command line, keyed as the schema keys them; unset keys are left out. */
export function givenOptions(command: Command, keys?: readonly OptionKey[]): Options {
  const values = command.opts();
  const given = flagRows(keys).filter((row) => command.getOptionValueSource(row.key) === 'cli');
  return Object.fromEntries(given.map((row) => [row.key, values[row.key] as unknown])) as Options;
}
