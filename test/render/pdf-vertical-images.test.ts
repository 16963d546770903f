/**
 * Images in the vertical print (styles/vertical.css): a Markdown transcript whose table holds four page images,
 * one under the other down the column in vertical-rl (as README.md's screenshot tables do). Read back with
 * `mutool trace`: every image is drawn, inside the text block, top to foot. Before, the images kept the width limit of
 * a horizontal line: the table ran past the foot of the column, and Chromium left images out, lost a cell's text
 * (exit 4) or, on a longer book, shrank every page to fit (README.md built vertically: an internal error).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { paperSize } from '../../src/config/schema.js';
import { pageGeometry } from '../../src/render/pdf/paper.js';
import { root } from '../support/paths.js';
import { squash } from '../support/pdf-tools.js';
import { tempDir } from '../support/temp.js';
import { buildPdf } from './pdf/build-pdf.js';

const SHOTS = ['cover', 'title', 'contents', 'spread'];
const SOURCE = `# 竖排版面截图

## 版面一览

下表依次是封面、扉页、目录和跨页。

| ${SHOTS.map((s) => `![${s}](${s}.png)`).join(' | ')} |
|${' --- |'.repeat(SHOTS.length)}
| 封面 | 扉页 | 目录 | 跨页 |

## 说明

以上截图均为 A5 竖排。
`;

/**
 * What is wrong with the images of a vertical A5 print, read with `mutool trace` (each image drawn, its top and foot
 * in pt from the top of the page): an image not drawn, or drawn above or below the text block.
 */
function imageFaults(pdf: string): string[] {
  const g = pageGeometry(paperSize('a5')!, 0, true);
  const trace = execFileSync('mutool', ['trace', pdf], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const spans = [...trace.matchAll(/<fill_image [^>]*transform="([^"]+)"/g)].map((m) => {
    const [, , , height, , y] = m[1]!.split(' ').map(Number);
    return { top: y!, foot: y! + height! };
  });
  return [
    ...(spans.length === SHOTS.length ? [] : [`${spans.length} of ${SHOTS.length} images drawn`]),
    ...spans.filter((s) => s.top < g.top - 0.5 || s.foot > g.height - g.bottom + 0.5).map((s) => `an image from ${s.top} to ${s.foot} pt`),
  ];
}

describe('vertical PDF: images no longer than the column', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('vertical-images');
    for (const shot of SHOTS) copyFileSync(join(root, 'test/golden/pdf', `${shot}.png`), join(dir, `${shot}.png`));
    writeFileSync(join(dir, 'shots.md'), SOURCE);
  });

  it('a table of four page images lies inside the text block, top to foot, and keeps every cell', async () => {
    const pdf = await buildPdf(join(dir, 'shots.md'), 'vertical-images', { vertical: true });
    expect(imageFaults(pdf)).toEqual([]);
    const text = squash(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
    for (const cell of ['封面', '扉页', '目录', '跨页']) expect(text).toContain(cell);
  });

  it('negative control: without the rule (a theme\'s vertical.css that leaves it out) images are lost or overrun the foot', async () => {
    const theme = join(dir, 'theme');
    mkdirSync(join(theme, 'styles'), { recursive: true });
    const rules = readFileSync(join(root, 'styles/vertical.css'), 'utf8').split('\n').filter((line) => !line.startsWith('img {'));
    writeFileSync(join(theme, 'styles/vertical.css'), rules.join('\n'));
    expect(imageFaults(await buildPdf(join(dir, 'shots.md'), 'vertical-images-control', { vertical: true, theme })).length).toBeGreaterThan(0);
  });
});
