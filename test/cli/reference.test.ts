/** The README's reference tables against the code they are generated from. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { referenceTables, staleTables, updateReadme } from '../../src/cli/reference.js';
import { BuildOptions } from '../../src/config/schema.js';
import { WARNING_CODES } from '../../src/warnings.js';
import { root } from '../support/paths.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('README reference tables', () => {
  it('are current (run `npm run readme` after changing an option, a warning, an exit code or the report)', () => {
    expect(staleTables(readme)).toEqual([]);
  });

  it('a table edited by hand is caught (negative control)', () => {
    const edited = readme.replace('| `--paper <size>` | `paper` | a5 |', '| `--paper <size>` | `paper` | a4 |');
    expect(edited).not.toBe(readme);
    expect(staleTables(edited)).toEqual(['options']);
    expect(updateReadme(edited)).toBe(readme);
  });

  it('list every option key, every warning code and every exit code', () => {
    const tables = referenceTables();
    for (const key of Object.keys(BuildOptions.entries)) expect(tables.options! + tables['shared-flags']!).toContain(`\`${key}\``);
    for (const code of Object.keys(WARNING_CODES)) expect(tables.warnings).toContain(`| \`${code}\` |`);
    for (const code of [0, 1, 2, 3, 4, 5]) expect(tables['exit-codes']).toContain(`\n| ${code} |`);
  });
});
