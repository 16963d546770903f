/**
 * Fonts cut in a thread of their own (src/font-cut.ts): the cut is a TrueType file drawing the text, a file harfbuzz
 * cannot read fails with its reason, and the thread's memory (harfbuzz's WebAssembly memory, the font files it read)
 * leaves the process once it has been idle for IDLE_MS.
 */
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { cutInThread, IDLE_MS } from '../src/font-cut.js';
import { faceFile, FALLBACKS } from '../src/fonts.js';
import { projectPath } from '../src/paths.js';

const rssMb = () => process.memoryUsage().rss / 1e6;
const TEXT = '活字排版新闻发布会';

describe('font-cut: harfbuzz in its own thread', () => {
  it('cuts a face to the characters of a text, as TrueType', async () => {
    const cut = fontkit.create(Buffer.from(await cutInThread(faceFile('serif', '400', 'zh-Hans'), TEXT)));
    for (const char of TEXT) expect(cut.hasGlyphForCodePoint(char.codePointAt(0)!)).toBe(true);
    expect(cut.hasGlyphForCodePoint('中'.codePointAt(0)!)).toBe(false);
    expect(cut.numGlyphs).toBeLessThan(20);
  });

  it('serves the cuts of the font it has open first, whatever order they were asked in', async () => {
    const serif = faceFile('serif', '400', 'zh-Hans');
    const kai = faceFile('kai', '400', 'zh-Hans');
    const answered: string[] = [];
    const ask = (file: string, tag: string) => cutInThread(file, TEXT).then(() => answered.push(tag));
    await Promise.all([ask(serif, 'serif 1'), ask(kai, 'kai 1'), ask(serif, 'serif 2'), ask(kai, 'kai 2')]);
    expect(answered).toEqual(['serif 1', 'serif 2', 'kai 1', 'kai 2']);
  });

  it('a file that is not a font fails with harfbuzz\'s reason', async () => {
    await expect(cutInThread(projectPath('package.json'), 'abc')).rejects.toThrow(/harfbuzz could not cut .*package.json: not a font it can read/);
  });

  it('gives its memory back once idle: the process shrinks when the thread ends (control: just before it ends)', async () => {
    const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    await cutInThread(faceFile('serif', '400', 'zh-Hans'), TEXT);
    await cutInThread(FALLBACKS.find((f) => f.name === 'hanamin-b')!.file, '𠀀');
    await wait(IDLE_MS - 500);
    const idle = rssMb();
    await wait(1500);
    // Measured in a plain process: 231 MB while idle, 75 MB once the thread ended.
    expect(idle - rssMb()).toBeGreaterThan(50);
  });
});
