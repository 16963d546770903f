import { describe, expect, it } from 'vitest';
import { program } from '../../src/cli/program.js';
import { BuildOptions } from '../../src/config/schema.js';

describe('cli flags', () => {
  it('every option of `huozi build` is a key of the build options schema', () => {
    const build = program(() => {}).commands.find((c) => c.name() === 'build')!;
    const keys = build.options.map((o) => o.attributeName());
    expect(keys.length).toBeGreaterThan(5);
    for (const key of keys) expect(Object.keys(BuildOptions.entries), key).toContain(key);
  });
});
