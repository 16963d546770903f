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
import { speakerColon } from '../templates.js';
import { buildView, headingId, type TocEntry, tocOf, type View } from '../view.js';
import { toString } from 'mdast-util-to-string';
import { folios, headMeasure, marginBoxFonts, pageCss } from './page-css.js';
import { questionsInSections, runningHead } from './furniture.js';
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
    imprint: imprint(meta, view.labels, view.toc, ledeText(view)),
    print: true,
    ...notesPlacement(view),
  };
}

/** Parties to a case, whose words a cover never quotes. */
const PARTY = /被告|原告|证人|證人|嫌疑人|上诉人|上訴人|申请人|申請人|被申请人|被申請人|当事人|當事人|Defendant|Plaintiff|Witness/u;

/**
 * Running text holds a stop, or a comma with words after it (a web page's breadcrumb, `作者：陈嘉、李想`, a date line
 * or a date and a place, `2025年6月25日，天津`, does not); in English, a word ending a sentence (`…as new orders come in.`;
 * not `March 4, 2025`, a URL or `3.2`).
 */
const PROSE = /[。！？；]|，.{6}|[A-Za-z]{2}[.!?;](?:\s|$)/u;
/** A paragraph wholly in brackets: a note (`（請同時參閱英文部分。）`, `（完）`), not running text. */
const BRACKETED = /^[（(【[][^]*[）)】\]]$/u;
/** Fewer characters than this in an answer are a greeting or a thanks (`陈佳你好，各位观众好。`), not what it says. */
const GREETING_CHARS = 20;
/** A sentence of courtesy opening a turn: a greeting, thanks, a self-introduction (`大家好，我是周牧…`, `謝謝發言人。`). */
const COURTESY = /^(?:各位|大家|诸位|諸位|女士们|女士們|尊敬的|亲爱的|親愛的|谢谢|謝謝|感谢|感謝|你好|您好|我是|好的|是的)/u;
/** Shorter than this, a turn's first sentence is a bare reply (`不會重疊。`, `对。`), which needs the question to be read. */
const BARE_REPLY = 8;

/**
 * What a turn says, from its first sentence that is neither courtesy nor a bare reply: a cover quotes that, not
 * `大家好，我是周牧…` or `不會重疊。`, whose sense is in the question. Empty when every sentence is one or the other.
 */
function substance(text: string): string {
  const sentences = text.match(/[^。！？!?]+[。！？!?]*[”’」』]*/gu) ?? [];
  const from = sentences.findIndex((s) => !COURTESY.test(s.trim()) && [...s.trim()].length >= BARE_REPLY);
  return from < 0 ? '' : sentences.slice(from).join('').trim();
}

/**
 * The lede's words, or those of the first paragraph of running text after the headline, else of the first answer to a
 * question (else the first answer, or any turn), said by its speaker (`林剑：女士们、先生们…`): what the cover
 * summarises when there are no topics.
 */
function ledeText(view: View): string | undefined {
  const lede = view.front.find((n) => n.type === 'lede');
  if (lede) return toString(lede);
  const children = view.doc.children;
  const body = children.slice(children.findIndex((n) => n.type === 'headline') + 1).filter((n) => PROSE.test(toString(n)));
  // Nor a subtitle's line nobody is credited with (`- 我们已经协调了三家平台。`): a quote needs its speaker; nor a
  // field of the source block (`参会人员：…`).
  const paragraph = body.find((n) => n.type === 'paragraph' && !BRACKETED.test(toString(n).trim()) && !n.data?.unattributed && !n.data?.field);
  if (paragraph) return toString(paragraph);
  const turns = body.filter((n) => n.type === 'turn');
  // An answer to a question says more than an opening's greetings (`各位媒體朋友大家午安…`), and is quoted from what it
  // says past its courtesies, in the book's language; a party to a case is never quoted on the cover (a court record's cover would print the
  // defendant's words): the court's opening is.
  const answer = (t: (typeof turns)[number]) => t.role === 'answer' && !PARTY.test(t.speaker);
  // In the book's language: a bilingual briefing's cover quotes the Chinese, not the English it interprets.
  const lang = (t: (typeof turns)[number]) => (t.children[0]?.type === 'paragraph' && t.children[0].data?.lang) || view.meta.lang;
  const says = (t: (typeof turns)[number]) => [...substance(toString(t))].length >= GREETING_CHARS && lang(t).split('-')[0] === view.meta.lang.split('-')[0];
  const turn = turns.find((t, i) => answer(t) && says(t) && turns[i - 1]?.role === 'question') ?? turns.find((t) => answer(t) && says(t));
  // Answers only in another language (a foreign guest, interpreted): the interpretation, as the guest's words.
  const at = turn ? -1 : turns.findIndex((t, i) => t.role === 'interpreter' && says(t) && i > 0 && answer(turns[i - 1]!));
  const fallback = turns.find(answer) ?? turns[0];
  const [speaker, quoted] = turn ? [turn, turn] : at > 0 ? [turns[at - 1]!, turns[at]!] : [fallback, fallback];
  if (!speaker || !quoted) return undefined;
  const words = substance(toString(quoted)) || toString(quoted);
  return `${speaker.speaker}${speakerColon(speaker.speaker, lang(quoted))}${words}`;
}
