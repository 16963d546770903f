import { afterAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../support/browser.js';
import { output } from '../support/outputs.js';
import { compareWithGolden } from '../support/golden.js';
import { withPage } from './html/open-page.js';

const example = output('press-conference', 'html');
afterAll(() => testBrowser.close());

describe('html: screenshots of the example in headless Chromium match the golden images', () => {
  const views = [
    { name: 'phone', width: 390, height: 844 },
    { name: 'desktop', width: 1440, height: 900 },
  ];
  for (const view of views) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${view.name} ${view.width}×${view.height}, ${scheme}`, async () => {
        const chromium = await (await testBrowser.get()).version();
        const png = await withPage(example, { ...view, scheme }, (page) => page.screenshot({ type: 'png' }));
        const result = compareWithGolden('html', `press-conference-${view.name}-${scheme}`, png, chromium);
        expect(result.problem).toBe('');
      });
    }
  }
});
