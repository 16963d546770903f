/**
 * Images in the horizontal print (styles/pdf.css): a portrait image far taller than the text block (300 × 3000 px, a
 * phone screenshot of a long page) is drawn once, whole, inside the text block, with its proportions. Read back with
 * `mutool trace`. Before, Chromium sliced it across five pages.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { paperSize } from '../../src/config/schema.js';
import { pageGeometry } from '../../src/render/pdf/paper.js';
import { root } from '../support/paths.js';
import { tempDir } from '../support/temp.js';
import { buildPdf } from './pdf/build-pdf.js';

const SOURCE = '# 长截图\n\n下图是发布会现场的长截图。\n\n![长截图](tall.png)\n\n以上截图为手机拍摄。\n';

/** A 300 × 3000 px PNG in two colours, so it is no blank. */
function tallPng(): Buffer {
  const png = new PNG({ width: 300, height: 3000 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set((i / 4 / 300) % 200 < 100 ? [158, 27, 27, 255] : [240, 240, 240, 255], i);
  return PNG.sync.write(png);
}

/** Each image drawn on an A5 page: its page, top and foot in pt from the page's top, width and height in pt. */
function drawnImages(pdf: string): Array<{ page: number; top: number; foot: number; width: number; height: number }> {
  const trace = execFileSync('mutool', ['trace', pdf], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return trace.split('<page ').slice(1).flatMap((page, i) =>
    [...page.matchAll(/<fill_image [^>]*transform="([^"]+)"/g)].map((m) => {
      const [width, , , height, , y] = m[1]!.split(' ').map(Number);
      return { page: i + 1, top: y!, foot: y! + height!, width: width!, height: height! };
    }),
  );
}

describe('PDF: an image taller than the text block', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('pdf-images');
    writeFileSync(join(dir, 'tall.png'), tallPng());
    writeFileSync(join(dir, 'shot.md'), SOURCE);
  });

  it('is drawn once, whole, inside the text block, at its own proportions (1 : 10)', async () => {
    const g = pageGeometry(paperSize('a5')!, 0, false);
    const images = drawnImages(await buildPdf(join(dir, 'shot.md'), 'pdf-images'));
    expect(images).toHaveLength(1);
    const [image] = images;
    expect(image!.top).toBeGreaterThanOrEqual(g.top - 0.5);
    expect(image!.foot).toBeLessThanOrEqual(g.height - g.bottom + 0.5);
    expect(image!.height / image!.width).toBeCloseTo(10, 0);
  });

  it('negative control: without the rule (a theme\'s pdf.css that leaves it out) the image is sliced over pages', async () => {
    const theme = join(dir, 'theme');
    mkdirSync(join(theme, 'styles'), { recursive: true });
    const rules = readFileSync(join(root, 'styles/pdf.css'), 'utf8').split('\n').filter((line) => !line.startsWith('img {'));
    writeFileSync(join(theme, 'styles/pdf.css'), rules.join('\n'));
    expect(drawnImages(await buildPdf(join(dir, 'shot.md'), 'pdf-images-control', { theme })).length).toBeGreaterThan(1);
  });
});
