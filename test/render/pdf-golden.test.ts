/**
 * Golden page images of the example (cover, title/imprint page, contents, a
 * body spread), kept in test/golden/pdf/ and shown in the README; written only
 * with UPDATE_GOLDEN=1 (review them). Compared with a small tolerance;
 * the Chromium version they were made with is recorded beside them, so a
 * mismatch after a browser update says so plainly.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../support/browser.js';
import { output } from '../support/outputs.js';
import { golden, tmp } from '../support/paths.js';

const dir = join(golden, 'pdf');
const versionFile = join(dir, 'chromium-version.txt');
/** Share of pixels allowed to differ (anti-aliasing, hinting), and pixelmatch's per-pixel colour threshold. */
const TOLERANCE = 0.005;
const THRESHOLD = 0.1;

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
    title: () => pageImage(pdf, 2),
    contents: () => pageImage(pdf, 3),
    spread: () => sideBySide([pageImage(pdf, 4), pageImage(pdf, 5)]),
  };
  for (const [name, render] of Object.entries(views)) {
    it(`${name} matches test/golden/pdf/${name}.png`, async () => {
      const version = await (await testBrowser.get()).version();
      const actual = render();
      const file = join(dir, `${name}.png`);
      if (process.env.UPDATE_GOLDEN === '1') {
        mkdirSync(dir, { recursive: true });
        writeFileSync(file, PNG.sync.write(actual));
        writeFileSync(versionFile, `${version}\n`);
        return;
      }
      const expected = PNG.sync.read(readFileSync(file));
      const recorded = existsSync(versionFile) ? readFileSync(versionFile, 'utf8').trim() : 'unknown';
      const cause =
        recorded === version
          ? `same Chromium (${version}) as the golden images: the layout itself changed`
          : `the golden images were made with ${recorded}, this run used ${version}: a browser update is the likely cause`;
      expect(`${actual.width}×${actual.height}`, `${name}: page size differs; ${cause}`).toBe(`${expected.width}×${expected.height}`);
      const diff = new PNG({ width: actual.width, height: actual.height });
      const differing = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, { threshold: THRESHOLD });
      const share = differing / (actual.width * actual.height);
      if (share > TOLERANCE) {
        mkdirSync(join(tmp, 'pdf-golden'), { recursive: true });
        writeFileSync(join(tmp, 'pdf-golden', `${name}.png`), PNG.sync.write(actual));
        writeFileSync(join(tmp, 'pdf-golden', `${name}.diff.png`), PNG.sync.write(diff));
      }
      expect(share, `${name}: ${(share * 100).toFixed(2)}% of pixels differ (see test/.tmp/pdf-golden/); ${cause}`).toBeLessThanOrEqual(TOLERANCE);
    });
  }
});
