/**
 * The vertical edition (`--vertical`), built here: the example, the zh-Hant
 * briefing and a transcript with every punctuation class, Latin words and
 * numbers of 2–5 digits, in all three formats; compared with the example's
 * horizontal PDF that global setup built. Checked from the outputs: the PDF's glyphs
 * read as columns right to left with no kinsoku violation and every passage
 * in column order; which glyphs stand upright, which are turned, which are
 * combined; /Direction /R2L, page boxes and mirrored furniture; EPUBCheck and
 * Ace on the vertical EPUB, its spine and roots; the HTML and EPUB pages in
 * Chromium (columns, kinsoku, no overflow).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PDFDocument, PDFName, ReadingDirection } from '@cantoo/pdf-lib';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PNG } from 'pngjs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/build.js';
import { compare, passagesOf } from '../../src/build/fidelity.js';
import { paperSize } from '../../src/config/schema.js';
import { pageGeometry, LINE_PT } from '../../src/render/pdf/paper.js';
import { parse } from '../../src/source/parse.js';
import { testBrowser } from '../support/browser.js';
import { printBrowser } from '../support/print-browser.js';
import { type Column, columnsText, glyphColumns, kinsokuViolations, NO_END, NO_START } from '../support/pdf-columns.js';
import { type PdfGlyph, pdfGlyphs } from '../support/pdf-glyphs.js';
import { pdfPages, squash } from '../support/pdf-tools.js';
import { compareWithGolden } from '../support/golden.js';
import { pageImage, sideBySide } from '../support/page-images.js';
import { bookFeatures, coveringSet } from '../support/markup-shapes.js';
import { output } from '../support/outputs.js';
import { example, fixtures } from '../support/paths.js';
import { tempDir } from '../support/temp.js';
import { ace, epubcheck } from '../support/validators.js';
import { CJK } from '../support/numerals.js';
import { allowScripts, axe } from './html/axe.js';
import { withPage } from './html/open-page.js';

afterAll(() => testBrowser.close());

/** Every punctuation class (GB/T 15834), Latin words, numbers of 1–5 digits and a decimal. */
const ORIENTATION = `标点与数字竖排

记者：请问“双引号”和‘单引号’、《书名号》（括号）【方括号】，分号；冒号：问号？叹号！句号。省略号……破折号——间隔号·之后。

发言人：APEC 会议于 2026 年 3 月 8 日举行，出席 80 人，代表 123 个国家，预算 12345 元，增长 3.5%。
`;

const hant = join(fixtures, 'zh-hant-briefing.txt');
let dir: string;
let vertical: BuildResult;
let chineseFolios: BuildResult;
/** The example's horizontal PDF, as global setup built it. */
const horizontal = output('press-conference', 'pdf');
const file = (result: BuildResult, stem: string, ext: string) => result.written.find((p) => basename(p) === `${stem}.${ext}`)!;
const v = (stem: string, ext: string) => file(vertical, stem, ext);
const verticalBooks = () => [v('press-conference', 'epub'), v('zh-hant-briefing', 'epub'), v('orientation', 'epub')];
let validated: { epubcheck: ReturnType<typeof epubcheck>; ace: ReturnType<typeof ace> };
/** The horizontal example's book, which epub.test checks with Ace. */
const horizontalBook = output('press-conference', 'epub');
let aceCover: Awaited<ReturnType<typeof coveringSet>>;

beforeAll(async () => {
  dir = tempDir('vertical');
  const orientation = join(dir, 'orientation.txt');
  writeFileSync(orientation, ORIENTATION);
  vertical = await build([example, hant, orientation], { out: join(dir, 'v'), vertical: true, browser: printBrowser });
  chineseFolios = await build([example], { out: join(dir, 'c'), formats: ['pdf'], vertical: true, folioNumerals: 'cjk', browser: printBrowser });
  // Ace's rules are per content document (test/support/markup-shapes.ts): it runs on the vertical zh-Hant book (the
  // vertical package and styles) and on each vertical book holding an element, class, role or language that book and
  // the horizontal example's (Ace-checked in epub.test) lack.
  aceCover = await coveringSet([horizontalBook, ...verticalBooks()], bookFeatures, [horizontalBook, v('zh-hant-briefing', 'epub')]);
  // The validators run as child processes while the checks below read the outputs; their tests await them.
  // Ace's reports go in this file's own folder: a report left by an earlier run would be read instead of running Ace.
  validated = {
    epubcheck: epubcheck(verticalBooks()),
    ace: ace(aceCover.chosen.filter((f) => f !== horizontalBook), join(dir, 'ace')),
  };
  validated.epubcheck.catch(() => undefined);
  validated.ace.catch(() => undefined);
});

/** A5 (the default) set vertically: the text block every body glyph lies in. */
const geometry = pageGeometry(paperSize('a5')!, 0, true);
/**
 * Glyphs inside the text block, leaving out running heads (14 pt above it) and folios (26 pt below it). Marks in
 * their vertical forms have their origins up to half an em outside the block, hence the margins.
 */
const inBlock = (g: PdfGlyph) => g.y <= geometry.height - geometry.top + 8 && g.y >= geometry.bottom - 12;

const columnsOf = async (pdf: string) => glyphColumns((await pdfGlyphs(pdf)).filter(inBlock), LINE_PT);
const passages = (input: string) => passagesOf(parse(readFileSync(input), { file: input }).doc, { withoutAlt: true });

describe('vertical PDF: columns read right to left', () => {
  for (const [name, input] of [['press-conference', example], ['zh-hant-briefing', hant]] as const) {
    it(`${name}: zero kinsoku violations over every column`, async () => {
      const columns = await columnsOf(v(name, 'pdf'));
      expect(columns.length).toBeGreaterThan(name === 'press-conference' ? 200 : 15);
      expect(kinsokuViolations(columns)).toEqual([]);
      console.log(`${name}: ${columns.length} columns checked, 0 kinsoku violations`);
    });

    it(`${name}: every passage of the document, in column order`, async () => {
      const result = compare(passages(input), columnsText(await columnsOf(v(name, 'pdf'))));
      expect(result.lost).toBeUndefined();
    });
  }

  it('negative control: a column split at a pause starts with it, and is reported', async () => {
    const columns = await columnsOf(v('press-conference', 'pdf'));
    const i = columns.findIndex((c) => c.glyphs.slice(1).some((g) => NO_START.has(g.char)));
    const at = columns[i]!.glyphs.findIndex((g, k) => k > 0 && NO_START.has(g.char));
    const split: Column[] = [...columns.slice(0, i), { ...columns[i]!, glyphs: columns[i]!.glyphs.slice(0, at) }, { ...columns[i]!, glyphs: columns[i]!.glyphs.slice(at) }, ...columns.slice(i + 1)];
    expect(kinsokuViolations(split)).toHaveLength(1);
    // And one ending on an opening mark.
    const j = columns.findIndex((c) => c.glyphs.slice(0, -1).some((g) => NO_END.has(g.char)));
    const end = columns[j]!.glyphs.findIndex((g) => NO_END.has(g.char)) + 1;
    const cut: Column[] = [...columns.slice(0, j), { ...columns[j]!, glyphs: columns[j]!.glyphs.slice(0, end) }, { ...columns[j]!, glyphs: columns[j]!.glyphs.slice(end) }, ...columns.slice(j + 1)];
    expect(kinsokuViolations(cut).some((m) => m.includes('ends with'))).toBe(true);
  });

  it('negative control: columns read left to right lose the passages', async () => {
    const columns = await columnsOf(v('press-conference', 'pdf'));
    const pages = [...new Set(columns.map((c) => c.page))];
    const leftToRight = pages.flatMap((p) => columns.filter((c) => c.page === p).reverse());
    expect(compare(passages(example), columnsText(leftToRight)).lost).toBeDefined();
  });
});

describe('vertical PDF: contents and bookmarks', () => {
  /** Contents entries read from the columns of pages 3 and 4: `1谈元首外交5` → label `1谈元首外交`, page 5. */
  const contentsOf = (columns: Column[]) =>
    columns
      .filter((c) => c.page === 3 || c.page === 4)
      .map((c) => /^(\d+.+?)(\d+)$/.exec(squash(columnsText([c]))))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ label: m[1]!, page: Number(m[2]) }));
  /** The first body page (after the contents) with a column reading `label`; the folio is the page's number. */
  const headingPage = (columns: Column[], label: string) => columns.find((c) => c.page > 4 && squash(columnsText([c])) === label)?.page;
  /** Each contents entry whose number is not the page its heading stands on. */
  const misplaced = (columns: Column[], entries: Array<{ label: string; page: number }>) =>
    entries.filter((e) => headingPage(columns, e.label) !== e.page).map((e) => `${e.label}: listed ${e.page}, on ${headingPage(columns, e.label)}`);

  it('each contents number is the page its heading stands on (vertical-rl: a section\'s box starts where it ends)', async () => {
    const columns = await columnsOf(v('press-conference', 'pdf'));
    const entries = contentsOf(columns);
    expect(entries.length).toBeGreaterThan(10);
    expect(misplaced(columns, entries)).toEqual([]);
    // Negative control: the numbers one page late, as they were with the section's own destination.
    expect(misplaced(columns, entries.map((e) => ({ ...e, page: e.page + 1 })))).toHaveLength(entries.length);
  });

  it('each bookmark opens the page its heading stands on', async () => {
    const pdf = v('press-conference', 'pdf');
    const columns = await columnsOf(pdf);
    // Bookmarks and contents entries matched by their subject, the topic number left out.
    const subject = (label: string) => squash(label).replace(/^\d+/, '');
    const labels = new Map(contentsOf(columns).map((e) => [subject(e.label), e.label]));
    const doc = await getDocument({ data: new Uint8Array(readFileSync(pdf)), verbosity: 0 }).promise;
    try {
      const topics = (await doc.getOutline()).filter((o) => labels.has(subject(o.title)));
      expect(topics.length).toBe(labels.size);
      for (const item of topics) {
        const index = await doc.getPageIndex((item.dest as unknown as [{ num: number; gen: number }])[0]);
        expect(index + 1, `bookmark ${item.title}`).toBe(headingPage(columns, labels.get(subject(item.title))!));
      }
    } finally {
      await doc.destroy();
    }
  });
});

describe('vertical PDF: glyph orientation', () => {
  let glyphs: PdfGlyph[];
  /** The glyphs of the first occurrence of `text` in drawing order (a number is drawn as one run). */
  const run = (text: string) => {
    const chars = [...text];
    const at = glyphs.findIndex((_, i) => chars.every((c, k) => glyphs[i + k]?.char === c));
    expect(at, `"${text}" is drawn`).toBeGreaterThanOrEqual(0);
    return glyphs.slice(at, at + chars.length);
  };
  const body = 10.5;
  beforeAll(async () => {
    glyphs = (await pdfGlyphs(v('orientation', 'pdf'))).filter((g) => g.page > 2 && inBlock(g));
  });

  it('Han characters stand upright', () => {
    for (const g of run('发言人')) expect(g.angle).toBe(0);
  });
  it('Latin words and numbers of three digits or more are turned clockwise', () => {
    for (const g of [...run('APEC'), ...run('12345'), ...run('3.5'), ...run('123'), ...run('2026')]) expect(g.angle).toBe(-90);
  });
  it('numbers of one and two digits stand upright in one em of the column', () => {
    for (const text of ['3', '8', '80']) {
      const digits = run(text);
      for (const g of digits) expect(g.angle).toBe(0);
      const across = Math.max(...digits.map((g) => g.x + g.width)) - Math.min(...digits.map((g) => g.x));
      expect(across).toBeLessThanOrEqual(body + 0.5);
      // Side by side on one line across the column, not stacked down it.
      expect(new Set(digits.map((g) => Math.round(g.y))).size).toBe(1);
    }
  });
  it('quotes are set as corner brackets, upright (their vertical forms)', () => {
    const text = glyphs.map((g) => g.char).join('');
    expect(text).toContain('「双引号」');
    expect(text).toContain('『单引号』');
    expect(text).not.toMatch(/[“”‘’]/);
    for (const g of run('「双')) expect(g.angle).toBe(0);
  });
  it('pauses, stops and brackets stand in the column (vertical forms, upright); dash and ellipsis run along it', () => {
    for (const mark of '、，；：？！。《》（）【】') expect(glyphs.find((g) => g.char === mark)?.angle, mark).toBe(0);
    for (const mark of ['…', '—']) {
      // The doubled dash may be one glyph, named by both its characters.
      const found = glyphs.filter((g) => g.char.includes(mark));
      expect(found.length, mark).toBeGreaterThanOrEqual(1);
      for (const g of found) expect(g.angle, mark).toBe(-90);
    }
  });
});

describe('vertical PDF: a book bound on the right', () => {
  const direction = async (pdf: string) => {
    const doc = await PDFDocument.load(readFileSync(pdf), { updateMetadata: false });
    const prefs = doc.catalog.lookupMaybe(PDFName.of('ViewerPreferences'), (await import('@cantoo/pdf-lib')).PDFDict);
    return prefs?.get(PDFName.of('Direction'))?.toString();
  };
  it('/ViewerPreferences /Direction /R2L in the vertical PDF, none in the horizontal one', async () => {
    expect(await direction(v('press-conference', 'pdf'))).toBe(`/${ReadingDirection.R2L}`);
    expect(await direction(horizontal)).toBeUndefined();
  });

  it('page boxes: A5 trim, the text block of whole characters down and whole columns across', () => {
    const info = execFileSync('pdfinfo', ['-box', '-f', '1', '-l', '1', v('press-conference', 'pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/TrimBox:\s+0\.00\s+0\.00\s+419\.53\s+595\.28/);
    expect(geometry.chars * 10.5).toBeLessThanOrEqual(geometry.height - geometry.top - geometry.bottom + 0.01);
    expect((geometry.width - 2 * geometry.side) / LINE_PT).toBe(geometry.lines);
  });

  /** Folio digits (below the text block) per page: their centre x. */
  const folios = async (pdf: string, g: ReturnType<typeof pageGeometry>) => {
    const all = await pdfGlyphs(pdf);
    const byPage = new Map<number, number[]>();
    for (const x of all.filter((x) => /^[0-9]+$/.test(x.char) && x.y < g.bottom - 12)) byPage.set(x.page, [...(byPage.get(x.page) ?? []), x.x + x.width / 2]);
    return byPage;
  };
  it('folios mirrored: versos (even pages) at the right edge, rectos (odd) at the left; the horizontal book the other way', async () => {
    const side = (byPage: Map<number, number[]>, width: number) => [...byPage].map(([page, xs]) => `${page % 2 ? 'odd' : 'even'} ${xs[0]! > width / 2 ? 'right' : 'left'}`);
    const vSides = new Set(side(await folios(v('press-conference', 'pdf'), geometry), geometry.width));
    expect([...vSides].sort()).toEqual(['even right', 'odd left']);
    const hGeometry = pageGeometry(paperSize('a5')!, 0, false);
    const hSides = new Set(side(await folios(horizontal, hGeometry), hGeometry.width));
    expect([...hSides].sort()).toEqual(['even left', 'odd right']);
  });

  it('Chinese folios (--folio-numerals cjk): each body page is numbered 一, 二 … on the mirrored side', async () => {
    const all = await pdfGlyphs(file(chineseFolios, 'press-conference', 'pdf'));
    const byPage = new Map<number, typeof all>();
    for (const x of all.filter((x) => new RegExp(`^${CJK.pattern}$`).test(x.char) && x.y < geometry.bottom - 12)) byPage.set(x.page, [...(byPage.get(x.page) ?? []), x]);
    expect(byPage.size).toBeGreaterThan(10);
    for (const [page, glyphs] of byPage) {
      const sorted = glyphs.sort((a, b) => a.x - b.x);
      expect(sorted.map((g) => g.char).join(''), `page ${page}`).toBe(CJK.write(page));
      expect(sorted[0]!.x > geometry.width / 2 ? 'right' : 'left', `page ${page}`).toBe(page % 2 ? 'left' : 'right');
    }
  });

  it('page counts: vertical and horizontal example', () => {
    const pages = (r: BuildResult) => r.files.find((f) => f.format === 'pdf' && basename(f.path) === 'press-conference.pdf')!.pages!;
    console.log(`example: ${pdfPages(horizontal)} pages horizontal, ${pages(vertical)} vertical`);
    expect(pages(vertical)).toBeGreaterThan(4);
  });

  it('the corner brackets are huozi\'s own typesetting: no fidelity-transformed warning for them (control: the mapping is used)', () => {
    expect(vertical.warnings.filter((w) => w.code === 'fidelity-transformed')).toEqual([]);
    expect(readFileSync(example, 'utf8')).toMatch(/[“”]/u);
  });
});

describe('vertical PDF: golden page images of the example (test/golden/pdf-vertical/, shown in the README)', () => {
  // A right-bound spread: the verso (even page) on the right, the recto on its left.
  const views: Record<string, (pdf: string, folder: string) => PNG> = {
    cover: (pdf, folder) => pageImage(pdf, 1, folder),
    contents: (pdf, folder) => pageImage(pdf, 3, folder),
    spread: (pdf, folder) => sideBySide([pageImage(pdf, 7, folder), pageImage(pdf, 6, folder)]),
  };
  for (const [name, render] of Object.entries(views)) {
    it(`${name} matches test/golden/pdf-vertical/${name}.png`, async () => {
      const version = await (await testBrowser.get()).version();
      const png = PNG.sync.write(render(v('press-conference', 'pdf'), join(dir, 'pages')));
      expect(compareWithGolden('pdf-vertical', name, png, version).problem).toBe('');
    });
  }
});

describe('vertical EPUB', () => {
  it('EPUBCheck: no fatal, error or warning', async () => {
    for (const [f, r] of Object.entries(await validated.epubcheck)) expect(r.messages, basename(f)).toEqual([]);
  });
  it('Ace by DAISY: no violation', async () => {
    for (const [f, r] of Object.entries(await validated.ace)) expect(r.violations, basename(f)).toEqual([]);
    console.log(`Ace: ${Object.keys(await validated.ace).map((f) => basename(f)).join(', ')}`);
  });
  it('Ace sees every element, class, role and language of every vertical book', () => {
    expect(aceCover.chosen).toContain(v('zh-hant-briefing', 'epub'));
    expect([...aceCover.everyFeature].filter((f) => !aceCover.chosenFeatures.has(f))).toEqual([]);
  });
  it('the spine turns right to left; the horizontal book keeps ltr', async () => {
    const opf = await (await JSZip.loadAsync(readFileSync(v('press-conference', 'epub')))).file('OEBPS/content.opf')!.async('string');
    expect(opf).toMatch(/<spine toc="ncx" page-progression-direction="rtl">/);
  });
  it('every content document is set vertical-rl on its root, in columns, with no kinsoku violation (Chromium)', async () => {
    const zip = await JSZip.loadAsync(readFileSync(v('press-conference', 'epub')));
    const out = join(dir, 'epub');
    for (const [path, entry] of Object.entries(zip.files)) {
      if (entry.dir) continue;
      mkdirSync(join(out, path, '..'), { recursive: true });
      writeFileSync(join(out, path), await entry.async('uint8array'));
    }
    const docs = Object.keys(zip.files).filter((p) => /OEBPS\/(title|opening|topic-\d+)\.xhtml$/.test(p));
    expect(docs.length).toBeGreaterThan(3);
    for (const doc of docs) {
      const { mode, lines, violations } = await withPage(join(out, doc), { width: 1000, height: 700 }, screenColumns);
      expect(mode, doc).toBe('vertical-rl');
      expect(lines, doc).toBeGreaterThan(0);
      expect(violations, doc).toEqual([]);
    }
  });
});

describe('vertical HTML', () => {
  it('desktop: columns right to left, scrolling horizontally, nothing overflowing the window height; no kinsoku violation', async () => {
    const r = await withPage(v('press-conference', 'html'), { width: 1280, height: 800 }, screenColumns);
    expect(r.mode).toBe('vertical-rl');
    expect(r.scrollWidth).toBeGreaterThan(1280);
    expect(r.scrollHeight).toBeLessThanOrEqual(800);
    expect(r.lines).toBeGreaterThan(100);
    expect(r.violations).toEqual([]);
  });
  for (const view of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`axe-core, ${view.width} px, ${scheme}: zero violations`, async () => {
        expect(await withPage(v('press-conference', 'html'), { ...view, scheme }, axe, allowScripts)).toEqual([]);
      });
    }
  }
  it('phone: horizontal lines, nothing overflowing the window width', async () => {
    const r = await withPage(v('press-conference', 'html'), { width: 390, height: 844 }, screenColumns);
    expect(r.mode).toBe('horizontal-tb');
    expect(r.scrollWidth).toBeLessThanOrEqual(390);
  });
});

/**
 * In the page: the root's writing mode, the scroll extent, and the visual lines (columns when vertical) of every
 * paragraph and heading measured with Range.getClientRects, each checked for kinsoku (the sets of pdf-columns.ts).
 */
async function screenColumns(page: Page) {
  return page.evaluate(
    (noStart, noEnd) => {
      const root = document.documentElement;
      const mode = getComputedStyle(root).writingMode;
      const vertical = mode.startsWith('vertical');
      const violations: string[] = [];
      let lines = 0;
      for (const block of Array.from(document.querySelectorAll('p, h1, h2, h3, li'))) {
        if (block.querySelector('p, li')) continue;
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        const chars: Array<{ c: string; key: number }> = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (let i = 0; i < text.length; i++) {
            if (/\s/.test(text[i]!)) continue;
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = range.getClientRects()[0];
            if (!rect || rect.width === 0) continue;
            // A line is a column (same x centre) when vertical, a row (same y centre) when horizontal.
            chars.push({ c: text[i]!, key: Math.round((vertical ? rect.left + rect.width / 2 : rect.top + rect.height / 2) / 8) });
          }
        }
        const groups: string[] = [];
        let last: number | undefined;
        for (const { c, key } of chars) {
          if (last === undefined || Math.abs(key - last) > 1) groups.push('');
          groups[groups.length - 1] += c;
          last = key;
        }
        lines += groups.length;
        groups.forEach((g, i) => {
          if (i > 0 && noStart.includes(g[0]!)) violations.push(`starts with ${g[0]}: ${g.slice(0, 10)}`);
          if (i < groups.length - 1 && noEnd.includes(g.at(-1)!)) violations.push(`ends with ${g.at(-1)}: ${g.slice(-10)}`);
        });
      }
      return { mode, lines, violations, scrollWidth: root.scrollWidth, scrollHeight: root.scrollHeight };
    },
    [...NO_START].join(''),
    [...NO_END].join(''),
  );
}
