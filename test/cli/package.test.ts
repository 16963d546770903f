/**
 * The package as a user gets it: the README's library example run as written
 * against huozi installed under its name, and the metadata publishing relies on.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../support/paths.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('\n## Library API'), readme.indexOf('<!-- source:start -->'));
const blocks = [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], code: m[2]! }));

describe('package', { timeout: 600_000 }, () => {
  it("the README's example runs as written against the installed package and prints what the README says", () => {
    const [example, printed] = [blocks.find((b) => b.lang === 'js')!, blocks.find((b) => b.lang === 'text')!];
    const dir = mkdtempSync(join(tmpdir(), 'huozi-api-'));
    made.push(dir);
    // As after `npm install huozi`: the package under node_modules by its name.
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(root, join(dir, 'node_modules', 'huozi'));
    writeFileSync(join(dir, 'talk.txt'), '王毅：各位记者朋友，上午好！\n\n新华社记者：请问今年的重点是什么？\n');
    writeFileSync(join(dir, 'example.mjs'), example.code);
    const r = spawnSync(process.execPath, ['example.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(printed.code);
    expect(r.status).toBe(0);
  });

  it('package metadata is fit to publish: exports with types, engines, and files holding what the package needs', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg.exports).toEqual({ '.': { types: './dist/index.d.ts', import: './dist/index.js' }, './package.json': './package.json' });
    expect(pkg.types).toBe('./dist/index.d.ts');
    expect(pkg.engines).toEqual({ node: '>=20.19 <21 || >=22' });
    const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })) as Array<{ files: Array<{ path: string }> }>;
    const files = packed[0]!.files.map((f) => f.path);
    for (const needed of ['dist/index.js', 'dist/index.d.ts', 'dist/cli.mjs', 'bin/huozi.js', 'bin/node-version.cjs', 'templates/partials/turn.hbs', 'styles/base.css', 'examples/press-conference.txt', 'LICENSE']) {
      expect(files, needed).toContain(needed);
    }
    expect(files.filter((f) => f.startsWith('test/') || f.startsWith('src/'))).toEqual([]);
  });
});
