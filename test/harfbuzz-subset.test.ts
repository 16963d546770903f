/**
 * harfbuzz's subsetter with the open font's face kept (src/harfbuzz-subset.ts): runs of cuts of one font read and
 * open it once, a cut is the same whether its face was open or opened for it, and a file that is not a font fails
 * with a reason naming it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { faceFile } from '../src/fonts.js';
import { type FontFile, harfbuzzSubset } from '../src/harfbuzz-subset.js';
import { projectPath } from '../src/paths.js';

const wasm = readFileSync(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
const serif = faceFile('serif', '400', 'zh-Hans');
const kai = faceFile('kai', '400', 'zh-Hans');

/** A subsetter and the files it was made to read. */
const counted = () => {
  const reads: string[] = [];
  const harfbuzz = harfbuzzSubset(wasm);
  const open = (file: string): FontFile => {
    const bytes = readFileSync(file);
    return { bytes: bytes.byteLength, readInto: (target) => (reads.push(file), target.set(bytes)) };
  };
  const cut = (file: string, text: string) => harfbuzz.cut(file, () => open(file), text);
  return { reads, cut, harfbuzz };
};

describe('harfbuzzSubset', () => {
  it('reads a font once for a run of its cuts, and again once another font was cut (control)', () => {
    const { reads, cut, harfbuzz } = counted();
    cut(serif, '活字');
    cut(serif, '排版');
    cut(serif, '新闻发布会');
    expect(reads).toEqual([serif]);
    expect(harfbuzz.openFile()).toBe(serif);
    cut(kai, '活字');
    cut(serif, '活字');
    expect(reads).toEqual([serif, kai, serif]);
  });

  it('cuts the same bytes from an open face as from a face opened for the cut', () => {
    const text = '各位记者朋友，上午好！“排版之道”——2026年';
    const fresh = counted().cut(serif, text);
    const { cut } = counted();
    cut(serif, '先切一次');
    const reused = cut(serif, text);
    expect(Buffer.from(reused)).toEqual(Buffer.from(fresh));
    const font = fontkit.create(Buffer.from(reused));
    for (const char of text) expect(font.hasGlyphForCodePoint(char.codePointAt(0)!)).toBe(true);
    expect(font.hasGlyphForCodePoint('中'.codePointAt(0)!)).toBe(false);
  });

  it('fails on a file that is not a font, naming it; the next font is cut as usual', () => {
    const { cut } = counted();
    const notFont = projectPath('package.json');
    expect(() => cut(notFont, 'abc')).toThrow(`harfbuzz could not cut ${notFont}: not a font it can read`);
    expect(fontkit.create(Buffer.from(cut(serif, '字'))).hasGlyphForCodePoint('字'.codePointAt(0)!)).toBe(true);
  });
});
