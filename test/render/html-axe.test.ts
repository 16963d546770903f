import { basename } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../support/browser.js';
import { coveringSet, pageFeatures } from '../support/markup-shapes.js';
import { builtFiles, output } from '../support/outputs.js';
import { allowScripts, axe } from './html/axe.js';
import { withPage } from './html/open-page.js';

afterAll(() => testBrowser.close());

// axe's rules are per element, class, role and language: it runs on the
// fewest built pages that together hold every one any built page holds
// (test/support/markup-shapes.ts), in both schemes at a phone's and a desktop's width.
let cover: Awaited<ReturnType<typeof coveringSet>>;
beforeAll(async () => {
  cover = await coveringSet(builtFiles('html'), pageFeatures, [output('press-conference', 'html')]);
});

describe('html: axe-core in headless Chromium, WCAG 2.1 AA', () => {
  it('the pages checked hold every element, class, role and language of every built page', () => {
    expect(cover.chosen.map((p) => basename(p))).toContain('press-conference.html');
    expect([...cover.everyFeature].filter((f) => !cover.chosenFeatures.has(f))).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const view of [{ width: 390, height: 844 }, { width: 1440, height: 900 }]) {
      // The four sweeps go side by side, each in its own pages: axe waits on the page as much as it computes.
      it.concurrent(`${scheme}, ${view.width} px: zero violations on every page checked`, async () => {
        for (const file of cover.chosen) {
          expect(await withPage(file, { ...view, scheme }, axe, allowScripts), basename(file)).toEqual([]);
        }
      });
    }
  }

  it('negative control: the example with pale speaker labels has a colour-contrast violation', async () => {
    const pale = async (page: Parameters<typeof axe>[0]) => {
      await page.addStyleTag({ content: '.speaker { color: #ddd !important; }' });
      return axe(page);
    };
    const found = await withPage(output('press-conference', 'html'), { width: 390, height: 844 }, pale, allowScripts);
    expect(found.map((v) => v.id)).toContain('color-contrast');
  });
});
