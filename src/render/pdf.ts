/**
 * The print edition. One full Chromium print of the shared templates (CSS
 * paged media, fonts from file:// URLs), then everything that depends on where
 * things landed is added without printing the body again: the positions of
 * topics are read from the PDF's named destinations, and a light second print
 * holding only the contents page numbers and the recto heads (one page per
 * distinct head) is laid over the pages. Folios and verso heads are margin
 * boxes of the main print. Then bookmarks, printer's boxes and marks, and document
 * information with fixed dates and ID, so rebuilds are byte-identical.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ParseSpeeds, PDFDocument } from '@cantoo/pdf-lib';
import { toString } from 'mdast-util-to-string';
import type { Document } from '../ast/types.js';
import { fontFacesByFileUrl, uncovered } from '../fonts.js';
import type { OutputFile, RenderContext, Renderer } from './context.js';
import { collectImages } from './images.js';
import { setPageBoxes } from './pdf/boxes.js';
import { imprint } from './pdf/imprint.js';
import { notesPlacement } from './pdf/notes.js';
import { applyBreaks, balancedBreaks } from './pdf/contents.js';
import { questionsInSections, rectoHeads, runningHead } from './pdf/furniture.js';
import { setDocumentInfo } from './pdf/info.js';
import { type Landing, namedDestinations, pagesLinkingTo } from './pdf/landings.js';
import { type Bookmark, writeOutline } from './pdf/outline.js';
import { headMeasure, marginBoxFonts, pageCss, printedSize } from './pdf/page-css.js';
import { LINE_PT, type PageGeometry, pageGeometry, paperSize } from './pdf/paper.js';
import { type PrintOptions, printHtml } from './pdf/print.js';
import { addProbes, alignBaselines, applyStretch, planStretch, probeSpots, type Spot, type StretchPlan, TOPIC_PROBE, TURN_PROBE } from './pdf/flush-bottom.js';
import type { Browser } from 'puppeteer-core';
import { overlayStamp } from './pdf/stamp.js';
import { documentText } from './text-by-face.js';
import { stylesheet } from './styles.js';
import type { Template } from './templates.js';
import { buildView, type TocEntry, type View } from './view.js';

/** The cover: masthead and kicker on the band, headline and deck below it. */
const BAND = new Set(['masthead', 'kicker']);
const TITLE = new Set(['headline', 'deck']);
/** Pages before the contents: the cover and the title/imprint page. */
const FRONT_PAGES = 2;

/** The main print's source, written into `work`: print.html, print.css and any images. */
export interface PrintSource {
  htmlPath: string;
  html: string;
  view: View;
  geometry: PageGeometry;
  template: Template;
}

export function writePrintSource(doc: Document, context: RenderContext, work: string): PrintSource {
  const { options, meta } = context;
  const images = collectImages(doc, context, '');
  for (const f of images.files) writeFileSync(join(work, f.path), f.data);
  const view = buildView(doc, meta, 'pdf', { assets: images.urls('') });
  const geometry = pageGeometry(paperSize(options.paper), options.bleed);
  writeFileSync(join(work, 'print.css'), [fontFacesByFileUrl(meta.lang), stylesheet('base', 'pdf'), pageCss(geometry, runningHead(meta.title, meta.lang, headMeasure(geometry)))].join('\n'));
  const template = context.templates.page('pdf', 'page');
  const html = template({
    ...view,
    stylesheetHref: 'print.css',
    topicPageBreak: options.topicPageBreak,
    bandNodes: view.front.filter((n) => BAND.has(n.type)),
    titleNodes: view.front.filter((n) => TITLE.has(n.type)),
    ledeNodes: view.front.filter((n) => !BAND.has(n.type) && !TITLE.has(n.type)),
    imprint: imprint(meta, view.labels, view.toc, ledeText(view)),
    print: true,
    ...notesPlacement(view),
  });
  const htmlPath = join(work, 'print.html');
  writeFileSync(htmlPath, html);
  return { htmlPath, html, view, geometry, template };
}

export const pdf: Renderer = {
  name: 'pdf',
  async render(doc: Document, context: RenderContext): Promise<OutputFile[]> {
    warnMissingGlyphs(doc, context);
    const { options, meta } = context;
    const work = mkdtempSync(join(tmpdir(), 'huozi-pdf-'));
    try {
      const { htmlPath, html, view, geometry, template } = writePrintSource(doc, context, work);
      const browser = await context.browser();
      const preload = marginBoxFonts(runningHead(meta.title, meta.lang, headMeasure(geometry)));
      const areaTop = printedSize(geometry).height - geometry.bleed - geometry.top;
      const ids = new Set(flatten(view.toc).map((e) => e.id));
      const { plan, contentsBreaks, spots } = await measure(browser, htmlPath, preload, geometry, areaTop, options.topicPageBreak, ids);
      const printed = await printHtml(browser, htmlPath, {
        tagged: true,
        preload,
        prepare: async (page) => {
          await alignBaselines(page);
          await applyStretch(page, plan);
          await applyBreaks(page, contentsBreaks);
        },
      });
      const pdfDoc = await PDFDocument.load(printed, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });

      // Where each contents entry landed; the contents are the pages that link to them, the body follows.
      const dests = namedDestinations(pdfDoc);
      const landing = (e: TocEntry): Landing => {
        const found = dests.get(e.id);
        if (!found) throw new Error(`no destination for ${e.id} in the print`);
        return found;
      };
      // The contents follow the cover and the imprint page, one page each; later pages linking to a topic (a cross-reference) are body pages.
      const linking = ids.size ? pagesLinkingTo(pdfDoc, ids) : [];
      const tocPages = linking.filter((page, i) => page === FRONT_PAGES + i);
      const bodyStart = tocPages.length ? tocPages.at(-1)! + 1 : FRONT_PAGES;
      const pageHeight = printedSize(geometry).height;
      // Running heads name the deepest unit in progress: topics and sections (all depths), and questions within sections
      // (where they landed in the measuring print: page breaks do not move, and a unit at a page top stays there).
      const maxEm = headMeasure(geometry);
      const questions = questionsInSections(doc).flatMap((text, i) => {
        const spot = spots.get(`${TURN_PROBE}${i}-t`);
        return text && spot ? [{ label: runningHead(text, meta.lang, maxEm), landing: spot }] : [];
      });
      const heads = rectoHeads({
        pageCount: pdfDoc.getPageCount(),
        bodyStart,
        headline: runningHead(meta.title, meta.lang, maxEm),
        marks: [...flatten(view.toc).map((e) => ({ label: runningHead(e.label, meta.lang, maxEm), landing: landing(e) })), ...questions],
        topOfPage: LINE_PT,
      });

      const numbered = (entries: TocEntry[]): object[] =>
        entries.map((e) => ({ ...e, page: String(landing(e).page + 1), children: numbered(e.children) }));
      const targets = [...tocPages.map((p) => [p]), ...heads.map((h) => h.pages)];
      if (targets.length) {
        const stampPath = join(work, 'stamp.html');
        writeFileSync(stampPath, template({ ...view, stamp: true, stylesheetHref: 'print.css', toc: numbered(view.toc), heads }));
        await overlayStamp(pdfDoc, await printHtml(browser, stampPath, { tagged: false, prepare: (page) => applyBreaks(page, contentsBreaks) }), targets);
      }

      const bookmarks = (entries: TocEntry[]): Bookmark[] =>
        entries.map((e) => ({ title: e.number ? `${e.number} ${e.label}` : e.label, landing: landing(e), children: bookmarks(e.children) }));
      writeOutline(pdfDoc, [
        { title: meta.title, landing: { page: 0, offset: 0 }, children: [] },
        ...(tocPages.length ? [{ title: view.labels.contents, landing: { page: tocPages[0]!, offset: 0 }, children: [] }] : []),
        ...bookmarks(view.toc),
      ], pageHeight - geometry.bleed - geometry.top);
      setPageBoxes(pdfDoc, geometry, options.marks);
      const { paper, bleed, marks, topicPageBreak } = options;
      setDocumentInfo(pdfDoc, meta, html + JSON.stringify({ paper, bleed, marks, topicPageBreak }));
      // pdf-lib yields to the event loop every 50 objects by default: several seconds on a big book.
      const data = await pdfDoc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: Infinity });
      return [{ path: `${context.stem}.pdf`, data }];
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};

/**
 * The measuring print: where each page's text ends and the stretch that makes full pages end flush (flush-bottom.ts),
 * and where the contents pages break when balanced (contents.ts).
 */
async function measure(
  browser: Browser,
  htmlPath: string,
  preload: NonNullable<PrintOptions['preload']>,
  geometry: PageGeometry,
  areaTop: number,
  topicPageBreak: boolean,
  ids: Set<string>,
): Promise<{ plan: StretchPlan; contentsBreaks: number[]; spots: Map<string, Spot> }> {
  let blocks: Awaited<ReturnType<typeof addProbes>> = [];
  const measured = await printHtml(browser, htmlPath, {
    tagged: false,
    preload,
    prepare: async (page) => {
      await alignBaselines(page);
      blocks = await addProbes(page, LINE_PT);
    },
  });
  const pdf = await PDFDocument.load(measured, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const spots = probeSpots(pdf, areaTop);
  // With --topic-page-break, the page before each topic ends where its topic does.
  const topicStarts = new Set([...spots].filter(([id, s]) => id.startsWith(TOPIC_PROBE) && s.offset < 0.5).map(([, s]) => s.page));
  const plan = planStretch(blocks, spots, { lines: geometry.lines, pitch: LINE_PT }, (page) => topicPageBreak && topicStarts.has(page + 1));
  return { plan, contentsBreaks: balancedBreaks(pdf, ids, FRONT_PAGES), spots };
}

/** The lede's words, or the first paragraph's: what the cover summarises when there are no topics. */
const ledeText = (view: View): string | undefined => {
  const first = [...view.front, ...view.body].find((n) => n.type === 'lede' || n.type === 'paragraph' || n.type === 'turn');
  return first ? toString(first) : undefined;
};

const flatten = (entries: TocEntry[]): TocEntry[] => entries.flatMap((e) => [e, ...flatten(e.children)]);

/** A character no pinned font covers would print from a system font or as a blank: say which. */
function warnMissingGlyphs(doc: Document, context: RenderContext): void {
  const missing = uncovered(documentText(doc), context.meta.lang);
  if (missing.length === 0) return;
  const list = missing.map((cp) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')} ${String.fromCodePoint(cp)}`).join(', ');
  context.warn({ code: 'missing-glyph', message: `${missing.length} character(s) not in the pinned fonts (Chromium draws them from a system font): ${list}` });
}
