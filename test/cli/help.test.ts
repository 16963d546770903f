/** `huozi help <command>` for every command the program has, as a real process. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { program } from '../../src/cli/program.js';
import { bin } from '../support/paths.js';

const huozi = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
const commands = program({ out: () => {}, err: () => {} }, () => {}).commands.map((c) => c.name());

describe('huozi help <command>', () => {
  it('the program has the commands the README lists', () => {
    expect(commands).toEqual(expect.arrayContaining(['build', 'check', 'init']));
  });

  for (const name of commands) {
    it(`help ${name}: its usage and flags, the same as ${name} --help`, () => {
      const r = huozi('help', name);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(new RegExp(`^Usage: huozi ${name} `));
      expect(r.stdout).toContain('Options:');
      expect(r.stdout).toBe(huozi(name, '--help').stdout);
    });
  }

  it('control: help for a command that does not exist is a usage error, one line', () => {
    const r = huozi('help', 'publish');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("huozi: unknown command 'publish'; huozi --help lists the commands\n");
  });
});
