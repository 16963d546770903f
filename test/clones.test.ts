/**
 * No copy-paste in src/: jscpd (pinned) finds no duplicated block with its
 * defaults (50 tokens, 5 lines). Negative control: a folder holding one
 * module twice is reported.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './support/paths.js';
import { tempDir } from './support/temp.js';

const jscpd = (dir: string) =>
  spawnSync(join(root, 'node_modules', '.bin', 'jscpd'), [dir, '--exit-code', '1', '--reporters', 'console'], { encoding: 'utf8' });

describe('clone detector', () => {
  it('finds no duplicated block in src/', () => {
    const run = jscpd(join(root, 'src'));
    expect(run.stdout + run.stderr).toContain('Found 0 clones');
    expect(run.status).toBe(0);
  });

  it('negative control: a module copied under another name is a clone', () => {
    const dir = tempDir('clones');
    copyFileSync(join(root, 'src', 'render', 'epub', 'plan.ts'), join(dir, 'a.ts'));
    copyFileSync(join(root, 'src', 'render', 'epub', 'plan.ts'), join(dir, 'b.ts'));
    const run = jscpd(dir);
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/Found [1-9]\d* clones?/);
  });
});
