/**
 * Golden page images of the example (cover, title/imprint page, contents, a body spread), kept in
 * test/golden/pdf/ and shown in the README. Compared with a small tolerance;
 * the Chromium version they were made with is recorded beside them, so a
 * mismatch after a browser update says so plainly.
 */
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../support/browser.js';
import { output } from '../support/outputs.js';
import { compareWithGolden } from '../support/golden.js';
import { pageImage as renderPage, sideBySide } from '../support/page-images.js';
import { tmp } from '../support/paths.js';

const pageImage = (pdf: string, page: number) => renderPage(pdf, page, join(tmp, 'pdf-golden'));

afterAll(() => testBrowser.close());

describe('pdf golden page images of the example', () => {
  const pdf = output('press-conference', 'pdf');
  const views: Record<string, () => PNG> = {
    cover: () => pageImage(pdf, 1),
    title: () => pageImage(pdf, 2),
    contents: () => pageImage(pdf, 3),
    spread: () => sideBySide([pageImage(pdf, 4), pageImage(pdf, 5)]),
  };
  for (const [name, render] of Object.entries(views)) {
    it(`${name} matches test/golden/pdf/${name}.png`, async () => {
      const version = await (await testBrowser.get()).version();
      expect(compareWithGolden('pdf', name, PNG.sync.write(render()), version).problem).toBe('');
    });
  }
});
