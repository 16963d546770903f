import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATE, resolveMetadata } from '../src/metadata.js';
import { parse } from '../src/source/parse.js';
import { example } from './support/paths.js';

const enc = (s: string) => new TextEncoder().encode(s);
const exampleDoc = () => parse(readFileSync(example)).doc;
/** A transcript that states no title and no date. */
const bareDoc = () => parse(enc('王毅：各位记者朋友，上午好！\n\n新华社记者：请问今年的重点是什么？\n\n王毅：谢谢你的提问。')).doc;

describe('metadata model', () => {
  it('takes title, date and description from the document where it states them', () => {
    const meta = resolveMetadata(exampleDoc(), { title: 'ignored', date: '1999-09-09' }, {});
    expect(meta.title).toBe('王毅就中国外交政策和对外关系回答中外记者提问');
    expect(meta.date).toBe('2026-03-08');
    expect(meta.modified).toBe('2026-03-08T00:00:00Z');
    expect(meta.description).toBe('你面前的世界乱象丛生，你身后的祖国稳如泰山');
    expect(meta.kicker).toBe('2026年全国两会特别报道');
    expect(meta.lang).toBe('zh-Hans');
  });

  it('falls back to options, then SOURCE_DATE_EPOCH, then the fixed default — never the current time', () => {
    expect(resolveMetadata(bareDoc(), { date: '2025-01-02' }, { SOURCE_DATE_EPOCH: '0' }).date).toBe('2025-01-02');
    expect(resolveMetadata(bareDoc(), {}, { SOURCE_DATE_EPOCH: '1772928000' }).date).toBe('2026-03-08');
    expect(resolveMetadata(bareDoc(), {}, {}).date).toBe(DEFAULT_DATE);
  });

  it('derives a stable identifier from title and date, unchanged by a fix in the body', () => {
    const a = resolveMetadata(exampleDoc(), {}, {});
    const fixed = parse(enc(readFileSync(example, 'utf8').replace('引心自省', '抚心自省'))).doc;
    expect(resolveMetadata(fixed, {}, {}).identifier).toBe(a.identifier);
    expect(a.identifier).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(resolveMetadata(exampleDoc(), { identifier: 'isbn:978-7-0000-0000-0' }, {}).identifier).toBe('isbn:978-7-0000-0000-0');
  });

  it('adds a region to the language tag on request', () => {
    expect(resolveMetadata(exampleDoc(), { region: 'CN' }, {}).lang).toBe('zh-Hans-CN');
  });
});
