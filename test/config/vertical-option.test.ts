/** The `vertical` option: one key of the schema, off by default, its flag `--vertical` generated from it. */
import { describe, expect, it } from 'vitest';
import { HuoziError } from '../../src/errors.js';
import { flagName, resolveOptions } from '../../src/config/schema.js';

describe('vertical option', () => {
  it('is off by default and on when set, from the API or a config file', () => {
    expect(resolveOptions({}).vertical).toBe(false);
    expect(resolveOptions({ vertical: true }).vertical).toBe(true);
    expect(resolveOptions({ vertical: true }, { file: 'huozi.config.json' }, true).vertical).toBe(true);
  });
  it('is spelled --vertical on the command line', () => {
    expect(flagName('vertical')).toBe('--vertical');
  });
  it('refuses a value that is not true or false, naming the key as written', () => {
    expect(() => resolveOptions({ vertical: 'yes' }, 'cli')).toThrow(HuoziError);
    expect(() => resolveOptions({ vertical: 'yes' }, 'cli')).toThrow('--vertical: must be true or false');
  });
});
