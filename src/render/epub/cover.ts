/**
 * The cover: masthead and kicker on a coloured band, the headline, the deck
 * in quotation marks, publisher and date at the foot, laid out on a 2:3
 * page and drawn as glyph outlines (see outlines.ts), so it looks the same
 * wherever it is shown, with or without fonts. Lines break between phrases
 * and are balanced (typeset/display-lines.ts). Deterministic: the same
 * metadata gives the same bytes.
 */
import { toString } from 'mdast-util-to-string';
import type { Deck } from '../../ast/types.js';
import type { Metadata } from '../../metadata.js';
import type { Template } from '../templates.js';
import { balanceLines, phrases } from '../../typeset/display-lines.js';
import { publisherAndDate } from '../written-date.js';
import type { FontAsset } from '../../fonts.js';
import { type Glyph, type OutlineFace, type Outlines, loadOutlines, outlinesOf } from './outlines.js';

/** The words on the cover, all plain text (the template escapes them). */
export interface CoverText {
  masthead?: string;
  kicker?: string;
  headline: string;
  /** Already in quotation marks. */
  deck?: string;
  footer: string;
}

interface Style {
  face: OutlineFace;
  fill: string;
  /** Font sizes to try, largest first, until the text fits in `maxLines`. */
  sizes: number[];
  maxLines: number;
  lineHeight: number;
}

const ELLIPSIS = '…';
const PAGE = { width: 1200, height: 1800, margin: 100, band: 320, footer: 1580 };
const RULE = { width: 160, height: 8 };
/** Space between the band's lines, and between the rule and the deck. */
const GAP = 20;
const DECK_GAP = 82;
const COLORS = { paper: '#f7f3ea', accent: '#9b1c1c', ink: '#1a1a1a', muted: '#4a4a4a', onAccent: '#ffffff' };
const SANS: OutlineFace = { role: 'sans', weight: '400' };
const SANS_BOLD: OutlineFace = { role: 'sans', weight: '700' };
const KAI: OutlineFace = { role: 'kai', weight: '400' };
const STYLES = {
  masthead: { face: SANS, fill: COLORS.onAccent, sizes: [52, 44, 36], maxLines: 1, lineHeight: 1.3 },
  kicker: { face: SANS_BOLD, fill: COLORS.onAccent, sizes: [64, 54, 44, 36], maxLines: 2, lineHeight: 1.3 },
  headline: { face: SANS_BOLD, fill: COLORS.ink, sizes: [120, 104, 92, 80, 68, 58, 50], maxLines: 5, lineHeight: 1.3 },
  deck: { face: KAI, fill: COLORS.muted, sizes: [68, 60, 52, 46, 40], maxLines: 5, lineHeight: 1.45 },
  footer: { face: SANS, fill: COLORS.muted, sizes: [40, 34, 28], maxLines: 2, lineHeight: 1.4 },
} satisfies Record<keyof CoverText, Style>;

/** A part of the cover broken into lines at the size that fits. */
interface Fitted {
  style: Style;
  size: number;
  lines: Glyph[][];
  height: number;
}

/** One placed line: the glyphs by definition id and x offset in font units. */
interface PlacedLine {
  x: number;
  y: number;
  scale: number;
  fill: string;
  glyphs: Array<{ id: string; x: number }>;
}

/** The cover's words: the metadata model's, plus the deck (not the description, which may be a lede excerpt), a pull quote in `quotes`. */
export function coverText(meta: Metadata, deck: Deck | undefined, quotes: { open: string; close: string }): CoverText {
  const text: CoverText = { headline: meta.title, footer: publisherAndDate(meta) };
  if (meta.masthead) text.masthead = meta.masthead;
  if (meta.kicker) text.kicker = meta.kicker;
  if (deck) text.deck = deck.quoted ? `${quotes.open}${toString(deck)}${quotes.close}` : toString(deck);
  return text;
}

/** The text a cover's alternative text reads: every line, in order. */
export const coverAlt = (text: CoverText) => [text.masthead, text.kicker, text.headline, text.deck, text.footer].filter(Boolean).join('　');

/** What each face draws on the cover: its parts' words, and the ellipsis a part cut short ends in. */
export function coverFaces(text: CoverText): Array<[OutlineFace, string]> {
  return coverParts(text).map((k) => [STYLES[k].face, `${text[k]!}${ELLIPSIS}`]);
}

const coverParts = (text: CoverText) => (Object.keys(STYLES) as Array<keyof CoverText>).filter((k) => text[k]);

/**
 * The cover's outlines: from `cut`, the book's own fonts, when their faces draw every character of the cover (the
 * book's cut is asked to: epub.ts), else from fonts cut for the cover alone. Each cut of a CJK face costs 50–100 ms
 * of harfbuzz however short its text: the example's book spent 0.35–0.7 s on the cover's five.
 */
async function coverOutlines(text: CoverText, lang: string, cut: FontAsset[] | undefined): Promise<Outlines> {
  const faces = coverFaces(text);
  const book = cut && outlinesOf(cut);
  return book && faces.every(([face, words]) => book.draws(face, words)) ? book : loadOutlines(lang, faces);
}

/** The cover as SVG, drawn from `cut` (the book's fonts) where they serve (see `coverOutlines`). */
export async function renderCover(text: CoverText, lang: string, template: Template, cut?: FontAsset[]): Promise<string> {
  const outlines = await coverOutlines(text, lang, cut);
  const defs = new Map<string, { id: string; d: string }>();
  const fitted = (part: keyof CoverText): Fitted => {
    const { size, lines } = fitPart(outlines, part, text[part]!, lang);
    return { style: STYLES[part], size, lines, height: size * STYLES[part].lineHeight * lines.length };
  };
  const draw = ({ style, size, lines }: Fitted, top: number): PlacedLine[] =>
    lines.map((line, i) => {
      const unitsPerEm = line[0]?.unitsPerEm ?? 1000;
      let x = 0;
      const uses = line.flatMap((g) => {
        const key = `${style.face.role}-${style.face.weight}-${g.char}`;
        if (g.path && !defs.has(key)) defs.set(key, { id: `g${defs.size + 1}`, d: g.path });
        const use = g.path ? [{ id: defs.get(key)!.id, x: round(x) }] : [];
        x += g.advance * unitsPerEm;
        return use;
      });
      const baseline = top + size * (i * style.lineHeight + 0.88);
      return { x: round((PAGE.width - lineWidth(line) * size) / 2), y: round(baseline), scale: size / unitsPerEm, fill: style.fill, glyphs: uses };
    });

  const lines: PlacedLine[] = [];
  // Band: masthead above kicker, the pair centred in the band.
  const band = (['masthead', 'kicker'] as const).filter((k) => text[k]).map(fitted);
  let y = (PAGE.band - band.reduce((h, f) => h + f.height, 0) - GAP * (band.length - 1)) / 2;
  for (const f of band) {
    lines.push(...draw(f, y));
    y += f.height + GAP;
  }
  // Headline, rule and deck as one block, a little above the middle of the space between band and footer.
  const headline = fitted('headline');
  const deck = text.deck ? fitted('deck') : undefined;
  const ruleGap = 50;
  const block = headline.height + ruleGap + RULE.height + (deck ? DECK_GAP + deck.height : 0);
  const top = PAGE.band + Math.max(100, (PAGE.footer - PAGE.band - block) * 0.4);
  lines.push(...draw(headline, top));
  const rule = { ...RULE, x: (PAGE.width - RULE.width) / 2, y: round(top + headline.height + ruleGap) };
  if (deck) lines.push(...draw(deck, rule.y + RULE.height + DECK_GAP));
  lines.push(...draw(fitted('footer'), PAGE.footer + 40));

  return template({ ...PAGE, colors: COLORS, lang, alt: coverAlt(text), defs: [...defs.values()], lines, rule });
}

/** Width in em of glyphs, leading and trailing spaces left out (they are not drawn at a line's ends). */
const lineWidth = (line: Glyph[]) => trim(line).reduce((w, g) => w + g.advance, 0);
const trim = (line: Glyph[]) => {
  let [from, to] = [0, line.length];
  while (from < to && /\s/.test(line[from]!.char)) from++;
  while (to > from && /\s/.test(line[to - 1]!.char)) to--;
  return line.slice(from, to);
};

/** The largest size at which the phrases fit in `maxLines` balanced lines; at the smallest, extra lines are cut and the last ends in an ellipsis. */
function fit(units: Glyph[][], style: Style, width: number, ellipsis: Glyph): { size: number; lines: Glyph[][] } {
  const layout = (size: number) => balanceLines(units, lineWidth, width / size).map(trim);
  for (const size of style.sizes) {
    const lines = layout(size);
    if (lines.length <= style.maxLines) return { size, lines };
  }
  const size = style.sizes.at(-1)!;
  const lines = layout(size).slice(0, style.maxLines);
  lines[lines.length - 1] = [...lines.at(-1)!.slice(0, -1), ellipsis];
  return { size, lines };
}

/** The lines of each part of the cover as text (for tests: where the lines break). */
export async function coverLines(text: CoverText, lang: string): Promise<Partial<Record<keyof CoverText, string[]>>> {
  const outlines = await loadOutlines(lang, coverFaces(text));
  const out: Partial<Record<keyof CoverText, string[]>> = {};
  for (const part of coverParts(text)) out[part] = fitPart(outlines, part, text[part]!, lang).lines.map((l) => l.map((g) => g.char).join(''));
  return out;
}

/** One part of the cover cut into phrases of glyphs and fitted to the page's measure. */
function fitPart(outlines: Outlines, part: keyof CoverText, words: string, lang: string): { size: number; lines: Glyph[][] } {
  const style: Style = STYLES[part];
  const units = phrases(words, lang).map((phrase) => outlines.glyphs(style.face, phrase));
  return fit(units, style, PAGE.width - 2 * PAGE.margin, outlines.glyphs(style.face, ELLIPSIS)[0]!);
}

const round = (n: number) => Math.round(n * 100) / 100;
