/**
 * Screen layout with the print's lines. The print page's body is as wide as
 * the text block (`--measure`, page-css.ts), and lines break by width alone,
 * not by page, so a screen layout at that width has every line of the print:
 * what the measuring steps read before printing (line counts, line ends).
 */
import type { Page } from 'puppeteer-core';

/** Runs `steps` with the page's body at the text block's width, then restores it. */
export async function atPrintMeasure<T>(page: Page, steps: () => Promise<T>): Promise<T> {
  const before = await page.evaluate(() => {
    const body = document.body.style.width;
    document.body.style.width = getComputedStyle(document.documentElement).getPropertyValue('--measure');
    return body;
  });
  try {
    return await steps();
  } finally {
    await page.evaluate((width) => void (document.body.style.width = width), before);
  }
}
