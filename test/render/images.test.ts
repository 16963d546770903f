/**
 * Images are found wherever the document has them, headings included
 * (`## ![地图](a.png) 湿地` keeps its image in the section's title), and every
 * edition embeds them: the HTML page's assets, the EPUB's manifest and zip,
 * an image XObject in the PDF (pdfimages).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/build.js';
import { fixtures } from '../support/paths.js';
import { tempDir } from '../support/temp.js';

const SOURCE = '# 湿地报告\n\n开头一段。\n\n## ![地图](a.png) 湿地\n\n正文一段。\n';
let dir: string;
let result: BuildResult;

/** Images (not masks, not the cover band) in a PDF, as `pdfimages -list` reports them: width × height. */
const pdfImages = (file: string) =>
  execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[2] === 'image')
    .map((cols) => `${cols[3]}×${cols[4]}`);

function buildHeading(name: string, image: string | undefined): Promise<void> {
  writeFileSync(join(dir, `${name}.md`), SOURCE.replace('a.png', image ?? 'missing.png'));
  if (image) copyFileSync(join(fixtures, 'wetland-map.png'), join(dir, image));
}

beforeAll(async () => {
  dir = tempDir('images');
  buildHeading('heading-image', 'a.png');
  buildHeading('heading-missing', undefined);
  result = await build([join(dir, 'heading-image.md'), join(dir, 'heading-missing.md')], { out: join(dir, 'out') });
});

describe('an image in a heading', () => {
  it('is in the HTML page, its file beside it', () => {
    const html = readFileSync(join(dir, 'out', 'heading-image.html'), 'utf8');
    expect(html).toMatch(/<img src="heading-image\.assets\/images\/image-1\.png" alt="地图"\s*\/?>/);
    expect(readFileSync(join(dir, 'out', 'heading-image.assets', 'images', 'image-1.png'))).toEqual(readFileSync(join(fixtures, 'wetland-map.png')));
  });

  it('is in the EPUB: listed in the manifest, zipped, and shown by the chapter', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'out', 'heading-image.epub')));
    expect(await zip.file('OEBPS/content.opf')!.async('string')).toContain('href="images/image-1.png" media-type="image/png"');
    expect(zip.file('OEBPS/images/image-1.png')).not.toBeNull();
    expect(await zip.file('OEBPS/section-01.xhtml')!.async('string')).toMatch(/<img src="images\/image-1\.png" alt="地图"\s*\/>/);
  });

  it('is in the PDF as an image of the picture’s size', () => {
    expect(pdfImages(join(dir, 'out', 'heading-image.pdf'))).toEqual(['640×400']);
  });

  it('negative control: a missing file is told once and leaves no image in any edition', async () => {
    const warned = result.warnings.filter((w) => w.file.endsWith('heading-missing.md') && w.code === 'image-skipped');
    expect(warned.map((w) => w.message)).toEqual(['image "missing.png" (line 5) not included: file not found']);
    expect(pdfImages(join(dir, 'out', 'heading-missing.pdf'))).toEqual([]);
    expect(readFileSync(join(dir, 'out', 'heading-missing.html'), 'utf8')).not.toContain('<img');
    expect(existsSync(join(dir, 'out', 'heading-missing.assets', 'images'))).toBe(false);
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'out', 'heading-missing.epub')));
    expect(Object.keys(zip.files).filter((f) => f.startsWith('OEBPS/images/'))).toEqual(['OEBPS/images/cover.svg']);
  });
});
