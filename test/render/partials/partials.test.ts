/**
 * Every partial rendered from a tiny AST, as mdast-util-to-hast's
 * test/<node>.js does: one case per node type, its HTML and its EPUB (XHTML)
 * rendering compared with a reviewed golden snippet in
 * test/golden/partials/<type>.html (written only with UPDATE_GOLDEN=1).
 * No browser: this is the templates' markup itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RootContent } from 'mdast';
import type { Document } from '../../../src/ast/types.js';
import { resolveMetadata } from '../../../src/metadata.js';
import { createTemplates } from '../../../src/render/templates.js';
import { buildView } from '../../../src/render/view.js';
import { golden } from '../../support/paths.js';
import { type Case, cases, text } from './cases.js';

const templates = createTemplates();

/** The node (as a list of one) rendered as each edition's pages render it; images resolve to `images/<file>` as the renderers' asset maps do. */
function render(c: Case, format: 'html' | 'epub'): string {
  const doc: Document = { type: 'root', children: c.children, data: { lang: 'zh-Hans', stated: {} } };
  const view = buildView(doc, resolveMetadata(doc, {}, {}), format, { assets: { 'map.png': 'images/image-1.png' } });
  return templates.partial(c.via ?? 'blocks', [c.pick ? c.pick(doc) : doc.children[0]!], view);
}

const snippetOf = (c: Case) => `<!-- html -->\n${render(c, 'html')}\n<!-- epub (XHTML) -->\n${render(c, 'epub')}\n`;

describe('partials: each node type from a tiny AST', () => {
  it.each(cases.map((c) => [c.type, c] as const))('%s', async (type, c) => {
    await expect(snippetOf(c)).toMatchFileSnapshot(join(golden, 'partials', `${type}.html`));
  });

  it('a deck that is a subtitle (副题) is set as written, dash and all, in no quotation marks; a quoted one in the document\'s', () => {
    const deck = (node: object): Case => ({ type: 'deck', children: [node as RootContent] });
    expect(render(deck({ type: 'deck', children: [text('——访院士李明华')] }), 'html')).toMatch(/^<p class="deck">——访[^“”]*<\/p>$/);
    expect(render(deck({ type: 'deck', quoted: true, children: [text('建设者')] }), 'html')).toMatch(/^<p class="deck">“.*”<\/p>$/);
  });

  it('a front line in English (an English kicker above a Chinese headline, its twin as a deck) carries its language; a Chinese one none', () => {
    const line = (type: 'masthead' | 'kicker' | 'deck', words: string, lang?: string): Case => ({ type, children: [{ type, children: [text(words)], ...(lang ? { data: { lang } } : {}) } as RootContent] });
    for (const type of ['masthead', 'kicker', 'deck'] as const) {
      expect(render(line(type, 'Interview with Dr. Helena Marsh', 'en'), 'html')).toMatch(new RegExp(`^<p class="${type}" lang="en">`));
      expect(render(line(type, 'Interview with Dr. Helena Marsh', 'en'), 'epub')).toMatch(new RegExp(`^<p class="${type}" lang="en" xml:lang="en">`));
      expect(render(line(type, '两会特别报道'), 'html')).toMatch(new RegExp(`^<p class="${type}">`));
    }
  });

  it('a label with Chinese keeps the full-width colon and the document language in an English paragraph; an all-Latin label takes ": "', () => {
    const english = (speaker: string): Case => ({
      type: 'turn',
      children: [{ type: 'turn', speaker, role: 'question', children: [{ type: 'paragraph', data: { lang: 'en' }, children: [text('Can you confirm?')] } as RootContent] }],
    });
    expect(render(english('路透社记者John Smith'), 'html')).toContain('<p class="lang-en" lang="en"><b class="speaker" lang="zh-Hans">路透社记者John Smith：</b>Can you confirm?</p>');
    expect(render(english('路透社记者John Smith'), 'epub')).toContain('<b class="speaker" lang="zh-Hans" xml:lang="zh-Hans">路透社记者John Smith：</b>');
    expect(render(english('GAO ZHENYU'), 'html')).toContain('<b class="speaker">GAO ZHENYU: </b>Can you confirm?');
  });

  it('an all-Latin label before Chinese speech (`A：`, `Kevin Zhou：`) takes the full-width colon, as typed in a Chinese text', () => {
    const chinese = (speaker: string): Case => ({ type: 'turn', children: [{ type: 'turn', speaker, role: 'question', children: [{ type: 'paragraph', children: [text('你每天几点开始接单？')] } as RootContent] }] });
    expect(render(chinese('A'), 'html')).toContain('<b class="speaker">A：</b>你每天');
    expect(render(chinese('Kevin Zhou'), 'epub')).toContain('<b class="speaker">Kevin Zhou：</b>你每天');
  });

  it('negative control: a heading one level up does not match the golden', () => {
    const changed: Case = { type: 'heading', children: [{ type: 'heading', depth: 2, children: [text('小标题')] }] };
    expect(snippetOf(changed)).not.toEqual(readFileSync(join(golden, 'partials', 'heading.html'), 'utf8'));
  });
});
