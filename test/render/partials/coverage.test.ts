/**
 * Every node type a renderer can meet has a partial in templates/partials/,
 * or is listed here with what renders it instead or why it never reaches a
 * renderer (Handlebars throws on a missing partial: a build would exit 4).
 * The types are read from the model's own declarations: huozi's in
 * src/ast/types.ts and mdast's in @types/mdast, so a new node type fails
 * this test until it gets a partial or a reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../../support/paths.js';
import { cases } from './cases.js';

/** Node types without a partial of their own, and why. */
const IGNORED: Record<string, string> = {
  root: 'the page templates render its children',
  listItem: 'list.hbs renders the items of its list',
  tableRow: 'table.hbs renders the rows of its table',
  tableCell: 'table.hbs renders the cells of its rows',
  definition: 'source/shapes/markdown.ts resolves definitions into links and images and drops them',
  linkReference: 'source/shapes/markdown.ts turns it into a link (or its text)',
  imageReference: 'source/shapes/markdown.ts turns it into an image (or its alt text)',
  yaml: 'source/shapes/markdown.ts reads front matter into metadata and drops it',
};
/** Partials that are not a node type: dispatch and shared pieces of markup. */
const HELPERS = ['blocks', 'inline', 'footnotes', 'langAttrs', 'toc'];

const literalTypes = (file: string, quote: string) =>
  new Set([...readFileSync(file, 'utf8').matchAll(new RegExp(`\\btype: ${quote}(\\w+)${quote}`, 'g'))].map((m) => m[1]!));
const huoziTypes = literalTypes(join(root, 'src', 'ast', 'types.ts'), "'");
const mdastTypes = literalTypes(join(dirname(createRequire(import.meta.url).resolve('@types/mdast/package.json')), 'index.d.ts'), '"');
const partials = new Set(readdirSync(join(root, 'templates', 'partials')).filter((f) => f.endsWith('.hbs')).map((f) => f.replace(/\.hbs$/, '')));

describe('partials: coverage of the node types', () => {
  it('reads the node types of both models', () => {
    expect([...huoziTypes]).toEqual(expect.arrayContaining(['masthead', 'turn', 'topic', 'section']));
    expect([...mdastTypes]).toEqual(expect.arrayContaining(['paragraph', 'footnoteDefinition', 'tableCell']));
  });

  it.each([...huoziTypes, ...mdastTypes])('%s has a partial or a stated reason', (type) => {
    expect(partials.has(type) || type in IGNORED, `${type}: add templates/partials/${type}.hbs or say in IGNORED why none`).toBe(true);
  });

  it('every partial is a node type or a named helper, and nothing is both a partial and ignored', () => {
    const types = new Set([...huoziTypes, ...mdastTypes]);
    expect([...partials].filter((p) => !types.has(p) && !HELPERS.includes(p))).toEqual([]);
    expect(Object.keys(IGNORED).filter((t) => partials.has(t))).toEqual([]);
  });

  it('every node partial has a golden-snippet case (cases.ts)', () => {
    const tested = new Set(cases.map((c) => c.type));
    expect([...partials].filter((p) => !HELPERS.includes(p) && !tested.has(p))).toEqual([]);
  });

  it('negative control: a type with neither a partial nor a reason is caught', () => {
    expect(partials.has('mathBlock') || 'mathBlock' in IGNORED).toBe(false);
  });
});
