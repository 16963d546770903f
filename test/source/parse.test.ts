import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parse } from '../../src/source/parse.js';
import { example, golden } from '../support/paths.js';

const doc = () => parse(readFileSync(example), { file: 'press-conference.txt' }).doc;

describe('parse: the built-in example', () => {
  it('matches the reviewed golden AST', async () => {
    await expect(JSON.stringify(doc(), null, 2) + '\n').toMatchFileSnapshot(join(golden, 'press-conference.ast.json'));
  });

  it('recognises every element of the report', () => {
    const types = doc().children.map((c) => c.type);
    expect(types.slice(0, 6)).toEqual(['masthead', 'kicker', 'headline', 'deck', 'lede', 'turn']);
    const topics = doc().children.filter((c) => c.type === 'topic');
    expect(topics.map((t) => t.number)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    for (const t of topics) {
      expect(t.children[0]?.type).toBe('topicTitle');
      const turns = t.children.filter((c) => c.type === 'turn');
      expect(turns.map((x) => x.role)).toEqual(['question', 'answer']);
    }
  });

  it('repairs the five page-break splits: no paragraph ends mid-sentence', () => {
    const paragraphs: string[] = [];
    const visit = (n: { type: string; children?: unknown[] }) => {
      if (n.type === 'paragraph') paragraphs.push(toString(n));
      else (n.children as Array<typeof n> | undefined)?.forEach(visit);
    };
    visit(doc());
    const unfinished = paragraphs.filter((p) => !/[。！？”）…]$/u.test(p));
    expect(unfinished).toEqual([]);
  });

  it('turns ASCII punctuation between Han characters full-width, and keeps it in Latin and numbers', () => {
    const text = toString(doc());
    expect(text).not.toMatch(/\p{Script=Han}[,:;?!]|[,:;?!]\p{Script=Han}/u);
    expect(text).toContain('APEC');
  });
});
