/**
 * Small inputs for the choices the fixtures do not each show: which
 * recogniser reads a file, front matter dates and errors, bold heading lines,
 * soft line breaks, labels in bold, and structure-free text.
 */
import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parse } from '../../src/source/parse.js';

const read = (text: string, file = 'in.txt') => parse(Buffer.from(text), { file });

describe('shape: Markdown or plain text', () => {
  it.each([
    ['a .md name', '普通的一段话。', 'in.md', 'markdown'],
    ['front matter atop plain text (read as Markdown reads it, the text stays plain)', '---\ntitle: 标题\n---\n正文。', 'in.txt', 'plain'],
    ['an ATX heading', '# 标题\n\n正文。', 'in.txt', 'markdown'],
    ['a paragraph opening in bold', '**【记者】**请问？', 'in.txt', 'markdown'],
    ['#hashtag without a space', '#两会# 代表委员热议。', 'in.txt', 'plain'],
    ['a dash rule alone', '正文。\n\n---\n\n后记。', 'in.txt', 'plain'],
  ])('%s', (_, text, file, shape) => {
    expect(read(text, file).shape).toBe(shape);
  });
});

describe('Markdown details', () => {
  it('front matter dates in three spellings; a bad date and unreadable YAML are warnings', () => {
    expect(read('---\ndate: 2026/3/8\n---\n正文。').doc.data.stated.date).toBe('2026-03-08');
    expect(read('---\ndate: 2026年3月8日\n---\n正文。').doc.data.stated.date).toBe('2026-03-08');
    const bad = read('---\ndate: 下周三\n---\n正文。');
    expect(bad.doc.data.stated.date).toBeUndefined();
    expect(bad.warnings.map((w) => w.code)).toEqual(['front-matter']);
    expect(read('---\ntitle: [未闭合\n---\n正文。').warnings.map((w) => w.code)).toEqual(['front-matter']);
  });

  it('a short bold line is a section heading one level below the # heading above it', () => {
    const { doc } = read('# 总标题\n\n## 第一部分\n\n**小标题**\n\n正文。\n\n## 第二部分\n\n正文。', 'in.md');
    const [headline, first, second] = doc.children;
    expect(headline?.type).toBe('headline');
    expect(first).toMatchObject({ type: 'section', depth: 1 });
    expect((first as { children: Array<{ type: string; depth?: number }> }).children[0]).toMatchObject({ type: 'section', depth: 2 });
    expect(second).toMatchObject({ type: 'section', depth: 1, id: 'section-3' });
  });

  it('soft line breaks join Han text without a space and Latin words with one', () => {
    const { doc } = read('记者会上，\n发言人表示。\nThe spokesperson\nsaid so.', 'in.md');
    expect(toString(doc)).toBe('记者会上，发言人表示。The spokesperson said so.');
  });

  it('**王毅**： and **王毅：** are the same speaker; a turn ends at a heading', () => {
    const { doc } = read('**记者**：请问？\n\n**王毅：** 第一点。\n\n**王毅**：第二点。\n\n## 下一题\n\n正文。', 'in.md');
    expect(doc.children.map((c) => c.type)).toEqual(['turn', 'turn', 'section']);
    expect(doc.children[1]).toMatchObject({ type: 'turn', speaker: '王毅', role: 'answer' });
    expect(toString(doc.children[1]!)).toBe('第一点。第二点。');
  });

  it('raw HTML is text: no html node reaches the AST', () => {
    const { doc } = read('<script>alert(1)</script>\n\n正文<b>加粗</b>。', 'in.md');
    expect(JSON.stringify(doc)).not.toContain('"type":"html"');
    expect(toString(doc)).toBe('<script>alert(1)</script>正文<b>加粗</b>。');
  });

  it('a note defined twice is one note holding both texts, with a warning naming the second line', () => {
    const { doc, warnings } = read('正文[^a]。\n\n[^a]: 甲。\n\n[^a]: 又甲。\n', 'in.md');
    const notes = doc.children.filter((c) => c.type === 'footnoteDefinition');
    expect(notes.map((n) => toString(n))).toEqual(['甲。又甲。']);
    expect(warnings).toEqual([expect.objectContaining({ code: 'duplicate-note', line: 5 })]);
  });

  it('of two link definitions of one label, the first counts (CommonMark 4.7)', () => {
    const { doc } = read('见[官网][a]。\n\n[a]: https://one.example\n[a]: https://two.example\n', 'in.md');
    expect(JSON.stringify(doc)).toContain('https://one.example');
    expect(JSON.stringify(doc)).not.toContain('https://two.example');
  });
});

describe('plain text without structure', () => {
  it('one line of text is one paragraph, and the build has something to show', () => {
    const { doc } = read('今天天气很好，我们去公园散步了。');
    expect(doc.children).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: '今天天气很好，我们去公园散步了。' }] }]);
  });
});
