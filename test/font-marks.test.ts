/**
 * Centred marks in a zh-Hant edition's Kai (src/font-marks.ts), read from the real cuts of LXGW WenKai with fontkit:
 * each pause and stop's ink is centred on its advance (，。、：； also on the em box), every other glyph and table is
 * as the mainland cut has it (control: the zh-Hans cut keeps ， in the lower left).
 */
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { TAIWAN_MARKS } from '../src/font-marks.js';
import { subsetFaces } from '../src/fonts.js';

const TEXT = `請問部長，國土計畫何時公告？今年、明年：都要；好！。${TAIWAN_MARKS}中`;

interface Ink {
  cx: number;
  cy: number;
  advance: number;
  commands: number;
}

/** The Kai cut a zh-Hans or zh-Hant edition embeds, each character's ink centre, advance and outline commands. */
async function kaiCut(lang: 'zh-Hans' | 'zh-Hant'): Promise<{ ink: (char: string) => Ink; tables: Record<string, unknown>; bytes: Buffer }> {
  const { files } = await subsetFaces(lang, [{ role: 'kai', weight: '400', text: TEXT }], '', 'truetype');
  const bytes = Buffer.from(files.find((f) => f.name === 'kai-400.ttf')!.data);
  const font = fontkit.create(bytes) as unknown as {
    glyphForCodePoint(cp: number): { bbox: { minX: number; minY: number; maxX: number; maxY: number }; advanceWidth: number; path: { commands: unknown[] } };
    directory: { tables: Record<string, unknown> };
  };
  const ink = (char: string): Ink => {
    const g = font.glyphForCodePoint(char.codePointAt(0)!);
    return { cx: (g.bbox.minX + g.bbox.maxX) / 2, cy: (g.bbox.minY + g.bbox.maxY) / 2, advance: g.advanceWidth, commands: g.path.commands.length };
  };
  return { ink, tables: font.directory.tables, bytes };
}

describe('font marks: Taiwan forms of Kai', () => {
  it('centres each pause and stop on its advance, ，。、：； also on the ideographic em box; outlines and other glyphs unchanged', async () => {
    const [hant, hans] = await Promise.all([kaiCut('zh-Hant'), kaiCut('zh-Hans')]);
    // LXGW WenKai: 1000 units to the em, typo ascender 880, descender −120: the em box's centre is 380 up.
    for (const char of TAIWAN_MARKS) {
      const [tw, cn] = [hant.ink(char), hans.ink(char)];
      expect(Math.abs(tw.cx - tw.advance / 2), char).toBeLessThanOrEqual(1);
      if ('，。、：；'.includes(char)) expect(Math.abs(tw.cy - 380), char).toBeLessThanOrEqual(1);
      else expect(tw.cy, char).toBeCloseTo(cn.cy, 5);
      expect([tw.advance, tw.commands], char).toEqual([cn.advance, cn.commands]);
    }
    expect(hant.ink('中')).toEqual(hans.ink('中'));
    expect(Object.keys(hant.tables).sort()).toEqual(Object.keys(hans.tables).sort());
  });

  it('control: the zh-Hans cut keeps the mainland forms (， in the lower left of its em box)', async () => {
    const { ink } = await kaiCut('zh-Hans');
    expect(ink('，').cx).toBeLessThan(300);
    expect(ink('，').cy).toBeLessThan(100);
  });
});
