/**
 * Golden images: a rendering compared with a reviewed PNG in test/golden/<dir>/,
 * with a small pixel tolerance. A test never writes a golden unless
 * `UPDATE_GOLDEN=1` is set (then it records and passes; review the diff in git).
 * Chromium's text rendering changes between versions, so the version that made
 * the goldens is recorded beside them and every mismatch says whether a
 * browser update is the likely cause. The actual image and a diff of a
 * mismatch go to test/.tmp/golden/<dir>/ for review.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { golden, tmp } from './paths.js';

/** Share of pixels that may differ (anti-aliasing noise), and pixelmatch's per-pixel colour threshold. */
const TOLERANCE = 0.005;
const THRESHOLD = 0.1;

/** True when this run may rewrite golden files (`UPDATE_GOLDEN=1`). */
export const updatingGoldens = () => process.env.UPDATE_GOLDEN === '1';

export interface Comparison {
  /** Empty when the image matches (or was recorded with UPDATE_GOLDEN=1). */
  problem: string;
  differing: number;
}

/**
 * Compares `png` with test/golden/<dir>/<name>.png.
 * @param chromium the browser version string that made `png` (`browser.version()`).
 */
export function compareWithGolden(dir: string, name: string, png: Uint8Array, chromium: string): Comparison {
  const goldenDir = join(golden, dir);
  const file = join(goldenDir, `${name}.png`);
  const versionFile = join(goldenDir, 'chromium-version.txt');
  if (updatingGoldens()) {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(file, png);
    writeFileSync(versionFile, `${chromium}\n`);
    return { problem: '', differing: 0 };
  }
  if (!existsSync(file)) return { problem: `${dir}/${name}: no golden image (record it with UPDATE_GOLDEN=1 and review it)`, differing: 0 };
  const recorded = existsSync(versionFile) ? readFileSync(versionFile, 'utf8').trim() : 'unknown';
  const expected = PNG.sync.read(readFileSync(file));
  const actual = PNG.sync.read(Buffer.from(png));
  const cause =
    recorded === chromium
      ? `same Chromium (${chromium}) as the golden: the rendering itself changed`
      : `the golden was made with ${recorded}, this is ${chromium}: a browser update is the likely cause`;
  const reviewDir = join(tmp, 'golden', dir);
  const review = `review ${reviewDir}, then re-record with UPDATE_GOLDEN=1`;
  mkdirSync(reviewDir, { recursive: true });
  writeFileSync(join(reviewDir, `${name}.actual.png`), png);
  if (expected.width !== actual.width || expected.height !== actual.height) {
    return { problem: `${dir}/${name}: ${actual.width}×${actual.height}, golden ${expected.width}×${expected.height}; ${cause}; ${review}`, differing: actual.width * actual.height };
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const differing = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: THRESHOLD });
  writeFileSync(join(reviewDir, `${name}.diff.png`), PNG.sync.write(diff));
  const share = differing / (actual.width * actual.height);
  return share <= TOLERANCE
    ? { problem: '', differing }
    : { problem: `${dir}/${name}: ${differing} pixels (${(share * 100).toFixed(2)} %) differ, tolerance ${TOLERANCE * 100} %; ${cause}; ${review}`, differing };
}
