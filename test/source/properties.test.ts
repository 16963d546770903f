/**
 * Whatever bytes arrive, the source stage either returns a document or throws
 * HuoziError with a one-line message — never another exception, never a hang.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { HuoziError } from '../../src/errors.js';
import { parse } from '../../src/source/parse.js';

/** True when parse returned an AST or refused the bytes the documented way. */
function behaves(bytes: Uint8Array): boolean {
  try {
    const { doc } = parse(bytes, { file: 'in.txt' });
    return doc.type === 'root' && Array.isArray(doc.children);
  } catch (e) {
    return e instanceof HuoziError && e.message.length > 0 && !e.message.includes('\n');
  }
}

/** Text made of what transcripts are made of: Han, full-width marks, ASCII, newlines, labels. */
const transcriptish = fc
  .array(
    fc.oneof(
      fc.constantFrom('王毅', '记者', '问：', '答：', '：', ':', '，', '。', '？', '“', '”', '《', '》', '\n', '\n\n', ' ', '\u3000', '一、', '（一）', '# ', '### ', '**', '【', '】', '<p>', '&amp;', '---\n', '1 谈', 'APEC', '(', ')', '...', '--', 'http://x.cn/a?b=1', '下载', '- ', '> ', '[^1]', '![图](a.png)'),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('properties: parse never fails any other way', () => {
  test.prop([fc.uint8Array({ maxLength: 2048 })], { numRuns: 300 })('random bytes', (bytes) => {
    expect(behaves(bytes)).toBe(true);
  });

  test.prop([fc.uint8Array({ min: 0x20, max: 0xff, maxLength: 2048 })], { numRuns: 300 })('random bytes without controls (the legacy-encoding path)', (bytes) => {
    expect(behaves(bytes)).toBe(true);
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 500 })], { numRuns: 300 })('random Unicode (any code point, lone surrogates included) as UTF-8', (s) => {
    expect(behaves(Buffer.from(s, 'utf8'))).toBe(true);
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 300 })], { numRuns: 200 })('random Unicode as UTF-16 LE with BOM', (s) => {
    expect(behaves(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]))).toBe(true);
  });

  test.prop([transcriptish], { numRuns: 400 })('random transcript-like text', (s) => {
    expect(behaves(Buffer.from(s, 'utf8'))).toBe(true);
  });

  test.prop([transcriptish], { numRuns: 100 })('random transcript-like text as a .md file', (s) => {
    try {
      parse(Buffer.from(s, 'utf8'), { file: 'in.md' });
    } catch (e) {
      expect(e).toBeInstanceOf(HuoziError);
    }
  });

  it('detection finishes on large input: 8 MB of high bytes, 8 MB of damaged UTF-8', () => {
    const high = Buffer.alloc(8 * 1024 * 1024);
    for (let i = 0; i < high.length; i++) high[i] = 0x81 + ((i * 7919) % 0x7e);
    expect(behaves(high)).toBe(true);
    const damaged = Buffer.from('新闻发布会实录。'.repeat(350_000));
    damaged[damaged.length - 2] = 0xff;
    expect(behaves(damaged)).toBe(true);
  });
});
