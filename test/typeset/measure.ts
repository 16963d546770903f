/**
 * Line-composition measurements shared by the PDF, HTML and EPUB checks:
 * printed glyphs (from pdf.js, or from Chromium's per-character client
 * rects) grouped into lines, and from them the advance of each CJK mark
 * before another (the compression pairs of CLREQ §3.1.6) and the gap between
 * Han text and Latin letters or digits (CLREQ §3.4), in em of the glyph's size.
 */
import type { Page } from 'puppeteer-core';

/** A drawn character: where it sits on its line and in which face. */
export interface Placed {
  char: string;
  /** Left edge of the glyph's advance box, any unit the line shares with `size`. */
  x: number;
  /** Font size, same unit as `x` (1 em). */
  size: number;
  /** The glyph's own advance width, same unit. */
  width: number;
  /** Font name (PDF) or `family weight` (Chromium). */
  font: string;
}

/** The pairs the issue names, one per CLREQ class combination (closing+stop, stop+opening, closing+opening …). */
export const PAIRS = ['：“', '”。', '》，', '，（', '）。', '”，', '，“', '」。', '）；', '）、', '。”', '！”', '？”', '”“', '“《', '》”', '（“', '”）'] as const;

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z0-9%]/;

/** Advance of `line[i]` in em: to the next glyph's origin. */
const advance = (line: Placed[], i: number) => (line[i + 1]!.x - line[i]!.x) / line[i]!.size;

export interface PairFigure {
  /** Advance of the first mark, em; one value per occurrence. */
  first: number[];
  /** Both marks together (first's advance + second's), em, where the second is not last on its line. */
  pair: number[];
}

/** Every occurrence of each pair, by pair and face. */
export function pairAdvances(lines: Placed[][]): Map<string, Map<string, PairFigure>> {
  const out = new Map<string, Map<string, PairFigure>>();
  for (const line of lines) {
    for (let i = 0; i + 1 < line.length; i++) {
      const pair = line[i]!.char + line[i + 1]!.char;
      if (!(PAIRS as readonly string[]).includes(pair)) continue;
      const byFace = out.get(pair) ?? new Map<string, PairFigure>();
      out.set(pair, byFace);
      const fig = byFace.get(line[i]!.font) ?? { first: [], pair: [] };
      byFace.set(line[i]!.font, fig);
      fig.first.push(advance(line, i));
      if (i + 2 < line.length) fig.pair.push(advance(line, i) + advance(line, i + 1));
    }
  }
  return out;
}

/** The blank between Han text and a Latin letter or digit (either order), em: advance minus the glyph's own width. */
export function hanLatinGaps(lines: Placed[][]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const line of lines) {
    for (let i = 0; i + 1 < line.length; i++) {
      const [a, b] = [line[i]!, line[i + 1]!];
      if (!((HAN.test(a.char) && LATIN.test(b.char)) || (LATIN.test(a.char) && HAN.test(b.char)))) continue;
      const gap = (b.x - a.x - a.width) / a.size;
      out.set(a.font, [...(out.get(a.font) ?? []), gap]);
    }
  }
  return out;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Every character of the elements matching `selector`, as Chromium laid it
 * out (`Range.getClientRects`, one range per code point), grouped into lines
 * by their top edge. Spaces are left out, as they are in a PDF's glyphs.
 */
export async function chromiumLines(page: Page, selector: string): Promise<Placed[][]> {
  const chars = await page.evaluate((sel) => {
    const out: Array<{ char: string; x: number; y: number; size: number; width: number; font: string }> = [];
    for (const root of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.nodeValue ?? '';
        const style = getComputedStyle(node.parentElement!);
        const size = parseFloat(style.fontSize);
        const font = `${style.fontFamily.split(',')[0]!.replace(/['"]/g, '')} ${style.fontWeight}`;
        for (let i = 0; i < text.length; ) {
          const char = String.fromCodePoint(text.codePointAt(i)!);
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + char.length);
          i += char.length;
          if (/\s/.test(char)) continue;
          const rect = [...range.getClientRects()].find((r) => r.width > 0);
          if (!rect) continue;
          out.push({ char, x: rect.left, y: (rect.top + rect.bottom) / 2 + window.scrollY, size, width: rect.width, font });
        }
      }
    }
    return out;
  }, selector);
  // One line: characters whose vertical centres lie within half an em of the line's first.
  const lines: Array<{ y: number; chars: Placed[] }> = [];
  for (const { y, ...c } of chars) {
    const line = lines.find((l) => Math.abs(l.y - y) < c.size / 2);
    if (line) line.chars.push(c);
    else lines.push({ y, chars: [c] });
  }
  return lines.map((l) => l.chars.sort((a, b) => a.x - b.x));
}

/** Han/Latin boundaries of the fixture and the blank each must show, em (CLREQ §3.4.2: ¼ em; none beside punctuation). */
export const BOUNDARIES: Record<string, number> = { 度G: 0.25, P同: 0.25, 长5: 0.25, 圳A: 0.25, '%。': 0, 京3: 0.25, '3月': 0.25, 月8: 0.25, '8日': 0.25 };
export const TOLERANCE = 0.02;

export interface AdvanceCheck {
  /** How many pair occurrences and boundaries were measured. */
  measured: number;
  /** Pairs of `PAIRS` found nowhere. */
  missing: string[];
  problems: string[];
}

/**
 * The line-composition check: every pair of `PAIRS` found, in every face, its
 * first mark advancing 0.5 em (± 0.02) to the second; every boundary of
 * `BOUNDARIES` showing its blank (± 0.02).
 */
export function checkAdvances(lines: Placed[][]): AdvanceCheck {
  const problems: string[] = [];
  let measured = 0;
  const pairs = pairAdvances(lines);
  for (const [pair, byFace] of pairs) {
    for (const [face, fig] of byFace) {
      for (const a of fig.first) {
        measured++;
        if (Math.abs(a - 0.5) > TOLERANCE) problems.push(`${pair} in ${face}: ${a.toFixed(3)} em`);
      }
    }
  }
  for (const line of lines) {
    for (let i = 0; i + 1 < line.length; i++) {
      const want = BOUNDARIES[line[i]!.char + line[i + 1]!.char];
      if (want === undefined) continue;
      measured++;
      const gap = (line[i + 1]!.x - line[i]!.x - line[i]!.width) / line[i]!.size - lineStretch(line);
      if (Math.abs(gap - want) > TOLERANCE) problems.push(`${line[i]!.char}${line[i + 1]!.char} in ${line[i]!.font}: ${gap.toFixed(3)} em`);
    }
  }
  return { measured, missing: PAIRS.filter((p) => !pairs.has(p)), problems };
}

const OPENING = new Set('（〔［｛《〈「『【“‘');

/**
 * A justified line spreads its characters: the line's own stretch, em, is its median blank between two Han
 * characters (0 on a line set at its natural width), taken off a measured gap so that only the rule's amount is left.
 */
function lineStretch(line: Placed[]): number {
  const han = (g: Placed | undefined) => g !== undefined && /\p{Script=Han}/u.test(g.char);
  const blanks = line.flatMap((g, i) => (han(g) && han(line[i + 1]) ? [(line[i + 1]!.x - g.x - g.width) / g.size] : []));
  return blanks.length ? median(blanks) : 0;
}

/**
 * Lines of body text (10.5 pt) that start with an opening mark at the left
 * margin (wrapped lines, not indented paragraph starts) followed by a Han
 * character: how far the next
 * character stands from the margin, em (half-width: 0.5). The margin is the
 * left edge most lines starting with a Han character share. `han` gives the
 * same figure for lines starting with a Han character (1.0), the checker's
 * negative control.
 */
export function lineStartOpenings(lines: Placed[][]): { opening: number[]; han: number[] } {
  const body = lines.filter((l) => l.length > 2 && Math.abs(l[0]!.size - 10.5) < 0.01);
  const starts = body.filter((l) => /\p{Script=Han}/u.test(l[0]!.char)).map((l) => l[0]!.x.toFixed(1));
  const counts = new Map<string, number>();
  for (const x of starts) counts.set(x, (counts.get(x) ?? 0) + 1);
  const margin = Number([...counts].sort((a, b) => b[1] - a[1])[0]![0]);
  const from = (l: Placed[]) => (l[1]!.x - margin) / l[0]!.size - lineStretch(l.slice(1));
  return {
    // Followed by Han text: Chromium 156 leaves an opening mark before Latin letters (`（APEC）`) full-width at a line start.
    opening: body.filter((l) => OPENING.has(l[0]!.char) && l[0]!.x < margin + 1 && /\p{Script=Han}/u.test(l[1]!.char)).map(from),
    han: body.filter((l) => Math.abs(l[0]!.x - margin) < 0.1 && /\p{Script=Han}/u.test(l[0]!.char)).map(from),
  };
}

/** Marks with a half em of blank after their ink in zh-Hans (closing marks, pauses and stops): compressed at a line end in print. */
const END_BLANK = new Set('）〕］｝》〉」』】”’〗〙，。、；：？！');
/** Quotes, dashes, ellipses and the interpunct: full-width glyphs in Chinese text (README, "Typography", rule 3). */
export const FULL_WIDTH_MARKS = new Set('“”‘’—…·');

/**
 * Body lines (the most common glyph size) of a print that end on a mark with blank after its ink:
 * how far the mark's origin stands from the right edge of the text block, em
 * (compressed: 0.5; full width: 1). The edge is, per page, the furthest end
 * of a line ending in a Han character. Only lines within 1.2 em of the edge
 * count (a paragraph's short last line is not a justified line end). `han` is
 * the same figure for the lines ending in a Han character (1.0), the
 * checker's negative control.
 */
export function lineEndMarks(lines: Array<Array<Placed & { page: number }>>): { marks: Array<{ char: string; em: number }>; han: number[] } {
  const { body, edge } = justifiedBody(lines);
  /** Lines ending in a character that passes `test`: the last glyph and its distance from the edge, em. */
  const figure = (test: (c: string) => boolean) =>
    body.flatMap((l) => {
      const g = l.at(-1)!;
      const e = edge(g.page);
      const em = e === undefined ? 0 : (e - g.x) / g.size;
      return test(g.char) && em > 0.25 && em < 1.2 ? [{ char: g.char, em }] : [];
    });
  return { marks: figure((c) => END_BLANK.has(c)), han: figure((c) => HAN.test(c)).map((m) => m.em) };
}

/** Body lines (the most common glyph size) and, per page, the text block's right edge: the furthest end of a line ending in a Han character. */
function justifiedBody(lines: Array<Array<Placed & { page: number }>>) {
  const sizes = new Map<string, number>();
  for (const g of lines.flat()) sizes.set(g.size.toFixed(2), (sizes.get(g.size.toFixed(2)) ?? 0) + 1);
  const bodySize = Number([...sizes].sort((a, b) => b[1] - a[1])[0]?.[0]);
  const body = lines.filter((l) => l.length > 2 && Math.abs(l.at(-1)!.size - bodySize) < 0.01);
  const edges = new Map<number, number>();
  for (const g of body.map((l) => l.at(-1)!).filter((g) => HAN.test(g.char))) edges.set(g.page, Math.max(edges.get(g.page) ?? 0, g.x + g.size));
  return { body, edge: (page: number) => edges.get(page) };
}

/**
 * Lines of a paragraph that end in a Han character and go on, on the next line of the page, with a digit or Latin
 * letter at the left margin: how far the last character's origin stands from the edge, em — 1 where the quarter em
 * of Han–Latin space (CLREQ §3.4.2) was dropped at the line end, 1.25 where it was kept.
 */
export function lineEndsBeforeLatin(lines: Array<Array<Placed & { page: number }>>): number[] {
  const { body, edge } = justifiedBody(lines);
  const left = new Map<number, number>();
  for (const l of body) left.set(l[0]!.page, Math.min(left.get(l[0]!.page) ?? Infinity, l[0]!.x));
  return body.flatMap((l, k) => {
    const next = body[k + 1];
    const g = l.at(-1)!;
    const e = edge(g.page);
    if (!next || next[0]!.page !== g.page || e === undefined || !HAN.test(g.char)) return [];
    if (Math.abs(next[0]!.x - left.get(g.page)!) > 0.5 || !/^[\p{Nd}A-Za-z]$/u.test(next[0]!.char)) return [];
    return [(e - g.x) / g.size];
  });
}

/**
 * Closing marks, pauses and stops set half-width in the middle of a line: a mark of `END_BLANK` followed on its line by a Han
 * character less than ¾ em on, net of the line's justification stretch. Compression is for a line end or a mark
 * before another (CLREQ §3.1.6); mid-line, a half-width comma is a mark whose line-end compression outlived its line.
 */
export function midLineHalfMarks(lines: Placed[][]): string[] {
  return lines.flatMap((line) =>
    line.flatMap((g, i) => {
      const next = line[i + 1];
      if (!END_BLANK.has(g.char) || next === undefined || !HAN.test(next.char)) return [];
      const em = (next.x - g.x) / g.size - lineStretch(line);
      return em < 0.75 ? [`${line.slice(Math.max(0, i - 4), i + 4).map((c) => c.char).join('')}: ${em.toFixed(2)} em`] : [];
    }),
  );
}

/**
 * The glyphs of `FULL_WIDTH_MARKS` in a line, each with its own advance in em: in Chinese text, and apart those inside a
 * Latin word (between two Latin letters, as the apostrophe of `Charlie’s`), which keep their proportional glyph.
 */
export function markWidths(lines: Placed[][]): { chinese: Array<{ char: string; font: string; em: number }>; inWords: number[] } {
  const chinese: Array<{ char: string; font: string; em: number }> = [];
  const inWords: number[] = [];
  for (const line of lines) {
    line.forEach((g, i) => {
      if (!FULL_WIDTH_MARKS.has(g.char)) return;
      const em = g.width / g.size;
      if (LATIN.test(line[i - 1]?.char ?? '') && LATIN.test(line[i + 1]?.char ?? '')) inWords.push(em);
      else chinese.push({ char: g.char, font: g.font, em });
    });
  }
  return { chinese, inWords };
}
