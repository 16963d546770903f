import { describe, expect, it } from 'vitest';
import { flagRows } from '../../src/cli/options.js';
import { program } from '../../src/cli/program.js';
import { BuildOptions } from '../../src/config/schema.js';

describe('cli flags', () => {
  const build = program({ out: () => {}, err: () => {} }, () => {}).commands.find((c) => c.name() === 'build')!;

  it('every key of the build options schema is a flag of `huozi build`, spelled from the key', () => {
    const flags = build.options.map((o) => o.long);
    for (const row of flagRows()) expect(flags).toContain(row.flags.replace(/^-\w, /, '').replace(/ <.*>$/, ''));
    expect(flagRows().map((r) => r.key)).toEqual(Object.keys(BuildOptions.entries));
  });

  it('every option of `huozi build` is a schema key or a shared flag', () => {
    const keys = build.options.map((o) => o.attributeName());
    const shared = ['json', 'quiet', 'verbose', 'failOnWarnings'];
    for (const key of keys) expect([...Object.keys(BuildOptions.entries), ...shared], key).toContain(key);
  });

  it('commander holds no defaults: an unset flag leaves the key to the config file', () => {
    for (const option of build.options) expect(option.defaultValue, option.long).toBeUndefined();
  });
});
