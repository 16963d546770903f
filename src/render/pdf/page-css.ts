/**
 * The @page rules of the print and of its stamp. Geometry is in pt; with a
 * bleed every page is printed at trim + 2 × bleed and every margin grows by
 * the bleed, so the text block stays where it is on the finished page.
 *
 * Folios and verso heads (the headline) cost nothing in Chromium's margin
 * boxes, so the main print carries them. Recto heads depend on where topics
 * landed and are stamped afterwards (stamp.ts) at the very same place: a line
 * of 8 pt type whose box ends HEAD_GAP above the text block.
 *
 * Both sit at the outer edge of the page. A vertical book (`--vertical`) is
 * bound on the right, so its versos lie on the right of a spread and its
 * rectos on the left: the furniture is mirrored. Chromium names the pages
 * by the root's direction only (ltr: the first page is a `:right` page), so
 * `:right` is the odd pages in both books.
 */
import type { FolioNumerals } from '../../config/schema.js';
import { blockWidth, BODY_PT, LINE_PT, type PageGeometry } from './paper.js';

const pt = (n: number) => `${n.toFixed(3)}pt`;

/** Running heads: 8 pt sans on a 12 pt line, ending this far above the text block. */
const HEAD = { size: 8, line: 12, gap: 11 };
/** The space's advance in Noto Sans CJK (224 of 1000 units): word spacing brings it to CLREQ's quarter em (§3.4.2). */
const SPACE_EM = 0.224;
/** How many ems of running-head type fit across the text block, less two for Han–Latin spacing (heads are shortened to it). */
export const headMeasure = (g: PageGeometry) => blockWidth(g) / HEAD.size - 2;
/** Folios: 9 pt serif, starting this far below the text block. */
const FOLIO_GAP = 1.4 * BODY_PT;

/** A CSS string literal: quotes, backslashes and control characters escaped. */
const cssString = (s: string) => `"${s.replace(/["\\\u0000-\u001f\u007f]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;

/**
 * How page numbers are written (`--folio-numerals`): a CSS counter style
 * (CSS Counter Styles 3 §7: decimal, or the Chinese informal styles, 十二 and
 * 一百零五, simp- or trad- by the document's script) and every character it
 * may draw. Folios and the contents' page numbers both use it.
 */
export interface Folios {
  style: 'decimal' | 'simp-chinese-informal' | 'trad-chinese-informal';
  chars: string;
}

/** The page numbers of `--folio-numerals` for a document in `lang` (a BCP 47 tag: `-Hant` picks the traditional style). */
export function folios(numerals: FolioNumerals, lang: string): Folios {
  if (numerals === 'arabic') return { style: 'decimal', chars: '0123456789' };
  const hant = /-Hant\b/.test(lang);
  return { style: hant ? 'trad-chinese-informal' : 'simp-chinese-informal', chars: `零一二三四五六七八九十百千${hant ? '萬' : '万'}` };
}

/**
 * Chinese page numbers in the contents take up to five characters (九百九十九): the same
 * width in the main print, where they are empty, and in the stamp, so both lay the contents out alike.
 */
const CJK_CONTENTS_NUMBERS = '\n.toc-page { width: 5em; inline-size: 5em; text-combine-upright: none; }';

/** What the margin boxes draw, for the print page to load before printing (print.ts). */
export const marginBoxFonts = (headline: string, numbers: Folios) => [
  { font: `${HEAD.size}pt 'Huozi Sans'`, text: headline },
  { font: "9pt 'Huozi Serif'", text: numbers.chars },
];

/** The page size actually printed (trim plus bleed on every side). */
export function printedSize(g: PageGeometry): { width: number; height: number } {
  return { width: g.width + 2 * g.bleed, height: g.height + 2 * g.bleed };
}

/**
 * Cover, contents and stamp pages are named pages without margin boxes. The margins
 * along the line (the sides; top and foot when vertical) leave 0.1 pt of slack so a
 * full line of N characters never wraps on rounding. Returns CSS text; lengths in pt.
 */
export function pageCss(g: PageGeometry, headline: string, numbers: Folios): string {
  const { width, height } = printedSize(g);
  const b = g.bleed;
  const slack = 0.05;
  const [top, bottom] = [g.top + b - (g.vertical ? slack : 0), g.bottom + b - (g.vertical ? slack : 0)];
  const side = g.side + b - (g.vertical ? 0 : slack);
  const [verso, recto] = g.vertical ? ['right', 'left'] : ['left', 'right'];
  // Margin boxes are set horizontally in both books: the root's writing mode would turn them.
  const head = `font-family: 'Huozi Sans'; font-size: ${HEAD.size}pt; line-height: ${HEAD.line}pt; vertical-align: bottom; padding-bottom: ${HEAD.gap}pt; writing-mode: horizontal-tb;`;
  // The verso head is a CSS string: its Han–Latin spaces are typed (spacedText), each widened to a quarter em.
  const spaces = `word-spacing: ${(0.25 - SPACE_EM).toFixed(3)}em;`;
  const folio = `content: counter(page, ${numbers.style}); font-family: 'Huozi Serif'; font-size: 9pt; line-height: 1.5; vertical-align: top; padding-top: ${pt(FOLIO_GAP)}; writing-mode: horizontal-tb;`;
  const none = ['top-left', 'top-right', 'bottom-left', 'bottom-right'].map((box) => `@${box} { content: none; }`).join(' ');
  return `
:root { --page-width: ${pt(width)}; --page-height: ${pt(height)}; --area-width: ${pt(g.width - 2 * g.side)}; --area-height: ${pt(g.height - g.top - g.bottom)}; --top: ${pt(g.top + b)}; --side: ${pt(g.side + b)}; --bleed: ${pt(b)}; --foot: ${pt(g.bottom + b)}; --line: ${pt(LINE_PT)}; --measure: ${pt(g.chars * BODY_PT + 0.1)}; }
@page { size: ${pt(width)} ${pt(height)}; margin: ${pt(top)} ${pt(side)} ${pt(bottom)}; }
@page :left { @top-${verso} { content: ${cssString(headline)}; ${head} ${spaces} text-align: ${verso}; } @bottom-${verso} { ${folio} text-align: ${verso}; } }
@page :right { @bottom-${recto} { ${folio} text-align: ${recto}; } }
@page cover { margin: 0; ${none} }
@page front { ${none} }
@page furniture { margin: 0; ${none} }
${g.vertical ? '' : 'main { width: var(--measure); }'}
.furniture-page { height: ${pt(height)}; }
.stamp .toc-page::before { content: counter(folio, ${numbers.style}); }${numbers.style === 'decimal' ? '' : CJK_CONTENTS_NUMBERS}
.furniture-page .running-head { font-size: ${HEAD.size}pt; line-height: ${HEAD.line}pt; top: ${pt(b + g.top - HEAD.gap - HEAD.line)}; left: ${pt(b + g.side)}; width: ${pt(blockWidth(g))}; text-align: ${recto}; }
`;
}
