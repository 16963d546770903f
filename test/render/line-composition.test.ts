/**
 * Line composition measured in the three editions (issue 12): glyph advances
 * read back from the PDF with pdf.js and from Chromium's layout of the HTML
 * and the EPUB (per-character client rects), for a fixture holding every
 * punctuation pair, every spacing case and every face; the long-URL
 * paragraph; bold in every face without a Type 3 font; paragraph ends. Each
 * checker has a negative control that makes it fail.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pMap from 'p-map';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../support/browser.js';
import { builtFiles, output, variant } from '../support/outputs.js';
import { longStem, tmp } from '../support/paths.js';
import { pdfGlyphs } from '../support/pdf-glyphs.js';
import { pageParts, pdfFonts, pdfLines } from '../support/pdf-tools.js';
import { checkAdvances, chromiumLines, FULL_WIDTH_MARKS, lineEndMarks, lineEndsBeforeLatin, lineStartOpenings, markWidths, midLineHalfMarks, type Placed, TOLERANCE } from '../typeset/measure.js';
import { withEachPage, withPage } from './html/open-page.js';
import { dropSpacingRules, isSingleCharacterLine, pdfPlaced, singleCharacterEnds, unpackEpub } from './line-composition/figures.js';
import { checkLines, NO_LINE_START } from './pdf/kinsoku.js';

const STEM = 'line-composition';
const TEXT = 'main p, main h1, main h2, .title-block p, .title-block h1, body p, body h2';
/** What an engine without text-spacing-trim / text-autospace does: neither trims nor spaces. */
const OLD_ENGINE = '* { text-spacing-trim: space-all !important; text-autospace: no-autospace !important; }';
let chapters: string[];

beforeAll(async () => {
  chapters = (await unpackEpub(output(STEM, 'epub'), STEM)).filter((f) => !/cover|licen/.test(f));
});
afterAll(() => testBrowser.close());

const report = (edition: string, check: ReturnType<typeof checkAdvances>) =>
  console.log(`line composition: ${edition}: ${check.measured} advances measured, ${check.problems.length} off: ${check.problems.slice(0, 6).join('; ')}`);

async function epubLines(css?: string, drop = false): Promise<Placed[][]> {
  const lines: Placed[][] = [];
  for (const file of chapters) {
    lines.push(
      ...(await withPage(file, { width: 600, height: 800 }, async (page) => {
        if (drop) await dropSpacingRules(page);
        if (css) await page.addStyleTag({ content: css });
        return chromiumLines(page, TEXT);
      })),
    );
  }
  return lines;
}

/** Line ends before Latin (em from the edge): at the edge, a quarter em short, and any other distance. */
const quarterEms = (ends: number[]) => ({
  flush: ends.filter((em) => Math.abs(em - 1) < TOLERANCE).length,
  spaced: ends.filter((em) => Math.abs(em - 1.25) < TOLERANCE).length,
  other: ends.filter((em) => Math.abs(em - 1) >= TOLERANCE && Math.abs(em - 1.25) >= TOLERANCE),
});

describe('punctuation compression and Han–Latin spacing, measured', () => {
  it('PDF (pdf.js glyph origins): every pair 0.5 em to the next mark in every face, ¼ em at every Han–Latin boundary', async () => {
    const check = checkAdvances(await pdfPlaced(output(STEM, 'pdf')));
    report('pdf', check);
    expect(check.missing).toEqual([]);
    expect(check.measured).toBeGreaterThan(50);
    expect(check.problems).toEqual([]);
  });

  it('PDF: a typed space between Han and Latin changes nothing (same glyph offsets as the sentence typed without)', async () => {
    const sentence = Array.from('三季度GDP同比增长5.2%。');
    const offsets = (await pdfPlaced(output(STEM, 'pdf')))
      .map((l) => l.slice(-sentence.length))
      .filter((l) => l.map((g) => g.char).join('') === sentence.join('') && /Serif/.test(l[0]!.font))
      .map((l) => l.map((g) => +(g.x - l[0]!.x).toFixed(2)));
    // The moderator's and the answer's lines in the Song face: each typed once without spaces and once with.
    expect(offsets).toHaveLength(4);
    for (const o of offsets) expect(o).toEqual(offsets[0]);
  });

  it('PDF: an opening mark that starts a wrapped line is set half-width (0.5 em ± 0.02 to the next character), in the example', async () => {
    const { opening, han } = lineStartOpenings(await pdfPlaced(output('press-conference', 'pdf')));
    console.log(`line-start opening marks: ${opening.map((a) => a.toFixed(3)).join(' ')}`);
    expect(opening.length).toBeGreaterThan(2);
    for (const a of opening) expect(Math.abs(a - 0.5)).toBeLessThan(TOLERANCE);
    // Negative control: the same measure of lines starting with a Han character reads a full em.
    expect(han.filter((a) => Math.abs(a - 0.5) < TOLERANCE)).toEqual([]);
  });

  it('PDF: a closing mark, pause or stop that ends a justified line is set half-width (0.5 em ± 0.02 to the edge), in the example, the fixture and the long transcript', async () => {
    for (const stem of ['press-conference', STEM, longStem]) {
      // The long book's first 80 pages hold some fifty line-end marks; its later topics repeat them.
      const { marks, han } = lineEndMarks(await pdfPlaced(output(stem, 'pdf'), stem === longStem ? 80 : undefined));
      console.log(`line-end marks, ${stem}: ${marks.map((m) => `${m.char}${m.em.toFixed(3)}`).join(' ')}`);
      expect(marks.length, stem).toBeGreaterThan(0);
      expect(marks.filter((m) => Math.abs(m.em - 0.5) > TOLERANCE), stem).toEqual([]);
      // The same measure of lines ending in a Han character reads a full em.
      expect(han.filter((a) => Math.abs(a - 1) > TOLERANCE), stem).toEqual([]);
    }
  });

  it('PDF: a line ending in Han before a number or Latin word reaches the edge, its quarter em dropped (kept only where a whole number would come up), in the example, the long transcript and a report full of numbers', async () => {
    const books: Record<string, () => string | Promise<string>> = {
      'press-conference': () => output('press-conference', 'pdf'),
      [longStem]: () => output(longStem, 'pdf'),
      'report-short-paragraphs': () => variant('short-paragraphs'),
    };
    for (const [stem, pdf] of Object.entries(books)) {
      const { flush, spaced, other } = quarterEms(lineEndsBeforeLatin(await pdfPlaced(await pdf(), stem === longStem ? 80 : undefined)));
      console.log(`line ends before Latin, ${stem}: ${flush} at the edge, ${spaced} a quarter em short`);
      expect(other, `${stem}: every such line 1 or 1.25 em from the edge`).toEqual([]);
      expect(flush, stem).toBeGreaterThan(spaced);
    }
    // Negative control: the example's page printed without the line-end step keeps its quarter ems at line ends.
    const file = join(tmp, 'line-ends-before-latin.pdf');
    await withPage(output('press-conference', 'html'), { width: 600, height: 900 }, async (page) => {
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      writeFileSync(file, await page.pdf({ format: 'a5', timeout: 0 }));
    });
    const raw = quarterEms(lineEndsBeforeLatin(await pdfPlaced(file)).filter((em) => em < 1.5));
    expect(raw.spaced).toBeGreaterThan(raw.flush);
  });

  it('PDF: no pause or stop is half-width in the middle of a line, in the example, the fixture and the long transcript', async () => {
    for (const stem of ['press-conference', STEM, longStem]) {
      expect(midLineHalfMarks(await pdfPlaced(output(stem, 'pdf'), stem === longStem ? 80 : undefined)), stem).toEqual([]);
    }
    // Negative control: a line whose comma advances half an em is found.
    const at = (char: string, x: number): Placed => ({ char, x, size: 10, width: 10, font: 'f' });
    expect(midLineHalfMarks([[at('开', 0), at('工', 10), at('，', 20), at('大', 25), at('桥', 35)]])).toEqual(['开工，大桥: 0.50 em']);
  });

  it('finds full-width line-end marks in a print of the same text without the line-end step (negative control)', async () => {
    const file = join(tmp, 'line-ends-negative.pdf');
    await withPage(output('press-conference', 'html'), { width: 600, height: 900 }, async (page) => {
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      writeFileSync(file, await page.pdf({ format: 'a5', timeout: 0 }));
    });
    const { marks } = lineEndMarks(await pdfPlaced(file));
    expect(marks.filter((m) => Math.abs(m.em - 1) < TOLERANCE).length).toBeGreaterThan(3);
  });

  it('PDF: quotes, dashes, ellipses and the interpunct are full-width glyphs in every face; a mark inside a Latin word keeps its own', async () => {
    const { chinese, inWords } = markWidths(await pdfPlaced(output(STEM, 'pdf')));
    expect(new Set(chinese.map((m) => m.char))).toEqual(FULL_WIDTH_MARKS);
    expect(chinese.filter((m) => Math.abs(m.em - 1) > TOLERANCE).map((m) => `${m.char} in ${m.font}: ${m.em.toFixed(3)}`)).toEqual([]);
    // Negative control: the apostrophe of `Charlie’s` is measured narrow.
    expect(inWords.length).toBeGreaterThan(0);
    for (const em of inWords) expect(em).toBeLessThan(0.5);
  });

  it('HTML in Chromium: the same amounts', async () => {
    const lines = await withPage(output(STEM, 'html'), { width: 600, height: 900 }, (page) => chromiumLines(page, TEXT));
    const check = checkAdvances(lines);
    report('html', check);
    expect(check.missing).toEqual([]);
    expect(check.problems).toEqual([]);
  });

  it('EPUB in Chromium at 600×800: the same amounts', async () => {
    const check = checkAdvances(await epubLines());
    report('epub', check);
    expect(check.missing).toEqual([]);
    expect(check.problems).toEqual([]);
  });

  it('EPUB without any text-spacing-trim / text-autospace rule, in an engine that supports neither: the same amounts', async () => {
    const check = checkAdvances(await epubLines(OLD_ENGINE, true));
    report('epub, rules removed, old engine', check);
    expect(check.missing).toEqual([]);
    expect(check.problems).toEqual([]);
    // For the record: the same book with the rules removed in Chromium 156, whose defaults trim pairs on their own.
    report('epub, rules removed, Chromium 156 defaults', checkAdvances(await epubLines(undefined, true)));
  });

  it('finds every pair uncompressed and no Han–Latin space when huozi’s composition is undone (negative control)', async () => {
    const file = join(tmp, 'line-composition-negative.pdf');
    await withPage(output(STEM, 'html'), { width: 600, height: 900 }, async (page) => {
      await page.addStyleTag({ content: `.pc-s, .pc-e, .as { margin: 0 !important; } ${OLD_ENGINE}` });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      writeFileSync(file, await page.pdf({ format: 'a4', timeout: 0 }));
    });
    const check = checkAdvances(await pdfPlaced(file));
    report('negative control', check);
    expect(check.problems.length).toBeGreaterThan(20);
  });
});

describe('long tokens: the URL paragraph', () => {
  const url = 'https://www.example.gov.cn/zhengce/content/202403/content_1234567890abcdefghijklmnopqrstuvwxyz.htm';

  it('PDF: body glyph size unchanged on every page, no text lost, no line starting with a closing mark', async () => {
    const glyphs = await pdfGlyphs(output(STEM, 'pdf'));
    const bodyPages = new Set(glyphs.filter((g) => g.page > 2).map((g) => g.page));
    for (const page of bodyPages) {
      const sizes = glyphs.filter((g) => g.page === page).map((g) => g.size.toFixed(2));
      const common = [...new Set(sizes)].sort((a, b) => sizes.filter((s) => s === b).length - sizes.filter((s) => s === a).length)[0];
      expect(common, `page ${page}`).toBe('10.50');
    }
    // -raw: poppler's default mode joins a line ending in `-` to the next without it (dehyphenation).
    const text = execFileSync('pdftotext', ['-raw', output(STEM, 'pdf'), '-'], { encoding: 'utf8' }).replace(/\s/g, '');
    expect(text).toContain(`网址为${url}，欢迎公众查阅。`);
    expect(text).toContain('邮箱为press-office_2026@example.gov.cn，电话为010-12345678901234567890，查询码为ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop。');
    expect(checkLines(pdfLines(output(STEM, 'pdf')), '').violations).toEqual([]);
  });

  /** Lines of the HTML's text that start with a closing mark or stop, and whether the page scrolls sideways, at each width. */
  const phoneWidths = async (undo: boolean) =>
    withPage(output(STEM, 'html'), { width: 320, height: 800 }, async (page) => {
      if (undo) {
        await page.evaluate(() => {
          for (const w of document.querySelectorAll('wbr')) w.remove();
          for (const s of document.querySelectorAll('.nb, .lt')) s.replaceWith(...s.childNodes);
        });
      }
      const found: string[] = [];
      for (let width = 300; width <= 420; width += 6) {
        await page.setViewport({ width, height: 800 });
        for (const line of await chromiumLines(page, 'main p')) if (NO_LINE_START.has(line[0]!.char)) found.push(`${width} px: ${line.map((g) => g.char).join('')}`);
        if (await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)) found.push(`${width} px: scrolls sideways`);
      }
      return found;
    });

  it('HTML from 300 to 420 px (320 and 390 included): no overflow, no line starting with a closing mark or stop', async () => {
    expect(await phoneWidths(false)).toEqual([]);
  });

  it('finds a closing mark at a line start at some phone width once the break points and kept tails are undone (negative control)', async () => {
    const found = await phoneWidths(true);
    console.log(`long tokens negative control: ${found.slice(0, 3).join('; ')}`);
    expect(found.length).toBeGreaterThan(0);
  });
});

describe('long tokens in code: the Markdown fixture', () => {
  const api = 'https://api.jiangcheng.example.cn/v2/monitoring/water-quality/stations/2026/daily-report.json?format=full';

  it('PDF: inline code and a code block longer than the measure are printed whole (the print clipped them, and the build failed)', () => {
    const text = execFileSync('pdftotext', ['-raw', output('markdown-feature', 'pdf'), '-'], { encoding: 'utf8' }).replace(/\s/g, '');
    expect(text).toContain(`监测数据接口为${api}，每日更新。`);
    expect(text).toContain(`curl-s"${api}&station=wetland-park-north"`);
  });

  /** Whether the HTML page scrolls sideways on a 320 px phone, with code's wrapping rule or without it. */
  const scrolls = (undo: boolean) =>
    withPage(output('markdown-feature', 'html'), { width: 320, height: 800 }, async (page) => {
      if (undo) await page.addStyleTag({ content: 'code, pre { word-break: normal !important; overflow-wrap: normal !important; white-space: pre !important; }' });
      return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    });

  it('HTML at 320 px: no sideways scroll; with code set unbroken it scrolls (negative control)', async () => {
    expect(await scrolls(false)).toBe(false);
    expect(await scrolls(true)).toBe(true);
  });
});

describe('emphasis: bold is never synthesised', () => {
  it('pdffonts shows no Type 3 font in any PDF, the bold-in-every-face fixture included', () => {
    const pdfs = builtFiles('pdf');
    expect(pdfs).toContain(output('bold-every-face', 'pdf'));
    for (const pdf of pdfs) expect(pdfFonts(pdf).filter((f) => f.type === 'Type 3').map((f) => `${pdf}: ${f.name}`)).toEqual([]);
  });

  it('finds Type 3 fonts when bold Kai is left to Chromium to synthesise (negative control)', async () => {
    const file = join(tmp, 'bold-negative.pdf');
    await withPage(output('bold-every-face', 'html'), { width: 800, height: 900 }, async (page) => {
      await page.addStyleTag({ content: "strong { font-family: 'Huozi Kai' !important; font-synthesis: weight !important; }" });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      writeFileSync(file, await page.pdf({ format: 'a5', timeout: 0 }));
    });
    expect(pdfFonts(file).filter((f) => f.type === 'Type 3').length).toBeGreaterThan(0);
  });
});

describe('paragraph ends: no last line of a single character', () => {
  it('PDF (pdftotext -bbox): none in the example and every fixture', () => {
    const found = builtFiles('pdf').flatMap((pdf) =>
      pdfLines(pdf).flatMap((p) => pageParts(p).body.filter((l) => isSingleCharacterLine(l.text)).map((l) => `${pdf} p.${p.number}: ${l.text}`)),
    );
    expect(found).toEqual([]);
  });

  it('EPUB at 600×800 (as the EPUB look test renders it): none in the example and every fixture', { timeout: 900_000 }, async () => {
    // Books in pages side by side: each page spends part of its time waiting for its fonts.
    const found = await pMap(
      builtFiles('epub').filter((f) => !f.includes(longStem)),
      async (epub) => {
        // Only documents with paragraphs: the cover, title page and contents have none to end.
        const documents = (await unpackEpub(epub, `ends-${epub.split('/').at(-1)}`)).filter((f) => /<p[\s>]/.test(readFileSync(f, 'utf8')));
        const ends = await withEachPage(documents, { width: 600, height: 800 }, async (page, file) =>
          (await singleCharacterEnds(page)).map((t) => `${file}: ${t}`),
        );
        return ends.flat();
      },
      { concurrency: 3 },
    );
    expect(found.flat()).toEqual([]);
  });

  it('finds them in the example’s EPUB once the kept ends are undone (negative control)', { timeout: 900_000 }, async () => {
    const found: string[] = [];
    const ends = await withEachPage(await unpackEpub(output('press-conference', 'epub'), 'ends-negative'), { width: 600, height: 800 }, async (page) => {
      await page.addStyleTag({ content: '.nb { white-space: normal !important; }' });
      return singleCharacterEnds(page);
    });
    found.push(...ends.flat());
    expect(found.length).toBeGreaterThan(0);
  });
});
