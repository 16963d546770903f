/**
 * Line breaking and the text block, read back from the printed PDFs with
 * poppler: zero kinsoku violations over the example, the long transcript
 * and a zh-Hant report; a negative control proves the checker finds them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { output, variant } from '../support/outputs.js';
import { example, hantReport, longInput, longStem, root, tmp } from '../support/paths.js';
import { testBrowser } from '../support/browser.js';
import { type PdfLine, pageParts, pdfLines, squash } from '../support/pdf-tools.js';
import { buildPdf } from './pdf/build-pdf.js';
import { checkLines } from './pdf/kinsoku.js';

const long = longInput;
let hant: string;

beforeAll(async () => {
  hant = variant('zh-hant-report');
});
afterAll(() => testBrowser.close());

describe('pdf kinsoku (CLREQ line breaking)', () => {
  const cases = () => [
    { name: 'the example', pdf: output('press-conference', 'pdf'), source: example },
    { name: 'the long transcript', pdf: output(longStem, 'pdf'), source: long },
    { name: 'the zh-Hant report', pdf: hant, source: hantReport },
  ];
  for (const index of [0, 1, 2]) {
    it(`has no line starting with a closing mark or ending with an opening one, and no split word: case ${index + 1}`, () => {
      const c = cases()[index]!;
      const result = checkLines(pdfLines(c.pdf), readFileSync(c.source, 'utf8'));
      console.log(`kinsoku: ${c.name}: ${result.lines} lines examined, ${result.violations.length} violations`);
      expect(result.lines).toBeGreaterThan(30);
      expect(result.violations).toEqual([]);
    });
  }

  it('finds violations in the same text printed with line-break: anywhere on a narrow measure (negative control)', async () => {
    const page = await (await testBrowser.get()).newPage();
    try {
      await page.goto(pathToFileURL(output('press-conference', 'html')).href, { waitUntil: 'load' });
      await page.addStyleTag({ content: '* { line-break: anywhere !important; } p { max-width: 7.3em; }' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const file = join(tmp, 'kinsoku-negative.pdf');
      writeFileSync(file, await page.pdf({ format: 'a5', timeout: 0 }));
      const result = checkLines(pdfLines(file), readFileSync(example, 'utf8'));
      console.log(`kinsoku negative control: ${result.lines} lines examined, ${result.violations.length} violations`);
      expect(result.violations.length).toBeGreaterThan(10);
    } finally {
      await page.close();
    }
  });
});

describe('pdf widows and orphans', () => {
  const books: Record<string, () => string | Promise<string>> = {
    'press-conference': () => output('press-conference', 'pdf'),
    [longStem]: () => output(longStem, 'pdf'),
    // A four-line paragraph under a numbered heading, left by Chromium 3 + 1 across pages 7 and 8 with widows: 3.
    'report-short-paragraphs': () => variant('short-paragraphs'),
  };
  for (const [stem, pdf] of Object.entries(books)) {
    it(`never leaves a single line of a paragraph at the foot or the head of a page: ${stem}`, async () => {
      const pages = pdfLines(await pdf());
      const firstBody = pages.findIndex((p) => pageParts(p).folio !== undefined);
      const bodies = pages.slice(firstBody).map((p) => pageParts(p).body);
      const left = Math.min(...bodies.flat().map((r) => r.xMin));
      // A paragraph starts with a two-character indent; headings and titles start at the margin in a larger or different face.
      const starts = (r: PdfLine | undefined) => !r || Math.abs(r.xMin - left - 21) < 1 || r.yMax - r.yMin > 16;
      let splits = 0;
      const bad: string[] = [];
      bodies.forEach((rows, i) => {
        const next = bodies[i + 1];
        if (!next?.length || starts(next[0])) return;
        splits++;
        if (starts(rows.at(-1))) bad.push(`orphan at the foot of page ${firstBody + i + 1}: ${rows.at(-1)!.text}`);
        if (starts(next[1])) bad.push(`widow at the head of page ${firstBody + i + 2}: ${next[0]!.text}`);
      });
      console.log(`widows/orphans: ${stem}: ${splits} paragraphs split across pages, ${bad.length} single lines`);
      expect(splits).toBeGreaterThan(0);
      expect(bad).toEqual([]);
    });
  }
});

describe('pdf closing note', () => {
  it('a note closing the transcript after the last turn (`（記者會結束）`) is not alone on the last page', async () => {
    const pages = pdfLines(await buildPdf(join(root, 'test/render/fixtures/closing-note.txt'), 'closing-note'));
    // The running head left out by its words (the verso's, the title): on a page this short its size does not tell it apart.
    const last = pageParts(pages.at(-1)!).body.filter((r) => squash(r.text) !== '行政院院會後記者會逐字稿');
    expect(squash(last.at(-1)!.text)).toBe('（記者會結束）');
    expect(last.length, 'rows on the last page').toBeGreaterThan(1);
  });
});

describe('pdf text block', () => {
  it('is a whole number of 10.5 pt characters wide: full body lines all end at the same edge', () => {
    const pages = pdfLines(output('press-conference', 'pdf')).slice(2);
    const lines = pages.flatMap((p) => pageParts(p).body).filter((l) => /^[\u4e00-\u9fff]/.test(l.text));
    const left = Math.min(...lines.map((l) => l.xMin));
    // The edge, from lines ending in a Han character: a mark compressed at a line end has its blank half past it.
    const right = Math.max(...lines.filter((l) => /[\u4e00-\u9fff]$/.test(l.text)).map((l) => l.xMax));
    const chars = (right - left) / 10.5;
    expect(Math.abs(chars - Math.round(chars))).toBeLessThan(0.1);
    const full = lines.filter((l) => Math.abs(l.xMax - right) < 0.5 && Math.abs(l.xMin - left) < 0.5);
    // Justified lines (all but a paragraph's first, indented, and last) run the full measure.
    expect(full.length).toBeGreaterThan(lines.length / 3);
  });

  it('indents paragraphs by two characters', () => {
    const pages = pdfLines(output('press-conference', 'pdf')).slice(2);
    const body = pages.flatMap((p) => pageParts(p).body);
    // The margin, from lines that start with a Han character: an opening mark starting a line sets its blank half outside it.
    const left = Math.min(...body.filter((l) => /^[\u4e00-\u9fff]/.test(l.text)).map((l) => l.xMin));
    const indented = body.filter((l) => Math.abs(l.xMin - left - 21) < 0.5);
    expect(indented.length).toBeGreaterThan(50);
  });
});
