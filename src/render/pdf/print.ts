/** Chromium prints of an HTML file (loaded from file:// so the pinned fonts load) at its CSS page size. */
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { browserTimeout } from '../../browser.js';

/**
 * Text drawn outside the document (margin boxes), with its CSS font: web fonts
 * load only for text in the document, so these are loaded before printing.
 */
export type Preload = Array<{ font: string; text: string }>;

/**
 * Opens `htmlPath` in a new page of `browser`, waits for its fonts (and `preload`'s), runs `steps` on the
 * loaded page (steps print it with `printPage`, any number of times) and closes the page. Throws what
 * Chromium or `steps` throw; the page is closed either way.
 */
export async function withPrintPage<T>(browser: Browser, htmlPath: string, preload: Preload, steps: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load', timeout: browserTimeout() });
    await page.evaluate(async (fonts) => {
      await Promise.all(fonts.map((p) => document.fonts.load(p.font, p.text)));
      await document.fonts.ready;
    }, preload);
    return await steps(page);
  } finally {
    await page.close();
  }
}

/**
 * The page as it stands, printed: PDF bytes. `tagged` adds the tagged structure tree (the main print; bookmarks are
 * written by outline.ts); an untagged print also omits the page background (a measuring or stamp print).
 */
export function printPage(page: Page, tagged: boolean): Promise<Uint8Array> {
  return page.pdf({
    preferCSSPageSize: true,
    printBackground: true,
    omitBackground: !tagged,
    outline: false,
    tagged,
    timeout: 0,
  });
}
