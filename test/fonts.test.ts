/**
 * Which font draws each character (src/fonts.ts): a character the face draws
 * with the glyph of another character of the text is drawn by a fallback,
 * so that each glyph of a font program stands for one character.
 */
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { cutFaces, FALLBACKS, faceFile, openFont, subsetFaces } from '../src/fonts.js';

/** The fallback files the face's rules name, and the code points each is given (its unicode-range). */
async function fallbackRanges(text: string): Promise<Record<string, string>> {
  const { css } = await subsetFaces('zh-Hans', [{ role: 'serif', weight: '400', text }], '', 'truetype');
  return Object.fromEntries([...css.matchAll(/url\('([\w-]+)\.ttf'\)[^;]*; unicode-range: ([^;]+);/g)].map((m) => [m[1]!, m[2]!]));
}

describe('fonts: one glyph, one character', () => {
  it('a radical sharing its glyph with its ideograph in the text is drawn by HanaMin A; the ideograph stays in the face', async () => {
    expect(await fallbackRanges('部首⻓与长，⽣与生')).toEqual({ 'hanamin-a': 'U+2ed3,U+2f63' });
  });

  it('control: a radical whose ideograph is not in the text stays in the face', async () => {
    expect(await fallbackRanges('部首⻓，⽣')).toEqual({});
  });

  it('the ideograph is kept even where the radical is the more frequent', async () => {
    expect(await fallbackRanges('⻓⻓⻓长')).toEqual({ 'hanamin-a': 'U+2ed3' });
  });
});

describe('fonts: the character map read alone', () => {
  /** Code points whose glyph (0: none) differs between two readings, over ASCII, CJK punctuation, the URO and Extension B's start. */
  const differing = (a: fontkit.Font, b: fontkit.Font) => {
    const ranges = [[0x20, 0x7e], [0x2e80, 0x303f], [0x4e00, 0x9fff], [0xff00, 0xffef], [0x20000, 0x20fff]] as const;
    const id = (f: fontkit.Font, cp: number) => (f.hasGlyphForCodePoint(cp) ? f.glyphForCodePoint(cp).id : 0);
    return ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i)).filter((cp) => id(a, cp) !== id(b, cp));
  };

  it.each([faceFile('serif', '400', 'zh-Hans'), faceFile('kai', '700', 'zh-Hant'), FALLBACKS[1]!.file])('%s: every character and glyph id as the whole file gives them', (file) => {
    expect(differing(openFont(file), fontkit.create(readFileSync(file)))).toEqual([]);
  });

  it('negative control: the Traditional face read whole differs from the Simplified one', () => {
    expect(differing(openFont(faceFile('serif', '400', 'zh-Hans')), fontkit.create(readFileSync(faceFile('serif', '400', 'zh-Hant')))).length).toBeGreaterThan(1000);
  });
});

describe('cutFaces: the rules at once, the files once cut', () => {
  it('names, before the cuts are made, the files they give, and its rules point at each of them', async () => {
    // Serif and sans faces and a fallback (HanaMin A draws the radical ⻓ beside 长).
    const cuts = cutFaces('zh-Hans', [{ role: 'serif', weight: '400', text: '部首⻓与长' }, { role: 'sans', weight: '700', text: '标题' }], 'fonts/', 'truetype');
    expect(cuts.names).toEqual(['serif-400.ttf', 'sans-700.ttf', 'hanamin-a.ttf']);
    for (const name of cuts.names) expect(cuts.css).toContain(`url('fonts/${name}')`);
    const files = await cuts.files;
    expect(files.map((f) => f.name)).toEqual(cuts.names);
    // Each a font program drawing its own characters.
    expect(fontkit.create(Buffer.from(files[2]!.data)).hasGlyphForCodePoint(0x2ed3)).toBe(true);
    expect(fontkit.create(Buffer.from(files[1]!.data)).hasGlyphForCodePoint('题'.codePointAt(0)!)).toBe(true);
  });
});
