/**
 * Which font draws each character (src/fonts.ts): a character the face draws
 * with the glyph of another character of the text is drawn by a fallback,
 * so that each glyph of a font program stands for one character.
 */
import { describe, expect, it } from 'vitest';
import { subsetFaces } from '../src/fonts.js';

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
