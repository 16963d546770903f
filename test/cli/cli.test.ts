import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin } from '../support/paths.js';
import { tempDir } from '../support/temp.js';

const huozi = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
const huoziWith = (env: Record<string, string>, ...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

describe('cli', () => {
  it('--help lists the build command', () => {
    const r = huozi('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('build');
  });

  it('--version prints the package version', () => {
    const r = huozi('--version');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('a bad option value is a usage error: exit 2, one line, no output', () => {
    const out = tempDir('cli');
    const r = huozi('build', '--out', out, '--formats', 'pdf,docx');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe('huozi: --formats: unknown format "docx" (use pdf, epub or html)\n');
    expect(readdirSync(out)).toEqual([]);
  });

  it('an unknown option is a usage error with exit 2', () => {
    const r = huozi('build', '--no-such-flag');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a missing file is an input error: exit 1, names the file', () => {
    const out = tempDir('cli');
    const r = huozi('build', '--out', out, 'no-such-transcript.txt');
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('huozi: no-such-transcript.txt: file not found');
    expect(readdirSync(out)).toEqual([]);
  });

  it('no Chromium is a missing-environment error: exit 3 with a hint, no output', () => {
    const out = tempDir('cli');
    const r = huoziWith({ HUOZI_CHROMIUM: '/no/such/chromium' }, 'build', '--out', out, '--formats', 'pdf');
    expect(r.status).toBe(3);
    expect(r.stderr.trim()).toBe('huozi: Chromium not found at /no/such/chromium: install it (apt-get install -y chromium) or set HUOZI_CHROMIUM to its path');
    expect(readdirSync(out)).toEqual([]);
  });
});
