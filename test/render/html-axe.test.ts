import { basename } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../support/browser.js';
import { builtFiles } from '../support/outputs.js';
import { allowScripts, axe } from './html/axe.js';
import { withPage } from './html/open-page.js';

afterAll(() => testBrowser.close());

describe('html: axe-core in headless Chromium, WCAG 2.1 AA', () => {
  const pages = builtFiles('html');
  it('covers the example, the 400-topic page and every fixture', () => {
    expect(pages.map((p) => basename(p))).toEqual(expect.arrayContaining(['press-conference.html', 'long-400.html']));
  });
  for (const file of pages) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const view of [{ width: 390, height: 844 }, { width: 1440, height: 900 }]) {
        it(`${basename(file)}, ${scheme}, ${view.width} px: zero violations`, async () => {
          expect(await withPage(file, { ...view, scheme }, axe, allowScripts)).toEqual([]);
        });
      }
    }
  }
});
