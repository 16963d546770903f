/** font-cache.ts: a cut is made once and read back; another text or format is cut again; a cache that cannot be written is passed over. */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedCut } from '../src/font-cache.js';
import { cutInThread } from '../src/font-cut.js';
import { faceFile } from '../src/fonts.js';
import { tempDir } from './support/temp.js';

const font = faceFile('serif', '400', 'zh-Hans');
let saved: string | undefined;
let dir: string;
beforeEach(() => {
  saved = process.env.HUOZI_CACHE_DIR;
  dir = join(tempDir('font-cache'), 'cache');
  process.env.HUOZI_CACHE_DIR = dir;
});
afterEach(() => {
  if (saved === undefined) delete process.env.HUOZI_CACHE_DIR;
  else process.env.HUOZI_CACHE_DIR = saved;
});

/** The real cut (harfbuzz in the cutter's thread), counting its calls. */
const counting = () => {
  const calls: string[] = [];
  const cut = (text: string) => () => (calls.push(text), cutInThread(font, text));
  return { calls, cut };
};

describe('cachedCut', () => {
  it('cuts once, then reads the same bytes back from the cache folder', async () => {
    const { calls, cut } = counting();
    const first = await cachedCut(font, '中文', 'sfnt', cut('中文'));
    const again = await cachedCut(font, '中文', 'sfnt', cut('中文'));
    expect(calls).toEqual(['中文']);
    expect(Buffer.from(again)).toEqual(Buffer.from(first));
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('cuts again for another text or another format (control)', async () => {
    const { calls, cut } = counting();
    await cachedCut(font, '中文', 'sfnt', cut('中文'));
    await cachedCut(font, '中文字', 'sfnt', cut('中文字'));
    await cachedCut(font, '中文', 'woff', cut('中文'));
    expect(calls).toEqual(['中文', '中文字', '中文']);
  });

  it('passes over a cache folder it cannot write: the cut is returned, no error', async () => {
    const blocked = join(tempDir('font-cache-blocked'), 'a-file');
    writeFileSync(blocked, 'not a folder');
    process.env.HUOZI_CACHE_DIR = blocked;
    const { calls, cut } = counting();
    const first = await cachedCut(font, '中', 'sfnt', cut('中'));
    const again = await cachedCut(font, '中', 'sfnt', cut('中'));
    expect(Buffer.from(again)).toEqual(Buffer.from(first));
    expect(first.byteLength).toBeGreaterThan(100);
    expect(calls).toEqual(['中', '中']);
  });
});
