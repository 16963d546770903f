/** Page images of a PDF for golden comparisons (poppler's pdftoppm at 60 dpi), and spreads of them. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

/** Page `page` (1-based) of `pdf` at 60 dpi, rendered into `folder` (created if missing). */
export function pageImage(pdf: string, page: number, folder: string): PNG {
  mkdirSync(folder, { recursive: true });
  const root = join(folder, `page-${page}`);
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', String(page), '-l', String(page), '-singlefile', pdf, root]);
  return PNG.sync.read(readFileSync(`${root}.png`));
}

/** Pages side by side, left to right as given, as a reader sees a spread. */
export function sideBySide(images: PNG[]): PNG {
  const out = new PNG({ width: images.reduce((w, i) => w + i.width, 0), height: Math.max(...images.map((i) => i.height)) });
  out.data.fill(255);
  let x = 0;
  for (const image of images) {
    PNG.bitblt(image, out, 0, 0, image.width, image.height, x, 0);
    x += image.width;
  }
  return out;
}
