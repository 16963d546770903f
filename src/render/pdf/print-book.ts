/**
 * Prints a planned book to PDF bytes, in named passes: the measuring print
 * and the main print of the body, from one loaded page; where every contents
 * entry landed (read from the PDF's named destinations) and which pages are
 * the contents; a light second print of the
 * contents page numbers and recto heads, loaded into the same page, laid over those pages; bookmarks;
 * then printer's boxes and marks, and document information
 * with fixed dates and ID, so rebuilds are byte-identical. A vertical book
 * (`plan.vertical`) skips the steps that only a horizontal text block has —
 * the baseline grid, the flush-bottom stretch and the balanced contents, all
 * read from the measuring print — and is marked right to left. Only this module
 * writes files: the plan's HTML, CSS and images, in a temporary folder it
 * removes again.
 */
import { fixToUnicode } from './to-unicode.js';
import { printFonts } from '../../fonts.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ParseSpeeds, PDFDocument } from '@cantoo/pdf-lib';
import type { Browser, Page } from 'puppeteer-core';
import { headingId, type TocEntry } from '../view.js';
import { setPageBoxes } from './boxes.js';
import { fitWideTables } from './wide-tables.js';
import { applyBreaks, balancedBreaks, fitLeaders } from './contents.js';
import { rectoHeads, runningHead } from './furniture.js';
import { setDocumentInfo } from './info.js';
import { type Landing, namedDestinations, pagesLinkingTo } from './landings.js';
import { type Bookmark, writeOutline } from './outline.js';
import { printedSize } from './page-css.js';
import { LINE_PT } from './paper.js';
import { addProbes, alignBaselines, applyStretch, gapSpots, planStretch, probeSpots, removeProbes, type Spot, type StretchPlan, TOPIC_GAPS, TURN_GAPS } from './flush-bottom.js';
import { type NumberedEntry, PRINT_CSS, type PrintPlan } from './plan.js';
import { compressLineEnds } from './line-ends.js';
import { keepShortParagraphs } from './short-paragraphs.js';
import { snapToGrid } from './grid-snap.js';
import { collectGarbage, loadPrintPage, printLinks, printPage, withPrintPage } from './print.js';
import { overlayStamp } from './stamp.js';
import { uniqueSubsetTags } from './subset-tags.js';
import { bindOnTheRight } from './reading-direction.js';
import { timed } from '../../step-timings.js';

/** Where the main print put things: each entry's landing, the contents pages and the first body page (0-based). */
interface Layout {
  landing(entry: TocEntry): Landing;
  contentsPages: number[];
  bodyStart: number;
}

/**
 * The finished PDF's bytes and its page count, printed in `launching` once it has started; `printed` is awaited once
 * the prints are made and their page closed, before the bookmarks and the finishing. Throws if Chromium fails or a
 * contents entry has no destination in the print.
 */
export async function printBook(plan: PrintPlan, launching: Promise<Browser>, printed: () => Promise<void>): Promise<{ data: Uint8Array; pages: number }> {
  const work = mkdtempSync(join(tmpdir(), 'huozi-pdf-'));
  try {
    // The print's fonts are cut (in their own thread) while Chromium starts; a failed start waits for the cut, so the
    // build ends with nothing left running. The files are written once the browser has answered.
    const fonts = printFonts(plan.meta.lang, plan.fontText);
    // A cut that fails while Chromium starts is thrown where the fonts are awaited, not reported as unhandled first.
    fonts.catch(() => undefined);
    const browser = await launching.catch(async (e: unknown) => {
      await fonts.catch(() => undefined);
      throw e;
    });
    const htmlPath = await writePrintFiles(plan, work, fonts);
    const { pdf, layout } = await withPrintPage(browser, htmlPath, plan.preload, async (page) => {
      const { pdf, measured } = await printBody(plan, page);
      const layout = layoutOf(pdf, plan.toc);
      await timed('stamp', () => stampContentsAndHeads(pdf, plan, layout, measured, page, work));
      return { pdf, layout };
    });
    await printed();
    return { data: await timed('pdf-finish', () => finish(pdf, plan, layout)), pages: pdf.getPageCount() };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Writes `print.html`, `print.css`, the fonts cut to the print's text
 * (fonts.ts `printFonts`, or `cutting`, a cut already asked for) and the images into `work`; returns the path of the
 * HTML. Exported for the benchmark's bare print.
 */
export async function writePrintFiles(plan: PrintPlan, work: string, cutting = printFonts(plan.meta.lang, plan.fontText)): Promise<string> {
  const fonts = await cutting;
  for (const f of [...plan.images, ...fonts.files.map((f) => ({ path: f.name, data: f.data }))]) writeFileSync(join(work, f.path), f.data);
  writeFileSync(join(work, PRINT_CSS), `${fonts.css}\n${plan.css}`);
  const htmlPath = join(work, 'print.html');
  writeFileSync(htmlPath, plan.html);
  return htmlPath;
}

/**
 * The measuring print and the main print, of the loaded page: tables wider than the measure set smaller, images, tables,
 * code and notes grown to whole lines, baselines on the grid, line ends compressed, paragraphs too short to split kept whole and contents leaders fitted once, then
 * (horizontal only) measured with probes, the probes taken out, each short page's heading space stretched and the
 * contents broken as measured, and printed again with its structure tree. Both prints have the same lines by
 * construction, and the page is loaded once.
 */
async function printBody(plan: PrintPlan, page: Page): Promise<{ pdf: PDFDocument; measured: Measured }> {
  if (plan.vertical) return { pdf: await timed('main-print', () => printMain(page)), measured: UNMEASURED };
  await timed('page-composition', () => composePage(page));
  const measured = await timed('measuring-print', () => measure(plan, page));
  const pdf = await timed('main-print', async () => {
    await applyStretch(page, measured.stretch);
    await applyBreaks(page, measured.contentsBreaks);
    await collectIfLarge(plan, page);
    return printMain(page);
  });
  return { pdf, measured };
}

/** The main print: tagged, read by pdf-lib. */
const printMain = async (page: Page) => loadPdf(await printPage(page, true));

/** The loaded page's lines composed for print, in order (each step reads the layout the one before left). */
async function composePage(page: Page): Promise<void> {
  await fitWideTables(page);
  await snapToGrid(page, LINE_PT);
  await alignBaselines(page);
  await compressLineEnds(page);
  await keepShortParagraphs(page, LINE_PT);
  await fitLeaders(page);
}

/**
 * Print HTML (UTF-16 code units) from which the renderer's heap is collected before each print of the body
 * (print.ts `collectGarbage`): a large book's prints then run without the renderer collecting as it goes. Measured,
 * the PDF alone (browser's peak; time): 3 MB transcript, 2.7 M units: 2.85 → 2.09 GB, 115 → 104 s; 1 MB, 1.4 M
 * units: 1.80 → 1.58 GB, time unchanged; 0.37 MB, 0.54 M units: 1.36 → 1.19 GB but 0.5–1 s slower; the example
 * (30 k units) gains nothing for 0.1 s a collection.
 */
const COLLECT_FROM = 1_000_000;
const collectIfLarge = (plan: PrintPlan, page: Page) => (plan.html.length >= COLLECT_FROM ? collectGarbage(page) : Promise.resolve());

const loadPdf = (bytes: Uint8Array) => PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });

/** What the measuring print says: the stretch of short pages, the balanced contents breaks, where each turn landed. */
interface Measured {
  stretch: StretchPlan;
  contentsBreaks: number[];
  turns: Array<Spot | undefined>;
}

/**
 * A vertical book is not measured: its columns have no baseline grid to keep or foot to end flush (a page's last
 * column may end short, as in any vertical book), its contents are not balanced, and its running heads name
 * topics and sections only (where they landed in the main print), not questions.
 */
const UNMEASURED: Measured = { stretch: { extra: [], short: [], stretched: [] }, contentsBreaks: [], turns: [] };

/**
 * The measuring print of the loaded page, probes in it and taken out again after: where each page's text ends and
 * the stretch that makes full pages end flush (flush-bottom.ts), where the contents pages break when balanced
 * (contents.ts), and where each turn lands (for running heads).
 */
async function measure(plan: PrintPlan, page: Page): Promise<Measured> {
  const { geometry } = plan;
  const probes = await addProbes(page, LINE_PT);
  await collectIfLarge(plan, page);
  const pdf = await loadPdf(await printLinks(page));
  await removeProbes(page);
  const areaTop = printedSize(geometry).height - geometry.bleed - geometry.top;
  const spots = probeSpots(pdf, areaTop);
  // With --topic-page-break, the page before each topic ends where its topic does.
  const topicStarts = new Set(gapSpots(probes, spots, TOPIC_GAPS).flatMap((s) => (s && s.offset < 0.5 ? [s.page] : [])));
  const stretch = planStretch(probes, spots, { lines: geometry.lines, pitch: LINE_PT }, (page) => plan.topicPageBreak && topicStarts.has(page + 1));
  const ids = new Set(flatten(plan.toc).map((e) => headingId(e.id)));
  return { stretch, contentsBreaks: balancedBreaks(pdf, ids, FRONT_PAGES), turns: gapSpots(probes, spots, TURN_GAPS) };
}

function layoutOf(pdf: PDFDocument, toc: TocEntry[]): Layout {
  const dests = namedDestinations(pdf);
  const landing = (e: TocEntry): Landing => {
    const found = dests.get(headingId(e.id));
    if (!found) throw new Error(`no destination for ${e.id} in the print`);
    return found;
  };
  const ids = new Set(flatten(toc).map((e) => headingId(e.id)));
  const contents = contentsPages(ids.size ? pagesLinkingTo(pdf, ids) : []);
  return { landing, contentsPages: contents, bodyStart: contents.length ? contents.at(-1)! + 1 : FRONT_PAGES };
}

/** Pages before the contents: the cover and the title/imprint page. */
const FRONT_PAGES = 2;

/**
 * The contents are the run of pages right after the cover and the imprint
 * page that link to a topic or section; a later page linking to one (a
 * cross-reference) is a body page. `linking` is sorted, 0-based.
 */
export function contentsPages(linking: number[]): number[] {
  return linking.filter((page, i) => page === FRONT_PAGES + i);
}

/**
 * The stamp (contents page numbers and recto heads, as the main print placed them) printed and laid over the main
 * print. It is loaded into the page of the body, done with by now: a page of its own cost its opening and its fonts'
 * loading again, 0.09–0.11 s of the example's 0.37–0.45 s stamp on a loaded 2-core machine.
 */
async function stampContentsAndHeads(pdf: PDFDocument, plan: PrintPlan, layout: Layout, measured: Measured, page: Page, work: string): Promise<void> {
  const { meta, headMeasure } = plan;
  const head = (text: string) => runningHead(text, meta.lang, headMeasure);
  // Running heads name the deepest unit in progress: topics and sections (all depths), and questions within sections,
  // where the measuring print put them (page breaks do not move, and a unit at a page top stays there).
  const questions = plan.questions.flatMap((text, i) => {
    const spot = measured.turns[i];
    return text && spot ? [{ label: head(text), landing: spot }] : [];
  });
  const heads = rectoHeads({
    pageCount: pdf.getPageCount(),
    bodyStart: layout.bodyStart,
    headline: head(meta.title),
    marks: [...flatten(plan.toc).map((e) => ({ label: head(e.label), landing: headingTop(layout.landing(e)) })), ...questions],
    topOfPage: LINE_PT,
  });
  const targets = [...layout.contentsPages.map((p) => [p]), ...heads.map((h) => h.pages)];
  if (targets.length === 0) return;
  const numbered = (entries: TocEntry[]): NumberedEntry[] =>
    entries.map((e) => ({ ...e, page: String(layout.landing(e).page + 1), children: numbered(e.children) }));
  const stampPath = join(work, 'stamp.html');
  writeFileSync(stampPath, plan.stamp(numbered(plan.toc), heads));
  await loadPrintPage(page, stampPath, []);
  await applyBreaks(page, measured.contentsBreaks);
  const stamp = await printPage(page, false);
  await overlayStamp(pdf, stamp, targets);
}

/**
 * Where a heading begins for the running heads: its destination less the line of space kept above a topic or section
 * heading (pdf.css), which Chromium keeps at the top of a page too — a section opening a page landed 24 pt down, below
 * the one line within which a unit counts as begun at the top, and the head named the section before it.
 */
const headingTop = (l: Landing): Landing => ({ ...l, offset: l.offset - LINE_PT });

function addBookmarks(pdf: PDFDocument, plan: PrintPlan, layout: Layout): void {
  const { meta, geometry } = plan;
  const bookmarks = (entries: TocEntry[]): Bookmark[] =>
    entries.map((e) => ({ title: e.number ? `${e.number} ${e.label}` : e.label, landing: layout.landing(e), children: bookmarks(e.children) }));
  const contents = layout.contentsPages[0];
  writeOutline(pdf, [
    { title: meta.title, landing: { page: 0, offset: 0 }, children: [] },
    ...(contents !== undefined ? [{ title: plan.contentsLabel, landing: { page: contents, offset: 0 }, children: [] }] : []),
    ...bookmarks(plan.toc),
  ], printedSize(geometry).height - geometry.bleed - geometry.top);
}

async function finish(pdf: PDFDocument, plan: PrintPlan, layout: Layout): Promise<Uint8Array> {
  addBookmarks(pdf, plan, layout);
  setPageBoxes(pdf, plan.geometry, plan.marks);
  // The stamp's subsets were tagged afresh by its own print.
  uniqueSubsetTags(pdf);
  setDocumentInfo(pdf, plan.meta, plan.fingerprint);
  if (plan.vertical) bindOnTheRight(pdf);
  // Only vertical text names glyphs by their twins (glyph-twins.ts).
  fixToUnicode(pdf, plan.html, plan.meta.lang);
  // pdf-lib yields to the event loop every 50 objects by default: several seconds on a big book.
  return pdf.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: Infinity });
}

const flatten = (entries: TocEntry[]): TocEntry[] => entries.flatMap((e) => [e, ...flatten(e.children)]);
