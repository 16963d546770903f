/**
 * Every fixture transcript: its reviewed golden AST, fidelity to the source,
 * and what its shape must give.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import type { Document } from '../../src/ast/types.js';
import { parse, type Parsed } from '../../src/source/parse.js';
import { example, fixtures, golden } from '../support/paths.js';
import { fidelity, sourceChars } from './fidelity.js';

const files = readdirSync(fixtures).filter((f) => /\.(txt|md|srt|vtt)$/.test(f) && !f.startsWith('bad-'));
const read = (f: string): Parsed => parse(readFileSync(join(fixtures, f)), { file: f });
const types = (nodes: Array<{ type: string }>) => nodes.map((n) => n.type);
const all = (doc: Document, type: string) => {
  const found: Array<Record<string, unknown>> = [];
  const visit = (n: { type: string; children?: unknown[] }) => {
    if (n.type === type) found.push(n as Record<string, unknown>);
    (n.children as Array<typeof n> | undefined)?.forEach(visit);
  };
  visit(doc);
  return found;
};

describe('fixtures: golden AST and fidelity', () => {
  it('there is a fixture of every shape', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s matches its reviewed golden AST', async (f) => {
    const stem = f.replace(/\.(txt|md|srt|vtt)$/, '');
    await expect(JSON.stringify(read(f).doc, null, 2) + '\n').toMatchFileSnapshot(join(golden, `${stem}.ast.json`));
  });

  it.each([...files.map((f) => join(fixtures, f)), example])('%s: every word of the source is in the AST, in order, and nothing else', (path) => {
    const r = parse(readFileSync(path), { file: path });
    const text = new TextDecoder(r.encoding).decode(readFileSync(path));
    const report = fidelity(sourceChars(text, r.doc.data.lang, r.shape, r.doc), r.doc, r.shape !== 'subtitles');
    expect(report).toEqual({ added: '', lost: [] });
  });
});

describe('fixtures: each shape recognised', () => {
  it('Markdown: front matter, headline, nested sections, quote, lists, link, image, footnote, emphasis, table; raw HTML literal', () => {
    const { doc, shape } = read('markdown-feature.md');
    expect(shape).toBe('markdown');
    expect(doc.data.stated).toEqual({ title: '湿地保护条例实施一周年：城市“绿肾”焕发新生机', date: '2026-02-02', author: '林晓雯', source: '江城日报' });
    expect(doc.children[0]?.type).toBe('headline');
    const sections = all(doc, 'section');
    expect(sections.map((s) => s.depth)).toEqual([1, 2, 1, 1]);
    for (const t of ['blockquote', 'list', 'link', 'image', 'footnoteReference', 'footnoteDefinition', 'emphasis', 'strong', 'table']) expect(all(doc, t).length, t).toBeGreaterThan(0);
    expect(all(doc, 'html')).toEqual([]);
    expect(toString(doc)).toContain('<span style="color:red">强烈建议</span>');
    expect(toString(doc)).toContain('<div class="editor-note">');
    expect(all(doc, 'turn').map((t) => `${t.speaker}/${t.role}`)).toEqual(['市民代表/question', '赵立新/answer', '市民代表/question', '赵立新/answer']);
  });

  it('问/答 interview: kicker and headline above a byline, alternating question and answer turns, split answers merged and repaired', () => {
    const { doc, shape } = read('interview-qa.txt');
    expect(shape).toBe('plain');
    expect(types(doc.children.slice(0, 3))).toEqual(['kicker', 'headline', 'paragraph']);
    const turns = all(doc, 'turn');
    expect(turns.map((t) => t.role)).toEqual(Array.from({ length: 10 }, (_, i) => (i % 2 ? 'answer' : 'question')));
    expect(toString(doc)).toContain('上两节英语课和一节美术课，孩子们的眼界一下子打开了。');
    expect(toString(turns[7] as never)).toContain('后来他也回来了');
  });

  it('**【记者】** bold labels: a text file read as Markdown, speakers without brackets', () => {
    const { doc, shape } = read('interview-bold-labels.txt');
    expect(shape).toBe('markdown');
    expect(doc.data.stated.title).toBe('“智慧养老”如何走进寻常百姓家');
    expect(doc.data.stated.description).toBe('访市民政局局长周建国');
    expect(new Set(all(doc, 'turn').map((t) => `${t.speaker}/${t.role}`))).toEqual(new Set(['记者/question', '周建国/answer']));
    expect(all(doc, 'turn')).toHaveLength(8);
  });

  it('### 名字： speaker headings: the speech under each, repeated headings of one speaker merged', () => {
    const { doc } = read('roundtable-speaker-headings.txt');
    expect(all(doc, 'turn').map((t) => t.speaker)).toEqual(['主持人', '刘海涛', '王静', '张明远', '刘海涛', '主持人']);
    expect(all(doc, 'turn')[0]!.role).toBe('moderator');
    expect(all(doc, 'section')).toEqual([]);
  });

  it('bilingual: NAME: labels in capitals, English paragraphs tagged en, outlets asking', () => {
    const { doc } = read('bilingual-briefing.txt');
    const turns = all(doc, 'turn');
    expect(new Set(turns.map((t) => `${t.speaker}/${t.role}`))).toEqual(new Set(['SPOKESPERSON/answer', 'REUTERS/question', 'BLOOMBERG/question']));
    const paragraphs = all(doc, 'paragraph');
    const en = paragraphs.filter((p) => (p.data as { lang?: string } | undefined)?.lang === 'en');
    expect(en.length).toBe(7);
    for (const p of en) expect(toString(p as never)).not.toMatch(/\p{Script=Han}/u);
  });

  it('official report: 一、 and （一） headings nest, single-newline paragraphs, date and title stated', () => {
    const { doc } = read('official-report.txt');
    expect(doc.data.stated).toMatchObject({ title: '青川县2025年国民经济和社会发展统计公报', date: '2026-03-15' });
    const top = doc.children.filter((c) => c.type === 'section');
    expect(top.map((s) => toString({ type: 'paragraph', children: s.title }))).toEqual(['一、综合', '二、农业', '三、工业和建筑业', '四、人民生活和社会保障']);
    expect(all(top[1] as never, 'section').map((s) => s.depth)).toEqual([1, 2, 2]);
    expect(all(doc, 'paragraph').length).toBeGreaterThanOrEqual(12);
  });

  it('pasted web page: HTML kept as literal text, <book titles> kept, residue kept and warned about line by line', () => {
    const { doc, warnings } = read('pasted-web-page.txt');
    const text = toString(doc);
    expect(text).toContain('<p>5月6日');
    expect(text).toContain('&nbsp;');
    expect(text).toContain('<中华人民共和国城乡规划法>');
    expect(text).toContain('下载 打印');
    expect(warnings.filter((w) => w.code === 'web-residue').map((w) => w.line)).toEqual([1, 2, 4, 11, 12, 13]);
    expect(doc.data.stated.title).toBe('我市启动老旧小区加装电梯三年行动');
  });

  it('no structure: plain paragraphs, the signature and date lines not joined', () => {
    const { doc } = read('plain-statement.txt');
    expect(types(doc.children)).toEqual(Array(6).fill('paragraph'));
    expect(toString(doc.children.at(-2) as never)).toBe('区防汛抗旱指挥部');
  });

  it('Traditional Chinese: zh-Hant detected, the same AST from UTF-8 and Big5', () => {
    const utf8 = read('zh-hant-briefing.txt');
    const big5 = read('zh-hant-briefing-big5.txt');
    expect(big5.encoding).toBe('big5');
    expect(utf8.doc.data.lang).toBe('zh-Hant');
    expect(big5.doc).toEqual(utf8.doc);
    expect(all(utf8.doc, 'turn').map((t) => t.role)).toEqual(['answer', 'question', 'answer', 'question', 'answer']);
  });
});
