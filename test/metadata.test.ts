import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATE, defaultedWarnings, defaultTitle, resolveMetadata, resolveMetadataWithSources, unsettled } from '../src/metadata.js';
import { parse } from '../src/source/parse.js';
import { example } from './support/paths.js';

const enc = (s: string) => new TextEncoder().encode(s);
const exampleDoc = () => parse(readFileSync(example)).doc;
/** A transcript that states no title and no date. */
const bareDoc = () => parse(enc('王毅：各位记者朋友，上午好！\n\n新华社记者：请问今年的重点是什么？\n\n王毅：谢谢你的提问。')).doc;
/** Markdown whose front matter declares title, date and author; the headline says otherwise. */
const declaringDoc = () =>
  parse(enc('---\ntitle: 前言标题\ndate: 2024-05-06\nauthor: 前言作者\n---\n\n# 正文标题\n\n王毅：各位记者朋友，上午好！\n'), { file: 'talk.md' }).doc;

describe('metadata model', () => {
  it('takes title, date and description from the document where it states them', () => {
    const meta = resolveMetadata(exampleDoc(), {}, {});
    expect(meta.title).toBe('王毅就中国外交政策和对外关系回答中外记者提问');
    expect(meta.date).toBe('2026-03-08');
    expect(meta.modified).toBe('2026-03-08T00:00:00Z');
    expect(meta.description).toBe('你面前的世界乱象丛生，你身后的祖国稳如泰山');
    expect(meta.kicker).toBe('2026年全国两会特别报道');
    expect(meta.lang).toBe('zh-Hans');
  });

  it('falls back to options, then SOURCE_DATE_EPOCH, then no date (the files alone carry a fixed one) — never the current time', () => {
    expect(resolveMetadata(bareDoc(), { config: { date: '2025-01-02' } }, { SOURCE_DATE_EPOCH: '0' }).date).toBe('2025-01-02');
    expect(resolveMetadata(bareDoc(), {}, { SOURCE_DATE_EPOCH: '1772928000' }).date).toBe('2026-03-08');
    const undated = resolveMetadata(bareDoc(), {}, {});
    expect([undated.date, undated.modified]).toEqual([undefined, `${DEFAULT_DATE}T00:00:00Z`]);
  });

  it('derives a stable identifier from title and date, unchanged by a fix in the body', () => {
    const a = resolveMetadata(exampleDoc(), {}, {});
    const fixed = parse(enc(readFileSync(example, 'utf8').replace('引心自省', '抚心自省'))).doc;
    expect(resolveMetadata(fixed, {}, {}).identifier).toBe(a.identifier);
    expect(a.identifier).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(resolveMetadata(exampleDoc(), { flags: { identifier: 'isbn:978-7-0000-0000-0' } }, {}).identifier).toBe('isbn:978-7-0000-0000-0');
  });

  it('gives untitled books different identifiers, from their text', () => {
    const untitled = (text: string) => resolveMetadata(parse(enc(text)).doc, {}, {});
    const [a, b] = [untitled('甲：今天天气很好，我们出去走走吧。'), untitled('乙：明天会下雨，记得带伞出门。')];
    expect(a.title).toBe(b.title);
    expect(a.identifier).not.toBe(b.identifier);
  });

  it('a title or date stated by front matter, a flag or the config settles the guess its warning was about', () => {
    const text = '江城日报\n2026年3月5日\n\n本报讯 市住建局今天介绍了老旧小区改造的进展。\n';
    const codes = (input: string, layers = {}) => {
      const { doc, warnings } = parse(enc(input));
      return unsettled(warnings, resolveMetadataWithSources(doc, layers, {}).sources).map((w) => w.code);
    };
    expect(codes(text)).toContain('title-uncertain');
    expect(codes(`---\ntitle: 老旧小区改造进展\n---\n${text}`)).not.toContain('title-uncertain');
    expect(codes(text, { flags: { title: '老旧小区改造进展' } })).not.toContain('title-uncertain');
    expect(codes(text, { config: { title: '老旧小区改造进展' } })).not.toContain('title-uncertain');
  });

  it('warns when the first heading stands in for a missing headline (title-from-heading); a headline or a given title settles it', () => {
    const codes = (input: string, layers = {}) => {
      const { doc } = parse(enc(input));
      const { meta, sources } = resolveMetadataWithSources(doc, layers, {});
      return [meta.title, defaultedWarnings(meta, sources, doc).map((w) => w.code).filter((c) => c.startsWith('title'))];
    };
    const sectionOnly = '（一）关于智能驾驶\n\n问：什么时候推送？\n\n答：明年。\n\n问：价格呢？\n\n答：不变。\n';
    expect(codes(sectionOnly)).toEqual(['（一）关于智能驾驶', ['title-from-heading']]);
    expect(codes(sectionOnly, { flags: { title: '专访李明远' } })).toEqual(['专访李明远', []]);
    expect(codes(`远航汽车专访实录\n\n${sectionOnly}`)).toEqual(['远航汽车专访实录', []]);
    expect(codes('问：什么时候推送？\n\n答：明年。\n\n问：价格呢？\n\n答：不变。\n')).toEqual(['无标题', ['title-missing']]);
    // In the document's script: Traditional Chinese, English.
    expect(codes('問：甚麼時候推送？\n\n答：明年。這個問題很重要，我們會說明。\n\n問：價格呢？\n\n答：不變。\n')).toEqual(['無標題', ['title-missing']]);
    expect([defaultTitle('zh-Hant-HK'), defaultTitle('en'), defaultTitle('zh-Hans')]).toEqual(['無標題', 'Untitled', '无标题']);
  });

  it('adds a region to the language tag on request', () => {
    expect(resolveMetadata(exampleDoc(), { flags: { region: 'CN' } }, {}).lang).toBe('zh-Hans-CN');
    expect(resolveMetadata(exampleDoc(), { config: { region: 'SG' } }, {}).lang).toBe('zh-Hans-SG');
  });
});

describe('metadata precedence: defaults < recognised in the text < config file < front matter < flags', () => {
  it('defaults when nothing gives a value', () => {
    const { meta, sources } = resolveMetadataWithSources(parse(enc('各位记者朋友，上午好！今天的发布会到此结束。')).doc, {}, {});
    expect([meta.title, meta.date]).toEqual(['无标题', undefined]);
    // huozi is the tool, not the publisher: no publisher nor author is invented.
    expect([meta.publisher, meta.author]).toEqual([undefined, undefined]);
    expect(sources).toMatchObject({ title: 'default', date: 'default', publisher: 'default', author: 'default' });
  });

  it('what huozi recognised in the text beats the defaults', () => {
    const { meta, sources } = resolveMetadataWithSources(exampleDoc(), {}, {});
    expect(meta.title).toBe('王毅就中国外交政策和对外关系回答中外记者提问');
    expect(sources).toMatchObject({ title: 'text', date: 'text' });
  });

  it('the config file beats what was recognised in the text', () => {
    const { meta, sources } = resolveMetadataWithSources(exampleDoc(), { config: { title: '配置标题', date: '2020-01-01', publisher: '配置社' } }, {});
    expect([meta.title, meta.date, meta.publisher, meta.author]).toEqual(['配置标题', '2020-01-01', '配置社', '配置社']);
    expect(sources).toMatchObject({ title: 'config', date: 'config', publisher: 'config', author: 'default' });
  });

  it('what front matter declares beats the config file', () => {
    const { meta, sources } = resolveMetadataWithSources(declaringDoc(), { config: { title: '配置标题', date: '2020-01-01', author: '配置作者' } }, {});
    expect([meta.title, meta.date, meta.author]).toEqual(['前言标题', '2024-05-06', '前言作者']);
    expect(sources).toMatchObject({ title: 'declared', date: 'declared', author: 'declared' });
  });

  it('flags (CLI or API options) beat the document, so --title corrects a title', () => {
    const layers = { config: { title: '配置标题' }, flags: { title: '改正的标题', date: '2023-03-03', author: '旗标作者' } };
    const { meta, sources } = resolveMetadataWithSources(declaringDoc(), layers, {});
    expect([meta.title, meta.date, meta.author]).toEqual(['改正的标题', '2023-03-03', '旗标作者']);
    expect(sources).toMatchObject({ title: 'flag', date: 'flag', author: 'flag' });
    expect(resolveMetadata(exampleDoc(), { flags: { title: '改正的标题' } }, {}).title).toBe('改正的标题');
  });
});
