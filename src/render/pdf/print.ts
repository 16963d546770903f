/** One Chromium print of an HTML file (loaded from file:// so the pinned fonts load) at its CSS page size. */
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';

export interface PrintOptions {
  /** The tagged structure tree (the main print; bookmarks are written by outline.ts). */
  tagged: boolean;
}

export async function printHtml(browser: Browser, htmlPath: string, options: PrintOptions): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load', timeout: 0 });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      omitBackground: !options.tagged,
      outline: false,
      tagged: options.tagged,
      timeout: 0,
    });
  } finally {
    await page.close();
  }
}
