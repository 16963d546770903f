/**
 * What the print edition prints, decided before any browser runs: the page
 * geometry, the print stylesheet, the body HTML (cover, imprint page, contents, topics), the
 * local images it shows, and how the second, light print (contents page
 * numbers and recto heads) is rendered once the first one says where things
 * landed.
 */
import type { Document } from '../../ast/types.js';
import { spacedText, typesetMarkup } from '../../typeset/index.js';
import type { Metadata } from '../../metadata.js';
import type { OutputFile, RenderContext } from '../context.js';
import { collectImages } from '../images.js';
import { buildView, headingId, type TocEntry, tocOf, type View } from '../view.js';
import { folios, headMeasure, marginBoxFonts, pageCss } from './page-css.js';
import { questionsInSections, runningHead } from './furniture.js';
import { coverSummary } from './cover-summary.js';
import { imprint } from './imprint.js';
import { notesPlacement } from './notes.js';
import { type PageGeometry, pageGeometry } from './paper.js';
import type { Mark } from './boxes.js';
import type { Preload } from './print.js';

/**
 * Characters Chromium draws that neither the page nor its stylesheet (whose `content` strings are
 * in the print's font text) spells out: list markers (disc, circle, square; decimal) and the
 * ellipsis of a shortened head. Without them in the cut fonts, Chromium would fall back to a system font.
 */
const DRAWN_BY_CHROMIUM = '•◦▪0123456789.…';

/** A contents entry with the page number (1-based, as printed) it landed on. */
export type NumberedEntry = TocEntry & { page: string; children: NumberedEntry[] };

export interface PrintPlan {
  meta: Metadata;
  /** The print's page geometry (trim, bleed, margins; pt). */
  geometry: PageGeometry;
  /** Each topic and top-level part starts a page (`--topic-page-break`): the page before it may end short. */
  topicPageBreak: boolean;
  /** Printer's marks drawn outside the trim. */
  marks: readonly Mark[];
  /** Contents entries (topics or sections, nested), in document order. */
  toc: TocEntry[];
  /** The contents' bookmark title, in the document's language. */
  contentsLabel: string;
  /** `print.css` without its fonts: the base and print styles, the generated @page rules. */
  css: string;
  /** Every character the print may set (page, margin boxes, stamped page numbers and shortened heads): its fonts are cut to it. */
  fontText: string;
  /** `print.html`, which links `print.css` and the images by relative path. */
  html: string;
  /** Images to write beside `print.html`. */
  images: OutputFile[];
  /** Text in margin boxes and the CSS font that draws it, loaded before the main print. */
  preload: Preload;
  /** Per turn of the body, in document order: the words of a question within a section (a running-head unit). */
  questions: Array<string | undefined>;
  /** Running heads are shortened to this many ems (page-css.ts). */
  headMeasure: number;
  /** Set in columns right to left, bound on the right (`--vertical`): no baseline grid or flush-bottom stretch, /Direction /R2L. */
  vertical: boolean;
  /** The light second print: the contents with page numbers, and each distinct recto head. */
  stamp(toc: NumberedEntry[], heads: Array<{ head: string; pages: number[] }>): string;
  /** What makes the print what it is (its HTML and the options that act after printing): seeds the PDF's ID. */
  fingerprint: string;
}

/** Plans the print of a document. Reads the local images it shows (warning about any it skips); writes nothing. */
export function planPrint(doc: Document, context: RenderContext): PrintPlan {
  const { options, meta } = context;
  const images = collectImages(doc, context, '');
  const { paper, bleed, marks, topicPageBreak, vertical, folioNumerals, press } = options;
  const numbers = folios(folioNumerals, meta.lang);
  // The contents link to each heading: its named destination is where the print's landings are read (view.ts headingId).
  const toc = tocOf(doc.children, (id) => `#${headingId(id)}`);
  const view = buildView(doc, meta, 'pdf', { assets: images.urls(''), vertical, toc });
  const geometry = pageGeometry(paper, bleed, vertical);
  // Marks are for the press, which trims: colour set to the edge (the cover band) needs the bleed past the trim.
  if (marks.length > 0 && bleed === 0) {
    context.warn({ code: 'marks-without-bleed', message: `printer's marks (${marks.join(', ')}) without a bleed: the cover's band ends at the trim; add --bleed 3mm (or bleed: 3mm)` });
  }
  // …and separates colour into inks: RGB black text would print in all four.
  if (marks.length > 0 && !press) {
    context.warn({ code: 'marks-without-press', message: `printer's marks (${marks.join(', ')}) on an RGB print: its black text separates into all four inks; add --press for CMYK with the text in 100 % K` });
  }
  const template = context.templates.page('pdf', 'page');
  const typeset = (page: string): string => typesetMarkup(page, { lang: meta.lang, fragment: false, xhtml: false, vertical });
  const html = typeset(template(bodyContext(view, meta, topicPageBreak)));
  const versoHead = spacedText(runningHead(meta.title, meta.lang, headMeasure(geometry)));
  const css = [context.templates.stylesheet('base', 'pdf', ...(vertical ? ['vertical', 'vertical-pdf'] : [])), pageCss(geometry, versoHead, numbers)].join('\n');
  return {
    meta,
    geometry,
    topicPageBreak,
    marks,
    vertical,
    toc: view.toc,
    contentsLabel: view.labels.contents,
    css,
    fontText: `${html}${css}${versoHead}${numbers.chars}${DRAWN_BY_CHROMIUM}`,
    html,
    images: images.files,
    preload: marginBoxFonts(versoHead, numbers),
    questions: questionsInSections(doc),
    headMeasure: headMeasure(geometry),
    stamp: (toc, heads) => typeset(template({ ...view, stamp: true, stylesheetHref: PRINT_CSS, toc, heads })),
    fingerprint: html + JSON.stringify({ paper, bleed, marks, topicPageBreak, vertical, folioNumerals }),
  };
}

/** The file name the print's HTML links its stylesheet by. */
export const PRINT_CSS = 'print.css';

function bodyContext(view: View, meta: Metadata, topicPageBreak: boolean) {
  return {
    ...view,
    stylesheetHref: PRINT_CSS,
    topicPageBreak,
    imprint: imprint(meta, view.labels, view.toc, coverSummary(view)),
    print: true,
    ...notesPlacement(view),
  };
}

