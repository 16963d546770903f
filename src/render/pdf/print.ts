/** Chromium prints of an HTML file (loaded from file:// so the pinned fonts load) at its CSS page size. */
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { browserTimeout } from '../../browser.js';
import { timed } from '../../step-timings.js';

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
    await timed('page-load', () => loadPrintPage(page, htmlPath, preload));
    return await steps(page);
  } finally {
    await page.close();
  }
}

/** Loads `htmlPath` into `page` (replacing what it showed) and waits for its fonts and `preload`'s. Throws what Chromium throws. */
export async function loadPrintPage(page: Page, htmlPath: string, preload: Preload): Promise<void> {
  await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load', timeout: browserTimeout() });
  await page.evaluate(async (fonts) => {
    await Promise.all(fonts.map((p) => document.fonts.load(p.font, p.text)));
    await document.fonts.ready;
  }, preload);
}

/**
 * What a measuring print paints: links only (the probes and the contents entries), for where they landed is all it
 * is read for. Visibility never changes layout (CSS 2.1 §11.2: invisible boxes still affect layout), so its pages
 * break where the main print's do; drawing no text took a 1 MB transcript's measuring print from 5.1–5.4 s to
 * 3.2 s, and its PDF from 4.8 to 2.6 MB.
 */
const LINKS_ONLY = 'body * { visibility: hidden !important } body a[href] { visibility: visible !important }';

/** The page printed untagged with nothing painted but its links (`LINKS_ONLY`), then restored: PDF bytes. */
export async function printLinks(page: Page): Promise<Uint8Array> {
  const style = await page.addStyleTag({ content: LINKS_ONLY });
  try {
    return await printPage(page, false);
  } finally {
    await style.evaluate((el) => el.remove());
    await style.dispose();
  }
}

/**
 * A full garbage collection in the page's renderer (V8 and Blink's DOM heap, DevTools `HeapProfiler.collectGarbage`),
 * so what the page no longer holds (probes taken out, a pass's temporary objects, the last print's) is freed before a
 * print instead of being collected during it. 3 MB transcript, one collection before each print of the body: browser
 * peak 2.85 → 2.09 GB, measuring print 41 → 35 s, main print 67 → 36 s. It costs 0.03–0.1 s on the example, 0.7 s at
 * 1 MB.
 */
export async function collectGarbage(page: Page): Promise<void> {
  const session = await page.createCDPSession();
  try {
    await session.send('HeapProfiler.collectGarbage');
  } finally {
    await session.detach();
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
