/** Opens a built HTML page in the test file's Chromium, at a viewport and colour scheme, fonts loaded. */
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { testBrowser } from '../../support/browser.js';

export interface PageView {
  width: number;
  height: number;
  scheme?: 'light' | 'dark';
}

export async function openPage(file: string, view: PageView, prepare?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await (await testBrowser.get()).newPage();
  await page.setViewport({ width: view.width, height: view.height });
  await page.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: view.scheme ?? 'light' },
    { name: 'prefers-reduced-motion', value: 'reduce' },
  ]);
  await prepare?.(page);
  await load(page, file);
  return page;
}

/** Navigates `page` to `file` and waits for its fonts. */
async function load(page: Page, file: string): Promise<void> {
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Runs `use` on a fresh page and always closes it. */
export async function withPage<T>(file: string, view: PageView, use: (page: Page) => Promise<T>, prepare?: (page: Page) => Promise<void>): Promise<T> {
  const page = await openPage(file, view, prepare);
  try {
    return await use(page);
  } finally {
    await page.close();
  }
}

/** Runs `use` on each file in turn in one page (a navigation per file, fonts cached between them); returns the results in order. */
export async function withEachPage<T>(files: string[], view: PageView, use: (page: Page, file: string) => Promise<T>): Promise<T[]> {
  if (files.length === 0) return [];
  const page = await openPage(files[0]!, view);
  try {
    const results: T[] = [];
    for (const [i, file] of files.entries()) {
      if (i > 0) await load(page, file);
      results.push(await use(page, file));
    }
    return results;
  } finally {
    await page.close();
  }
}
