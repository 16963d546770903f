/**
 * Built-in templates come precompiled from the build (dist/templates.cjs): a run loads them, and a template whose
 * text changed since the build is compiled from its text, never served stale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../src/paths.js';
import { builtInTemplate, precompileBuiltIns } from '../../src/render/templates.js';

const file = projectPath('templates', 'partials', 'thematicBreak.hbs');

/** A Handlebars environment that counts its compiles. */
function counting() {
  const hbs = Handlebars.create();
  const compile = hbs.compile.bind(hbs);
  const counted = { hbs, compiles: 0 };
  hbs.compile = (...args: Parameters<typeof compile>) => {
    counted.compiles++;
    return compile(...args);
  };
  return counted;
}

describe('precompiled built-in templates', () => {
  it('precompiles every built-in template, and the build wrote the same module', () => {
    const module = precompileBuiltIns();
    const files = readdirSync(projectPath('templates'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.hbs'));
    expect(files.length).toBeGreaterThan(30);
    for (const f of files) expect(module).toContain(JSON.stringify(`templates/${f.split('\\').join('/')}`));
    expect(readFileSync(projectPath('dist', 'templates.cjs'), 'utf8'), 'dist/templates.cjs is current: run npm run build').toBe(module);
  });

  it('loads a template whose text is unchanged, compiling nothing', () => {
    const counted = counting();
    const template = builtInTemplate(counted.hbs, file, readFileSync(file, 'utf8').replace(/\n$/, ''));
    expect(template({})).toBe('<hr />');
    expect(counted.compiles).toBe(0);
  });

  it('compiles a template whose text changed since the build from its text, never the stale spec', () => {
    const counted = counting();
    const template = builtInTemplate(counted.hbs, file, '<hr class="changed" />');
    expect(template({})).toBe('<hr class="changed" />');
    expect(counted.compiles).toBe(1);
  });
});
