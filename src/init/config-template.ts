/**
 * The commented `huozi.config.yaml` that `huozi init` writes, generated from
 * the options schema (config/schema.ts) so it never drifts from it: one
 * commented-out line per key with its default, under the key's description.
 * Uncommenting a line that shows a value gives a valid setting (the tests
 * check each); a key without a default (`# title:`) waits for its value.
 */
import * as v from 'valibot';
import { ConfigOptions, flagSpec } from '../config/schema.js';

/** The file name `huozi init` writes; one of load.ts's CONFIG_FILES. */
export const CONFIG_TEMPLATE_NAME = 'huozi.config.yaml';

/**
 * The YAML text (UTF-8, LF line ends). `active` settings are written
 * uncommented, e.g. `{ theme: 'theme' }` after `init --with-theme`.
 */
export function configTemplate(active: Record<string, string> = {}): string {
  const lines = [
    '# huozi.config.yaml: the settings of every transcript in this folder and below',
    '# (`huozi build` looks for this file upward from its inputs). Each key is an option',
    '# of `huozi build` (`huozi help build` shows the flags); a flag given on the command',
    '# line wins over this file. Remove a `#` to change a setting from its default.',
  ];
  for (const [key, entry] of Object.entries(ConfigOptions.entries)) {
    const spec = flagSpec(key) ?? {};
    const value = v.getDefault(entry as never) as unknown;
    const shown = spec.shownDefault ? ` (default: ${spec.shownDefault})` : '';
    lines.push('', `# ${v.getDescription(entry as never) ?? ''}${shown}`);
    if (key in active) lines.push(`${key}: ${active[key]}`);
    else lines.push(`# ${key}:${value === undefined || value === '' ? '' : ` ${String(value)}`}`);
  }
  return `${lines.join('\n')}\n`;
}
