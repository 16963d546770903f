/**
 * The @page rules of the print and of its stamp. Geometry is in pt; with a
 * bleed every page is printed at trim + 2 × bleed and every margin grows by
 * the bleed, so the text block stays where it is on the finished page.
 *
 * Folios and verso heads (the headline) cost nothing in Chromium's margin
 * boxes, so the main print carries them. Recto heads depend on where topics
 * landed and are stamped afterwards (stamp.ts) at the very same place: a line
 * of 8 pt type whose box ends HEAD_GAP above the text block.
 */
import { BODY_PT, LINE_PT, type PageGeometry } from './paper.js';

const pt = (n: number) => `${n.toFixed(3)}pt`;

/** Running heads: 8 pt sans on a 12 pt line, ending this far above the text block. */
const HEAD = { size: 8, line: 12, gap: 11 };
/** Folios: 9 pt serif, starting this far below the text block. */
const FOLIO_GAP = 1.4 * BODY_PT;

/** A CSS string literal: quotes, backslashes and control characters escaped. */
const cssString = (s: string) => `"${s.replace(/["\\\u0000-\u001f\u007f]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;

/** What the margin boxes draw, for printHtml to load before printing. */
export const marginBoxFonts = (headline: string) => [
  { font: `${HEAD.size}pt 'Huozi Sans'`, text: headline },
  { font: "9pt 'Huozi Serif'", text: '0123456789' },
];

/** The page size actually printed (trim plus bleed on every side). */
export function printedSize(g: PageGeometry): { width: number; height: number } {
  return { width: g.width + 2 * g.bleed, height: g.height + 2 * g.bleed };
}

/**
 * Cover, contents and stamp pages are named pages without margin boxes. The side
 * margins leave 0.1 pt of slack so a full line of N characters never wraps on rounding.
 */
export function pageCss(g: PageGeometry, headline: string): string {
  const { width, height } = printedSize(g);
  const b = g.bleed;
  const side = g.side + b - 0.05;
  const head = `font-family: 'Huozi Sans'; font-size: ${HEAD.size}pt; line-height: ${HEAD.line}pt; vertical-align: bottom; padding-bottom: ${HEAD.gap}pt;`;
  const folio = `content: counter(page); font-family: 'Huozi Serif'; font-size: 9pt; line-height: 1.5; vertical-align: top; padding-top: ${pt(FOLIO_GAP)};`;
  const none = '@top-left { content: none; } @bottom-left { content: none; } @bottom-right { content: none; }';
  return `
:root { --cover-height: ${pt(g.height - g.top - g.bottom)}; --line: ${pt(LINE_PT)}; --measure: ${pt(g.chars * BODY_PT + 0.1)}; }
@page { size: ${pt(width)} ${pt(height)}; margin: ${pt(g.top + b)} ${pt(side)} ${pt(g.bottom + b)}; }
@page :left { @top-left { content: ${cssString(headline)}; ${head} text-align: left; } @bottom-left { ${folio} text-align: left; } }
@page :right { @bottom-right { ${folio} text-align: right; } }
@page cover { ${none} }
@page front { ${none} }
@page furniture { margin: 0; ${none} }
.furniture-page { height: ${pt(height)}; }
.furniture-page .running-head { font-size: ${HEAD.size}pt; line-height: ${HEAD.line}pt; top: ${pt(b + g.top - HEAD.gap - HEAD.line)}; left: ${pt(b + g.side)}; width: ${pt(g.chars * BODY_PT)}; }
`;
}
