/**
 * The cover drawn from the book's own fonts (src/render/epub/cover.ts, embedded-fonts.ts): the book's cut is asked to
 * draw the cover's words, a cover drawn from it is the cover drawn from cuts of its own, and where the book's cut
 * lacks a character of the cover the cover is cut for alone.
 */
import { describe, expect, it } from 'vitest';
import { resolveMetadata } from '../../../src/metadata.js';
import { coverFaces, renderCover } from '../../../src/render/epub/cover.js';
import { embeddedFonts } from '../../../src/render/epub/embedded-fonts.js';
import { outlinesOf } from '../../../src/render/epub/outlines.js';
import { createTemplates } from '../../../src/render/templates.js';
import { subsetFaces } from '../../../src/fonts.js';
import { parse } from '../../../src/source/parse.js';

const template = createTemplates().page('epub', 'cover.svg');
const text = { kicker: '活字特刊', headline: '新闻发布会实录', deck: '“排版之道”', footer: '活字出版社　2026年3月8日' };
const { doc } = parse(new TextEncoder().encode('记者：有何安排？\n\n发言人：正在推进。'), { file: 'talk.txt' });
/** Paths drawn in the cover: one definition per distinct glyph. */
const glyphDefs = (svg: string) => svg.match(/<path id="g\d+"/g)?.length ?? 0;

describe('epub cover: drawn from the book\'s fonts', () => {
  it('the book\'s fonts are cut to the cover\'s words too (control: without them the kicker\'s bold is missing)', async () => {
    const meta = resolveMetadata(doc);
    const bold = async (also: Parameters<typeof embeddedFonts>[4]) => {
      const files = await embeddedFonts(doc, meta, '', true, also).files;
      return outlinesOf(files).draws({ role: 'sans', weight: '700' }, text.kicker);
    };
    expect(await bold(coverFaces(text))).toBe(true);
    expect(await bold([])).toBe(false);
  });

  it('is the same drawing as from cuts of its own', async () => {
    const files = await embeddedFonts(doc, resolveMetadata(doc), '', true, coverFaces(text)).files;
    const fromBook = await renderCover(text, 'zh-Hans', template, files);
    expect(fromBook).toBe(await renderCover(text, 'zh-Hans', template));
    expect(glyphDefs(fromBook)).toBeGreaterThan(15);
  });

  it('where the book\'s cut lacks a character of the cover, the cover is cut for alone and draws it (control: drawn from the book\'s cut, it is missing)', async () => {
    // A book whose bold sans lacks 录: its cut is of the headline without it.
    const { files } = await subsetFaces('zh-Hans', coverFaces({ ...text, headline: '新闻发布会实' }).map(([face, words]) => ({ ...face, text: words })), '', 'truetype');
    const cover = await renderCover(text, 'zh-Hans', template, files);
    expect(cover).toBe(await renderCover(text, 'zh-Hans', template));
    expect(outlinesOf(files).glyphs({ role: 'sans', weight: '700' }, '录')[0]!.path).toBe('');
  });
});
