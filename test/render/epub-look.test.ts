/**
 * The book as a reading system shows it: the example unpacked and opened in
 * Chromium at an e-reader size (600×800 CSS px). The cover and the first
 * topic are compared with PNGs in test/golden/epub/ (shown in the README); the
 * assertions are about what a reader sees: the cover drawn, the embedded
 * faces used, no sideways scrolling, and the layout still right when the
 * reading system overrides font and size.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../support/browser.js';
import { output } from '../support/outputs.js';
import { compareWithGolden } from '../support/golden.js';
import { tmp } from '../support/paths.js';
import { withPage } from './html/open-page.js';
import { type Book, readBook } from './epub/read-book.js';

const VIEW = { width: 600, height: 800 };
const unpacked = join(tmp, 'epub-look');
let book: Book;

beforeAll(async () => {
  book = await readBook(output('press-conference', 'epub'));
  rmSync(unpacked, { recursive: true, force: true });
  for (const entry of book.entries) {
    mkdirSync(dirname(join(unpacked, entry)), { recursive: true });
    writeFileSync(join(unpacked, entry), book.bytes(entry));
  }
});
afterAll(() => testBrowser.close());

const open = <T>(href: string, use: (page: Page) => Promise<T>, userCss?: string) =>
  withPage(join(unpacked, book.root, href), VIEW, async (page) => {
    if (userCss) {
      await page.addStyleTag({ content: userCss });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
    }
    return use(page);
  });

/** The font files Chromium really drew an element's text with (CDP), by family name. */
async function fontsUsed(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.createCDPSession();
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((f) => f.familyName);
}

describe('epub: the look at 600×800', () => {
  it('shows the cover image filling the screen height, band in the accent colour', async () => {
    const png = await open('cover.xhtml', async (page) => {
      const box = await page.$eval('img', (img) => ({ natural: (img as HTMLImageElement).naturalWidth, ...img.getBoundingClientRect().toJSON() }));
      expect(box.natural).toBeGreaterThan(0);
      expect(box.height).toBeGreaterThan(VIEW.height * 0.9);
      expect(box.right).toBeLessThanOrEqual(VIEW.width);
      return page.screenshot({ type: 'png' });
    });
    expect(compareWithGolden('epub', 'cover', png, await (await testBrowser.get()).version()).problem).toBe('');
    const image = PNG.sync.read(Buffer.from(png));
    const at = (x: number, y: number) => [...image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 3)];
    const [r, g, b] = at(Math.round(image.width / 2), 30);
    expect(r! - Math.max(g!, b!)).toBeGreaterThan(60);
  });

  it('sets the first topic in the embedded faces, with no sideways scrolling', async () => {
    const png = await open('topic-01.xhtml', async (page) => {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEW.width);
      expect(await fontsUsed(page, '.turn p')).toEqual(expect.arrayContaining([expect.stringMatching(/^Noto Serif (SC|TC)/)]));
      expect(await fontsUsed(page, '.speaker')).toEqual([expect.stringMatching(/^Noto Sans (SC|TC)/)]);
      expect(await fontsUsed(page, '.topic-heading')).toEqual(expect.arrayContaining([expect.stringMatching(/^Noto Sans (SC|TC)/)]));
      return page.screenshot({ type: 'png' });
    });
    expect(compareWithGolden('epub', 'chapter', png, await (await testBrowser.get()).version()).problem).toBe('');
  });

  it('keeps a two-character indent and fits the screen when the reading system sets its own font and size', async () => {
    const override = 'html, body { font-family: serif !important; font-size: 150% !important; line-height: 2 !important; }';
    await open(
      'topic-01.xhtml',
      async (page) => {
        const p = await page.$eval('.turn p + p, .turn p', (el) => ({ indent: getComputedStyle(el).textIndent, size: getComputedStyle(el).fontSize, align: getComputedStyle(el).textAlign }));
        expect(parseFloat(p.indent)).toBeCloseTo(2 * parseFloat(p.size), 1);
        expect(parseFloat(p.size)).toBeGreaterThan(20);
        expect(p.align).toBe('justify');
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEW.width);
        const speaker = await page.$eval('.speaker', (el) => ({ weight: getComputedStyle(el).fontWeight, style: getComputedStyle(el).fontStyle }));
        expect(speaker).toEqual({ weight: '700', style: 'normal' });
      },
      override,
    );
  });
});
