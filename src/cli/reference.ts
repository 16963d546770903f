/**
 * The README's reference tables, generated from the code that holds each fact:
 * options and flags from the schema, shared flags from cli/shared.ts, warning
 * codes from warnings.ts, exit codes from errors.ts, the `--json` fields from
 * cli/report.ts, the commands from cli/program.ts. Each table sits between `<!-- NAME:table:start -->` and
 * `<!-- NAME:table:end -->`; `npm run readme` rewrites them and a test fails
 * when one is stale.
 */
import * as v from 'valibot';
import { EXIT_CODES } from '../errors.js';
import { WARNING_CODES } from '../warnings.js';
import { flagRows } from './options.js';
import { program } from './program.js';
import { JsonReport } from './report.js';
import { sharedFlagRows } from './shared.js';

const cell = (text: string) => text.replace(/\|/g, '\\|');
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
const code = (s: string) => (s ? `\`${s}\`` : '');

/** Generated tables by marker name. */
export function referenceTables(): Record<string, string> {
  const commands = program({ out: () => {}, err: () => {} }, () => {}).commands;
  return {
    commands: table(
      ['command', 'what it does'],
      [
        ...commands.map((c) => [code(`huozi ${c.name()} ${c.usage().replace('[options] ', '')}`.trim()), c.description()]),
        [code('huozi help [command]'), 'the help of a command: its arguments and every flag (the same as `huozi <command> --help`)'],
      ],
    ),
    options: table(
      ['CLI flag', 'config file / API key', 'default', 'meaning'],
      flagRows()
        .filter((r) => r.key !== 'config')
        .map((r) => [code(r.flags), code(r.key), r.shownDefault, r.description]),
    ),
    'shared-flags': table(
      ['flag', 'API key', 'meaning'],
      [flagRows(['config'])[0]!, ...sharedFlagRows()].map((r) => [code(r.flags), r.key === 'config' ? code(r.key) : 'CLI only', r.description]),
    ),
    warnings: table(
      ['code', 'stage', 'meaning'],
      Object.entries(WARNING_CODES).map(([c, w]) => [code(c), w.stage, w.meaning]),
    ),
    'exit-codes': table(
      ['code', 'meaning', 'examples'],
      Object.entries(EXIT_CODES).map(([c, e]) => [c, e.meaning, e.examples]),
    ),
    'json-report': table(
      ['field', 'meaning'],
      Object.entries(JsonReport.entries).map(([key, entry]) => [code(key), v.getDescription(entry as never) ?? '']),
    ),
  };
}

const marker = (name: string, end: 'start' | 'end') => `<!-- ${name}:table:${end} -->`;

/** The README with every generated table rewritten; throws when a marker pair is missing. */
export function updateReadme(readme: string): string {
  let out = readme;
  for (const [name, body] of Object.entries(referenceTables())) {
    const start = out.indexOf(marker(name, 'start'));
    const end = out.indexOf(marker(name, 'end'));
    if (start < 0 || end < start) throw new Error(`README has no ${marker(name, 'start')} … ${marker(name, 'end')} pair`);
    out = `${out.slice(0, start + marker(name, 'start').length)}\n${body}\n${out.slice(end)}`;
  }
  return out;
}

/** Names of the tables whose README copy differs from the code. */
export function staleTables(readme: string): string[] {
  const fresh = updateReadme(readme);
  return Object.keys(referenceTables()).filter((name) => section(fresh, name) !== section(readme, name));
}

const section = (text: string, name: string) => text.slice(text.indexOf(marker(name, 'start')), text.indexOf(marker(name, 'end')));
