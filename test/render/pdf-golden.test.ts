/**
 * Golden page images of the example (cover, contents, a body spread), kept in
 * test/golden/pdf/ and shown in the README. Compared with a small tolerance;
 * the Chromium version they were made with is recorded beside them, so a
 * mismatch after a browser update says so plainly.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../support/browser.js';
import { output } from '../support/outputs.js';
import { compareWithGolden } from '../support/golden.js';
import { tmp } from '../support/paths.js';

afterAll(() => testBrowser.close());

function pageImage(pdf: string, page: number): PNG {
  const root = join(tmp, 'pdf-golden', `page-${page}`);
  mkdirSync(join(tmp, 'pdf-golden'), { recursive: true });
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', String(page), '-l', String(page), '-singlefile', pdf, root]);
  return PNG.sync.read(readFileSync(`${root}.png`));
}

/** Pages side by side, as a reader sees a spread. */
function sideBySide(images: PNG[]): PNG {
  const out = new PNG({ width: images.reduce((w, i) => w + i.width, 0), height: Math.max(...images.map((i) => i.height)) });
  out.data.fill(255);
  let x = 0;
  for (const image of images) {
    PNG.bitblt(image, out, 0, 0, image.width, image.height, x, 0);
    x += image.width;
  }
  return out;
}

describe('pdf golden page images of the example', () => {
  const pdf = output('press-conference', 'pdf');
  const views: Record<string, () => PNG> = {
    cover: () => pageImage(pdf, 1),
    contents: () => pageImage(pdf, 2),
    spread: () => sideBySide([pageImage(pdf, 4), pageImage(pdf, 5)]),
  };
  for (const [name, render] of Object.entries(views)) {
    it(`${name} matches test/golden/pdf/${name}.png`, async () => {
      const version = await (await testBrowser.get()).version();
      expect(compareWithGolden('pdf', name, PNG.sync.write(render()), version).problem).toBe('');
    });
  }
});
