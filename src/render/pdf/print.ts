/** One Chromium print of an HTML file (loaded from file:// so the pinned fonts load) at its CSS page size. */
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { browserTimeout } from '../../browser.js';

export interface PrintOptions {
  /** The tagged structure tree (the main print; bookmarks are written by outline.ts). */
  tagged: boolean;
  /**
   * Text drawn outside the document (margin boxes), with its CSS font: web fonts
   * load only for text in the document, so these are loaded before printing.
   */
  preload?: Array<{ font: string; text: string }>;
  /** Runs in the loaded page, fonts ready, just before printing (measuring probes, stretches: flush-bottom.ts). */
  prepare?: (page: Page) => Promise<void>;
}

export async function printHtml(browser: Browser, htmlPath: string, options: PrintOptions): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load', timeout: browserTimeout() });
    await page.evaluate(async (preload) => {
      await Promise.all(preload.map((p) => document.fonts.load(p.font, p.text)));
      await document.fonts.ready;
    }, options.preload ?? []);
    await options.prepare?.(page);
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
