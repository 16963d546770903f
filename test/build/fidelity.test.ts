/**
 * The in-build fidelity check: the comparison itself (lost passages named
 * where they break off, accepted transformations only warned about), and
 * builds whose editions lose text — a renderer registered through the public
 * API that drops a paragraph, for the HTML and for the real printed PDF —
 * failing with one line naming the lost passage.
 */
import { describe, expect, it } from 'vitest';
import { compare, passagesOf } from '../../src/build/fidelity.js';
import { markupText } from '../../src/build/edition-text.js';
import { build, HuoziError, parse, renderers } from '../../src/index.js';
import type { Document, Renderer } from '../../src/index.js';
import { example } from '../support/paths.js';
import { tempDir } from '../support/temp.js';

describe('fidelity: the comparison', () => {
  const doc = parse(Buffer.from('标题\n\n王毅：各位记者朋友，上午好！今年是“十五五”开局之年。\n\n记者：请问 AI 治理怎么看？'), { file: 'a.txt' }).doc;
  const passages = passagesOf(doc);

  it('finds every passage in the full text, whitespace aside', () => {
    expect(passages).toEqual(expect.arrayContaining(['标题', '请问AI治理怎么看？']));
    expect(compare(passages, passages.join('\n  '))).toEqual({});
  });

  it('names where a lost passage breaks off (negative control)', () => {
    const text = passages.join('').replace('开局之年', '');
    expect(compare(passages, text).lost).toBe('…上午好！今年是“十五五”|开局之年。');
  });

  it('accepts the documented transformations with a warning: punctuation width, quotes, letter case, invisible characters', () => {
    const text = passages.join('').replace('，', ',').replace('“', '「').replace('”', '」').replace('AI', 'ai');
    expect(compare(passages, text)).toEqual({ transformed: expect.any(String) });
  });

  it('reads text from markup: tags stripped, references decoded, images as their alt text', () => {
    expect(markupText('<html><head><style>p{}</style></head><body><p>甲&lt;乙&#x4E19;<img alt="图注" src="a.png"></p><script>x</script></body></html>')).toBe('甲<乙丙 图注 ');
  });
});

/** A renderer that renders a copy of the document without its paragraph containing `cut`. */
function dropping(original: Renderer, cut: string): Renderer {
  const without = (nodes: unknown[]): unknown[] =>
    nodes
      .filter((n) => !(JSON.stringify(n).includes(cut) && (n as { type: string }).type === 'paragraph'))
      .map((n) => ((n as { children?: unknown[] }).children ? { ...(n as object), children: without((n as { children: unknown[] }).children) } : n));
  return { name: original.name, render: (doc, context) => original.render({ ...doc, children: without(doc.children) } as Document, context) };
}

describe('fidelity: inside the build', () => {
  for (const format of ['html', 'epub', 'pdf'] as const) {
    it(`a ${format} edition that lost a paragraph fails the build with one line naming it`, async () => {
      const original = renderers[format];
      const cut = '拳头';
      renderers[format] = dropping(original, cut);
      const out = tempDir('fidelity');
      try {
        const error = await build([example], { out, formats: [format] }).catch((e: unknown) => e as HuoziError);
        expect(error).toBeInstanceOf(HuoziError);
        expect((error as HuoziError).code).toBe(4);
        expect((error as HuoziError).message).toMatch(new RegExp(`^the ${format} edition lost text: ".*\\|.*" \\(the first passage not in it breaks off at \\|\\)$`));
        expect((error as HuoziError).message).toContain(cut.slice(0, 1));
      } finally {
        renderers[format] = original;
      }
    });
  }
});
