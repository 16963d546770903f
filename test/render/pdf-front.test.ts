/**
 * The print's front matter (issue 16): the cover (band with masthead and
 * kicker, headline and deck in the upper half, date and publisher at the foot,
 * no empty area over 30 % of the page), the title/imprint page with the
 * book's data, and contents whose wrapped entries hang with the leader and
 * page number on their last line, balanced over their pages.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { builtFiles, output, variant } from '../support/outputs.js';
import { example, LONG_TOPICS, longStem, tmp } from '../support/paths.js';
import { pdfBaselines } from '../support/pdf-baselines.js';
import { pageParts, pdfLines, rows } from '../support/pdf-tools.js';
import { buildPdf } from './pdf/build-pdf.js';

/** The tallest run of blank rows of a page (rasterised by poppler), as a share of its height. */
function largestEmptyShare(pdf: string, page: number): number {
  mkdirSync(join(tmp, 'pdf-front'), { recursive: true });
  const root = join(tmp, 'pdf-front', `empty-${page}`);
  execFileSync('pdftoppm', ['-r', '30', '-gray', '-png', '-f', String(page), '-l', String(page), '-singlefile', pdf, root]);
  const png = PNG.sync.read(readFileSync(`${root}.png`));
  let run = 0;
  let best = 0;
  for (let y = 0; y < png.height; y++) {
    let blank = true;
    for (let x = 0; x < png.width && blank; x++) blank = png.data[(y * png.width + x) * 4]! > 240;
    run = blank ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best / png.height;
}

describe('pdf cover', () => {
  it('leaves no empty area over 30 % of the page, for the example and every fixture', () => {
    for (const pdf of builtFiles('pdf')) {
      const share = largestEmptyShare(pdf, 1);
      expect(share, `${pdf}: largest empty area ${(share * 100).toFixed(1)} %`).toBeLessThanOrEqual(0.3);
    }
  });

  it('finds the empty area of the imprint page, which is mostly blank (negative control)', () => {
    expect(largestEmptyShare(output('press-conference', 'pdf'), 2)).toBeGreaterThan(0.3);
  });

  it('sets masthead and kicker on the band, headline and deck in the upper half, date and publisher at the foot', async () => {
    // Given a publisher, the last line of the cover names it at the foot; given none, huozi names none (not itself).
    const [named] = await pdfBaselines(variant('cjk-folios'));
    expect(named!.lines.at(-1)!.text.replace(/\s/g, '')).toBe('江城日报');
    expect(named!.lines.at(-1)!.y / named!.height).toBeGreaterThan(0.85);
    const [cover] = await pdfBaselines(output('press-conference', 'pdf'));
    const at = (text: string) => cover!.lines.find((l) => l.text.replace(/\s/g, '').includes(text))!.y / cover!.height;
    expect(at('乘势而上启新程')).toBeLessThan(0.25);
    expect(at('2026年全国两会特别报道')).toBeLessThan(0.25);
    expect(at('王毅就中国外交')).toBeLessThan(0.5);
    expect(at('你面前的世界')).toBeLessThan(0.5);
    expect(at('2026年3月8日')).toBeGreaterThan(0.8);
    expect(cover!.lines.at(-1)!.text.replace(/\s/g, '')).toBe('2026年3月8日');
    expect(cover!.lines.map((l) => l.text).join('')).not.toContain('huozi');
    // The band: the pixels behind the masthead are the band's red.
    const root = join(tmp, 'pdf-front', 'band');
    execFileSync('pdftoppm', ['-r', '30', '-png', '-f', '1', '-l', '1', '-singlefile', output('press-conference', 'pdf'), root]);
    const png = PNG.sync.read(readFileSync(`${root}.png`));
    const pixel = (4 * (Math.round(png.height * 0.05) * png.width + 3)) as number;
    expect([png.data[pixel], png.data[pixel + 1], png.data[pixel + 2]].map((c) => c! > 128)).toEqual([true, false, false]);
  });
});

describe('pdf title and imprint page', () => {
  it('states title, publisher, date, identifier and the fonts with their licence, with no running head or folio', () => {
    const pages = pdfLines(output('press-conference', 'pdf'));
    const imprint = pages[1]!;
    const text = imprint.lines.map((l) => l.text).join('\n').replace(/\s+/g, '');
    const named = pdfLines(variant('cjk-folios'))[1]!.lines.map((l) => l.text).join('').replace(/\s+/g, '');
    expect(named).toContain('出版江城日报');
    // No publisher given: no publisher row (huozi is the tool, not the publisher).
    expect(text).not.toMatch(/出版|huozi/);
    expect(text).toContain('王毅就中国外交政策');
    expect(text).toContain('2026年3月8日');
    expect(text).toMatch(/urn:uuid:[0-9a-f-]{36}/);
    expect(text).toContain('SILOpenFontLicense');
    expect(pageParts(imprint).folio).toBeUndefined();
  });
});

describe('pdf contents', () => {
  it('hangs a wrapped entry under its subject, with the leader and page number on its last line', async () => {
    const dir = join(tmp, 'pdf-front');
    mkdirSync(dir, { recursive: true });
    const input = join(dir, 'long-subjects.txt');
    const long = '以及亚太经济合作组织领导人非正式会议筹备工作和地区互联互通';
    // The example's first four topics (a short print): the contents entry of the third is what is measured.
    const example4 = readFileSync(example, 'utf8').split(/^(?=5 谈)/m)[0]!;
    writeFileSync(input, example4.replace(/^(3 谈\S+)$/m, `$1${long}`));
    const pages = pdfLines(await buildPdf(input, 'long-subjects'));
    const contents = rows(pages[2]!);
    const first = contents.findIndex((r) => r.text.replace(/\s/g, '').startsWith('3谈深圳APEC'));
    expect(first).toBeGreaterThan(0);
    const [head, tail] = [contents[first]!, contents[first + 1]!];
    // The first line carries no page number; the last ends with one; the last starts under the subject, not the number.
    expect(head.text).not.toMatch(/\d+$/);
    expect(tail.text).toMatch(/\S\s*\d+$/);
    const subjectX = pages[2]!.lines.find((l) => l.text.startsWith('谈深圳'))!.xMin;
    expect(Math.abs(tail.xMin - subjectX)).toBeLessThan(1);
    expect(tail.xMin - head.xMin).toBeGreaterThan(10);
  });

  it(`spreads a long list evenly over its pages: no page with a single entry (${LONG_TOPICS} topics)`, () => {
    const pages = pdfLines(output(longStem, 'pdf'));
    const firstBody = pages.findIndex((p) => pageParts(p).folio !== undefined);
    const counts = pages.slice(2, firstBody).map((p) => rows(p).filter((r) => /\d+$/.test(r.text.replace(/\s/g, ''))).length);
    console.log(`${LONG_TOPICS} topics: contents entries per page ${counts.join(' ')}`);
    expect(counts.length).toBeGreaterThan(2);
    expect(Math.min(...counts)).toBeGreaterThan(1);
    // The first page also holds the heading; the others differ by one entry at most.
    expect(Math.max(...counts.slice(1)) - Math.min(...counts.slice(1))).toBeLessThanOrEqual(1);
  });
});
