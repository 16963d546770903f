/**
 * Screenshots kept as golden PNGs, compared with a small pixel tolerance.
 * Chromium's text rendering changes between versions, so the version that
 * made the goldens is recorded beside them and every mismatch says whether a
 * browser update is the likely cause.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { golden, tmp } from '../../support/paths.js';

export const goldenDir = join(golden, 'html');
const versionFile = join(goldenDir, 'chromium-version.txt');
const reviewDir = join(tmp, 'screenshots');
/** Share of pixels that may differ (anti-aliasing noise), and pixelmatch's per-pixel colour threshold. */
const TOLERANCE = 0.005;
const THRESHOLD = 0.1;

export interface Comparison {
  /** Empty when the screenshot matches (or was recorded). */
  problem: string;
  differing: number;
}

/** Set HUOZI_UPDATE_GOLDEN=1 to re-record; a missing golden is recorded unless CI is set. */
export function compareWithGolden(name: string, screenshot: Uint8Array, chromium: string): Comparison {
  const file = join(goldenDir, `${name}.png`);
  const recorded = existsSync(versionFile) ? readFileSync(versionFile, 'utf8').trim() : 'unknown';
  if (process.env.HUOZI_UPDATE_GOLDEN === '1' || (!existsSync(file) && !process.env.CI)) {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(file, screenshot);
    writeFileSync(versionFile, `${chromium}\n`);
    return { problem: '', differing: 0 };
  }
  if (!existsSync(file)) return { problem: `${name}: no golden image (run once without CI to record it)`, differing: 0 };
  const expected = PNG.sync.read(readFileSync(file));
  const actual = PNG.sync.read(Buffer.from(screenshot));
  const cause =
    recorded === chromium
      ? `same Chromium (${chromium}) as the golden: the page itself changed`
      : `the golden was made with ${recorded}, this is ${chromium}: a browser update is the likely cause`;
  const review = `review ${reviewDir}, then re-record with HUOZI_UPDATE_GOLDEN=1`;
  mkdirSync(reviewDir, { recursive: true });
  writeFileSync(join(reviewDir, `${name}.actual.png`), screenshot);
  if (expected.width !== actual.width || expected.height !== actual.height) {
    return { problem: `${name}: ${actual.width}×${actual.height}, golden ${expected.width}×${expected.height}; ${cause}; ${review}`, differing: actual.width * actual.height };
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const differing = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: THRESHOLD });
  writeFileSync(join(reviewDir, `${name}.diff.png`), PNG.sync.write(diff));
  const share = differing / (actual.width * actual.height);
  return share <= TOLERANCE
    ? { problem: '', differing }
    : { problem: `${name}: ${differing} pixels (${(share * 100).toFixed(2)} %) differ, tolerance ${TOLERANCE * 100} %; ${cause}; ${review}`, differing };
}
