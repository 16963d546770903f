/**
 * Bytes → text: every encoding a newsroom file arrives in is detected without
 * flags, and every kind of bad input is refused with its own one-line message.
 * Legacy-encoded bytes are made by Debian's iconv from UTF-8 text, in the test.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { ExitCode, HuoziError } from '../../src/errors.js';
import { decode } from '../../src/source/decode.js';
import { parse } from '../../src/source/parse.js';
import { testBrowser } from '../support/browser.js';

const SIMPLIFIED = '本报讯 记者从市交通运输局获悉，今年一季度全市公共交通客运量同比增长百分之十二。\n\n局长：我们将继续优化线路，方便群众出行。';
const TRADITIONAL = '本報訊 記者從市交通運輸局獲悉，今年第一季全市大眾運輸運量較去年同期成長百分之十二。\n\n局長：我們將繼續優化路線，方便民眾出行。';

const iconv = (text: string, to: string): Buffer => {
  const r = spawnSync('iconv', ['-f', 'utf-8', '-t', to], { input: text });
  if (r.status !== 0) throw new Error(`iconv to ${to} failed: ${r.stderr}`);
  return r.stdout;
};

/** The error parse throws for these bytes (fails the test if it returns). */
const refusal = (bytes: Uint8Array, options = {}): HuoziError => {
  try {
    parse(bytes, { file: 'in.txt', ...options });
  } catch (e) {
    expect(e).toBeInstanceOf(HuoziError);
    return e as HuoziError;
  }
  throw new Error('parse accepted the input');
};

const textOf = (bytes: Uint8Array, options = {}) => {
  const r = parse(bytes, { file: 'in.txt', ...options });
  return { text: toString(r.doc), encoding: r.encoding, lang: r.doc.data.lang };
};

describe('decode: encodings detected without flags', () => {
  it.each([
    ['UTF-8', Buffer.from(SIMPLIFIED), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SIMPLIFIED)]), 'utf-8'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SIMPLIFIED, 'utf16le')]), 'utf-16le'],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SIMPLIFIED, 'utf16le').swap16()]), 'utf-16be'],
    ['UTF-16 LE without a BOM (a Windows "Unicode" save)', Buffer.from(SIMPLIFIED, 'utf16le'), 'utf-16le'],
    ['UTF-16 BE without a BOM', Buffer.from(SIMPLIFIED, 'utf16le').swap16(), 'utf-16be'],
    ['GB18030', iconv(SIMPLIFIED, 'gb18030'), 'gb18030'],
    ['GBK', iconv(SIMPLIFIED, 'gbk'), 'gb18030'],
  ])('%s', (_, bytes, encoding) => {
    const r = textOf(bytes);
    expect(r.encoding).toBe(encoding);
    expect(r.text).toBe(textOf(Buffer.from(SIMPLIFIED)).text);
    expect(r.text).not.toContain('\uFEFF');
    expect(r.lang).toBe('zh-Hans');
  });

  it('Big5 Traditional Chinese', () => {
    const r = textOf(iconv(TRADITIONAL, 'big5'));
    expect(r.encoding).toBe('big5');
    expect(r.text).toBe(textOf(Buffer.from(TRADITIONAL)).text);
    expect(r.lang).toBe('zh-Hant');
  });

  it('--encoding overrides detection, and an unknown label is an input error', () => {
    expect(textOf(iconv(SIMPLIFIED, 'gbk'), { encoding: 'gbk' }).text).toBe(textOf(Buffer.from(SIMPLIFIED)).text);
    const e = refusal(Buffer.from(SIMPLIFIED), { encoding: 'klingon' });
    expect(e.code).toBe(ExitCode.badInput);
    expect(e.message).toMatch(/^unknown encoding "klingon"/);
  });

  it('--encoding naming the wrong encoding says what the bytes read as without it; of unreadable bytes, only that they are not valid', () => {
    expect(refusal(Buffer.from(SIMPLIFIED), { encoding: 'big5' }).message).toBe('the bytes are not valid big5 (they read as utf-8: leave out --encoding)');
    expect(refusal(iconv(SIMPLIFIED, 'gbk'), { encoding: 'big5' }).message).toBe('the bytes are not valid big5 (they read as gb18030: leave out --encoding)');
    // Control: bytes no encoding reads get no hint.
    expect(refusal(Buffer.from([0xff, 0xfe, 0x00, 0xd8]), { encoding: 'utf-8' }).message).toBe('the bytes are not valid utf-8');
  });

  it('--encoding naming an encoding that reads the bytes, wrongly, warns with what they read as without it (encoding-doubt)', () => {
    const doubts = (bytes: Uint8Array, encoding: string) =>
      parse(bytes, { file: 'in.txt', encoding }).warnings.filter((w) => w.code === 'encoding-doubt').map((w) => w.message);
    const big5 = iconv(TRADITIONAL.repeat(4), 'big5');
    expect(doubts(big5, 'gbk')).toEqual(['read as gbk, as --encoding says, but the bytes read as big5 without it; if the text shows wrong characters, leave out --encoding']);
    // Controls: the encoding found, and GBK named for bytes found to be GB18030 (it reads them alike), are no doubt.
    expect(doubts(big5, 'big5')).toEqual([]);
    expect(doubts(iconv(SIMPLIFIED, 'gbk'), 'gbk')).toEqual([]);
  });

  it('--encoding takes a WHATWG label of a Chinese encoding, and refuses a single-byte encoding that would give mojibake', () => {
    expect(textOf(iconv(SIMPLIFIED, 'gbk'), { encoding: 'gb2312' }).encoding).toBe('gbk');
    const e = refusal(Buffer.from(SIMPLIFIED), { encoding: 'windows-1252' });
    expect(e.code).toBe(ExitCode.badInput);
    expect(e.message).toMatch(/^huozi does not read the encoding "windows-1252" \(use one of utf-8/);
  });

  it('CR, LF and CRLF line endings give the same text', () => {
    const lf = textOf(Buffer.from(SIMPLIFIED)).text;
    expect(textOf(Buffer.from(SIMPLIFIED.replace(/\n/g, '\r\n'))).text).toBe(lf);
    expect(textOf(Buffer.from(SIMPLIFIED.replace(/\n/g, '\r'))).text).toBe(lf);
  });
});

describe('decode: bad input, each with its own one-line message and the input-error code', () => {
  const utf8 = Buffer.from(SIMPLIFIED);
  it.each([
    ['empty', Buffer.alloc(0), 'the file is empty'],
    ['whitespace only, with U+3000', Buffer.from(' \n\u3000\u3000\t\r\n'), 'the file holds only whitespace, no text'],
    ['a BOM only', Buffer.from([0xef, 0xbb, 0xbf]), 'the file holds only a byte-order mark and no text'],
    ['a UTF-16 BOM only', Buffer.from([0xff, 0xfe]), 'the file holds only a byte-order mark and no text'],
    ['binary (a PNG header)', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'this is binary data, not a text transcript'],
    ['binary with NUL bytes on one side that decodes to control characters (control)', Buffer.from([0x01, 0, 0x02, 0, 0x03, 0, 0x04, 0, 0x41, 0]), 'this is binary data, not a text transcript'],
  ])('%s', (_, bytes, message) => {
    const e = refusal(bytes);
    expect(e.message).toBe(message);
    expect(e.code).toBe(ExitCode.badInput);
  });

  it('damaged UTF-8 is reported with the byte offset of the first bad sequence, never re-read as GB18030', () => {
    const at = utf8.indexOf(Buffer.from('全市'));
    // A character cut to its first two bytes, as a truncated copy leaves it.
    const damaged = Buffer.concat([utf8.subarray(0, at), Buffer.from([0xe5, 0x85]), utf8.subarray(at + 3)]);
    const e = refusal(damaged);
    expect(e.message).toBe(`damaged UTF-8: invalid or truncated byte sequence at byte offset ${at} (1 bad sequence)`);
    expect(refusal(Buffer.concat([utf8, Buffer.from([0xe4, 0xb8])])).message).toMatch(new RegExp(`offset ${utf8.length} `));
  });

  it('a short damaged UTF-8 text, too short for the ratio, is damaged UTF-8 too when no legacy encoding reads it', () => {
    const short = Buffer.concat([Buffer.from('中文'), Buffer.from([0xff, 0xfe]), Buffer.from('正文。')]);
    expect(refusal(short).message).toBe('damaged UTF-8: invalid or truncated byte sequence at byte offset 6 (2 bad sequences)');
  });

  it('Latin-1 text is refused, not decoded as GB18030 mojibake', () => {
    const e = refusal(iconv('Le café est très bon. Déjà vu à Paris, élève.', 'latin1'));
    expect(e.message).toBe('not text in a known encoding (tried UTF-8, GB18030, Big5); name it with --encoding');
  });

  it('messages are one line', () => {
    for (const bytes of [Buffer.alloc(0), Buffer.from([0, 1, 2, 3]), Buffer.concat([utf8, Buffer.from([0xff])])]) {
      expect(refusal(bytes).message).not.toMatch(/\n/);
    }
  });
});

describe('clean: what is removed is reported', () => {
  it('controls, bidi overrides, zero-width characters and lone surrogates leave the text with a warning each', () => {
    const r = parse(Buffer.from('记者\u200B：请问\u202E今天\u0007的安排？\n\n发言人：今天\uFEFF没有安排。'), { file: 'in.txt' });
    expect(toString(r.doc)).not.toMatch(/[\u200B\u202E\u0007\uFEFF]/u);
    expect(r.warnings.map((w) => w.code).sort()).toEqual(['bidi-control', 'invalid-character', 'zero-width']);
    // Each names the lines it was found on, CRLF line ends counted as one.
    expect(r.warnings.find((w) => w.code === 'zero-width')).toMatchObject({ line: 1, message: 'removed 2 zero-width characters (U+200B, U+FEFF) on lines 1, 3' });
    const many = parse(Buffer.from(Array.from({ length: 7 }, (_, i) => `第${i + 1}行\u200B。`).join('\r\n')), { file: 'in.txt' });
    expect(many.warnings.find((w) => w.code === 'zero-width')?.message).toBe('removed 7 zero-width characters (U+200B) on lines 1, 2, 3, 4, 5 and 2 more');
  });

  it('keeps the zero-width joiner of an emoji sequence whole (👨‍👩‍👧, 👍🏽‍👍) and removes one between Han or Latin letters (control)', () => {
    const family = '👨\u200D👩\u200D👧';
    const kept = parse(Buffer.from(`记者：家庭${family}与👍🏽\u200D👍如何？`), { file: 'in.txt' });
    expect(toString(kept.doc)).toContain(family);
    expect(toString(kept.doc)).toContain('👍🏽\u200D👍');
    expect(kept.warnings.map((w) => w.code)).not.toContain('zero-width');
    const removed = parse(Buffer.from('记者：中\u200D文与a\u200Db，还有\u200D👨？'), { file: 'in.txt' });
    expect(toString(removed.doc)).not.toContain('\u200D');
    expect(removed.warnings.find((w) => w.code === 'zero-width')?.message).toBe('removed 3 zero-width characters (U+200D) on line 1');
  });
});

describe('decode: the current WHATWG Encoding Standard, whatever ICU the runtime has', () => {
  afterAll(() => testBrowser.close());
  const codePoints = (text: string) => [...text].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`);
  const pua = (text: string) => [...text].filter((c) => /\p{Co}/u.test(c));

  it('GB18030-2022: the 18 two-byte codes moved out of the Private Use Area decode to their characters', () => {
    // Vertical forms (0xA6D9…) and the eight components (0xFE59…): real bytes from Debian's iconv.
    const text = '竖排标点︐︑︒︓︔︕︖︗︘︙，部件龴龵龶龷龸龹龺龻。';
    const bytes = iconv(text, 'GB18030');
    expect(bytes.subarray(8, 10).toString('hex')).toBe('a6d9');
    expect(decode(bytes, 'in.txt', 'gb18030').text).toBe(text);
    expect(pua(decode(bytes, 'in.txt').text)).toEqual([]);
  });

  it('GB18030: the six codes the 2022 edition dropped as duplicates stay where the standard maps them (PUA)', () => {
    // 0xFE51 0xFE52 0xFE53 0xFE6C 0xFE76 0xFE91: the WHATWG index keeps U+E816… (their characters have four-byte codes).
    const bytes = Buffer.from('fe51fe52fe53fe6cfe76fe91', 'hex');
    expect(codePoints(decode(bytes, 'in.txt', 'gb18030').text)).toEqual(['U+E816', 'U+E817', 'U+E818', 'U+E831', 'U+E83B', 'U+E855']);
  });

  it('Big5 with the Hong Kong (HKSCS) characters the standard maps, detected without flags; Node\'s own big5 would give PUA', () => {
    const text = '佢哋嚟咗，啱啱搭𨋢上樓，講嘅嘢好多。記者從市交通運輸局獲悉，今年第一季全市大眾運輸運量較去年同期成長。';
    const bytes = iconv(text, 'BIG5-HKSCS');
    expect(decode(bytes, 'in.txt', 'big5').text).toBe(text);
    expect(decode(bytes, 'in.txt')).toEqual({ text, encoding: 'big5' });
    // Negative control: the runtime's ICU decoder turns 哋 嚟 咗 啱 𨋢 嘅 嘢 into Private Use code points.
    expect(pua(new globalThis.TextDecoder('big5').decode(bytes)).length).toBeGreaterThanOrEqual(7);
  });

  it('every two-byte GB18030 and Big5 sequence decodes as Chromium\'s TextDecoder does (the standard\'s four Big5 pairs as the standard says)', async () => {
    const pairs: number[][] = [];
    for (let lead = 0x81; lead <= 0xfe; lead++) for (let trail = 0x30; trail <= 0xfe; trail++) pairs.push([lead, trail]);
    const page = await (await testBrowser.get()).newPage();
    try {
      for (const encoding of ['gb18030', 'big5']) {
        const ours = pairs.map((p) => {
          try {
            return decode(Uint8Array.from(p), 'in.txt', encoding).text;
          } catch {
            return null;
          }
        });
        const chromium = await page.evaluate(
          (enc, all) => all.map((p) => { try { return new TextDecoder(enc, { fatal: true }).decode(new Uint8Array(p)); } catch { return null; } }),
          encoding,
          pairs,
        );
        const differ = pairs.flatMap((p, i) => (ours[i] === chromium[i] ? [] : [[Buffer.from(p).toString('hex'), ours[i]]]));
        // Big5 pointers 1133, 1135, 1164, 1166 decode to two code points each (Encoding Standard, big5 decoder).
        const pairsOfTwo = encoding === 'big5' ? [['8862', 'Ê̄'], ['8864', 'Ê̌'], ['88a3', 'ê̄'], ['88a5', 'ê̌']] : [];
        expect(differ, encoding).toEqual(pairsOfTwo);
        expect(ours.filter((t) => t !== null).length, encoding).toBeGreaterThan(encoding === 'big5' ? 18_000 : 23_000);
      }
    } finally {
      await page.close();
    }
  });
});
