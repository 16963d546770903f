/**
 * Flush bottoms, as LaTeX's `\flushbottom`: every full body page ends on the
 * text block's last line. Widow control and keep-with-next leave some pages
 * short; a measuring print finds them and the real print stretches the space
 * at that page's headings, then between its turns, then between its paragraphs,
 * in whole lines and each gap up to a cap before the next kind takes the rest
 * (`GAP_CAP_LINES`), by exactly the shortfall. Nothing else moves: the
 * page's content still fills it, and what went over to the next page still
 * does not fit, so every page break stays where it was. The space goes on the
 * gap's first block, not the gap itself: padding on a section would stop its
 * heading's top margin collapsing with the margin above it (CSS 2.2 §8.3.1),
 * and a lede's margin before a section then added a line the plan never had.
 *
 * Measuring: Chromium can say where things landed only through link
 * annotations, so the measuring print carries two 1 px links per block, one at
 * its top and one at its bottom; with each block's line count (all lines are
 * one pitch, see pdf.css) that gives how far down each page the text reaches.
 * In a block of text the probes are inline at the start of its first line and
 * the end of its last, taking no width (an absolutely positioned probe in a
 * block made `position: relative`, the only way into a table or a rule, costs
 * Chromium's fragmentation 20 s on a 1 MB book); a gap is placed by the top
 * probe of its first block. The links point at URIs, not `#id`s: Chromium
 * matches every internal link against every destination (68 s for the 1 MB
 * book's probes, 6 s as URIs).
 *
 * The grid also needs every face's baseline at the same depth in its line: a
 * Kai line sits higher in its 18 pt box than a Song line, so Kai body text is
 * shifted down by the difference, measured in the page (`--kai-shift`).
 */
import type { PDFDocument } from '@cantoo/pdf-lib';
import { linkAnnotations } from './landings.js';
import type { Page } from 'puppeteer-core';
import { atPrintMeasure } from './print-measure.js';
import { GRID_PAD, HEADS } from './grid-snap.js';

/** Blocks whose lines are counted: every block that holds lines of text in the body. */
const BLOCKS = 'main :is(p, h2, h3, h4, h5, h6, pre, hr, table, li:not(:has(> p, > ul, > ol)))';
/** Blocks whose lines take inline probes; the rest (a preformatted block ends in a newline an inline would follow) take positioned ones. */
const TEXT_BLOCKS = ':is(p, h2, h3, h4, h5, h6, li)';
/** Where space may stretch, best first: a topic's or section's heading space, a turn, a block. */
const GAPS = ['main :is(.topic, .section)', 'main .turn', BLOCKS];
/** Where probe links point: a reserved domain (RFC 2606), never followed; the measuring print is thrown away. */
const PROBE = 'https://probe.invalid/';
const PX_PER_PT = 4 / 3;
/** Marks a block made `position: relative` for its probes, to be restored when they go. */
const POSITIONED = 'data-probe-position';

/** The gap ranks the print's running heads read: topics and sections (0), turns (1). */
export const TOPIC_GAPS = 0;
export const TURN_GAPS = 1;

/** A block of the body as the measuring page reports it (pt). */
interface Block {
  lines: number;
  /** From the top probe's top down to the block's first line, and from its last line down to the bottom probe's bottom. */
  lead: number;
  trail: number;
  /** Relative shift of the block (Kai text, see above): its probes move with it. */
  shift: number;
  /** A heading or a topic's title line (grid-snap.ts `HEADS`): the gap after it never stretches, it stays with its text. */
  heads: boolean;
}

/** A gap placed by the top probe of its first block: `above` is how far the gap's top is above that probe (pt). */
interface GapAnchor {
  block: number;
  above: number;
}

/** What the measuring page reports: blocks in document order, and per gap rank, each gap's anchor (null: it holds no block). */
export interface Probes {
  blocks: Block[];
  gaps: Array<Array<GapAnchor | null>>;
}

/** Where a probe or a gap landed: 0-based page and pt below the top of the page area. */
export interface Spot {
  page: number;
  offset: number;
}

/** Measures the Kai baseline against the Song one and sets `--kai-shift`, in both prints. */
export async function alignBaselines(page: Page): Promise<void> {
  await page.evaluate(() => {
    const baseline = (family: string) => {
      const line = document.createElement('div');
      line.style.cssText = `position:absolute;top:0;left:0;font-family:${family};font-size:10.5pt;line-height:var(--line)`;
      line.textContent = '国';
      const mark = document.createElement('span');
      mark.style.cssText = 'display:inline-block;width:1px;height:0;vertical-align:baseline';
      line.append(mark);
      document.body.append(line);
      const y = mark.getBoundingClientRect().bottom - line.getBoundingClientRect().top;
      line.remove();
      return y;
    };
    const root = getComputedStyle(document.documentElement);
    const shift = baseline(root.getPropertyValue('--font-serif')) - baseline(root.getPropertyValue('--font-kai'));
    document.documentElement.style.setProperty('--kai-shift', `${shift}px`);
  });
}

/**
 * Adds the probes of the measuring print; returns every block's line count and probe insets, and every gap's anchor.
 * Line counts are read in screen layout at the text block's width (print-measure.ts).
 */
export async function addProbes(page: Page, lineHeight: number): Promise<Probes> {
  return atPrintMeasure(page, () => page.evaluate(
    (blocks, textBlocks, gaps, heads, probe, line, pxPerPt, positioned, gridPad) => {
      const pt = (px: string | number) => parseFloat(String(px)) / pxPerPt;
      // The padding a block grew by to whole lines (grid-snap.ts) is its own: it ends where the padding does.
      const box = (el: Element, side: 'top' | 'bottom') => {
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        const grown = parseFloat(el.getAttribute(gridPad) ?? '0');
        return side === 'top' ? r.top + parseFloat(s.paddingTop) + parseFloat(s.borderTopWidth) : r.bottom - parseFloat(s.paddingBottom) + grown - parseFloat(s.borderBottomWidth);
      };
      const make = (i: number, edge: 't' | 'b', inline: boolean) => {
        const a = document.createElement('a');
        a.href = `${probe}${i}-${edge}`;
        const side = edge === 't' ? 'top' : 'bottom';
        a.style.cssText = inline
          ? `display:inline-block;width:1px;height:1px;margin-right:-1px;vertical-align:${side}`
          : `position:absolute;left:0;${side}:0;width:1px;height:1px;display:block`;
        return a;
      };
      const all = Array.from(document.querySelectorAll(blocks));
      const lines = all.map((el) => pt(box(el, 'bottom') - box(el, 'top')) / line);
      const probes = all.map((el, i) => {
        const inline = el.matches(textBlocks) && lines[i]! >= 0.5;
        const top = make(i, 't', inline);
        const bottom = make(i, 'b', inline);
        if (inline) {
          el.prepend(top);
          el.append(bottom);
        } else {
          const style = (el as HTMLElement).style;
          if (!style.position) {
            style.position = 'relative';
            el.setAttribute(positioned, '');
          }
          el.append(top, bottom);
        }
        return { top, bottom };
      });
      const index = new Map(all.map((el, i) => [el, i]));
      return {
        blocks: all.map((el, i) => {
          const s = getComputedStyle(el);
          return {
            lines: lines[i]!,
            lead: pt(box(el, 'top') - probes[i]!.top.getBoundingClientRect().top),
            trail: pt(probes[i]!.bottom.getBoundingClientRect().bottom - box(el, 'bottom')),
            shift: s.position === 'relative' ? pt(s.top) || 0 : 0,
            heads: el.matches(heads),
          };
        }),
        gaps: gaps.map((selector) =>
          Array.from(document.querySelectorAll(selector), (el) => {
            const first = el.matches(blocks) ? el : el.querySelector(blocks);
            const block = first ? index.get(first) : undefined;
            if (block === undefined) return null;
            return { block, above: pt(probes[block]!.top.getBoundingClientRect().top - el.getBoundingClientRect().top) };
          }),
        ),
      };
    },
    BLOCKS,
    TEXT_BLOCKS,
    GAPS,
    HEADS,
    PROBE,
    lineHeight,
    PX_PER_PT,
    POSITIONED,
    GRID_PAD,
  ));
}

/** Takes the probes out of the page again, and the positioning they needed, so the same page can be printed for real. */
export async function removeProbes(page: Page): Promise<void> {
  await page.evaluate(
    (probe, positioned) => {
      document.querySelectorAll(`a[href^="${probe}"]`).forEach((a) => a.remove());
      document.querySelectorAll<HTMLElement>(`[${positioned}]`).forEach((el) => {
        el.style.position = '';
        el.removeAttribute(positioned);
      });
    },
    PROBE,
    POSITIONED,
  );
}

/** Every probe's landing, by block index and edge (`3-t`); `areaTop` is the top of the page area in PDF user space (pt). */
export function probeSpots(pdf: PDFDocument, areaTop: number): Map<string, Spot> {
  const spots = new Map<string, Spot>();
  for (const { page, uri, rect } of linkAnnotations(pdf)) {
    if (!uri?.startsWith(PROBE) || !rect) continue;
    const [, y1, , y2] = rect;
    const id = uri.slice(PROBE.length);
    // A top probe's box starts at its edge of the block; a bottom probe's box ends there.
    spots.set(id, { page, offset: areaTop - (id.endsWith('-t') ? y2! : y1!) });
  }
  return spots;
}

/** Where each gap of a rank landed (its top), in document order; undefined for a gap with no block or an unplaced probe. */
export function gapSpots(probes: Probes, spots: Map<string, Spot>, rank: number): Array<Spot | undefined> {
  return (probes.gaps[rank] ?? []).map((gap) => {
    const top = gap && spots.get(`${gap.block}-t`);
    return top ? { page: top.page, offset: top.offset - gap!.above } : undefined;
  });
}

export interface StretchPlan {
  /** Extra space above a gap's first block (its index among the body's blocks), in whole CSS px. */
  extra: Array<{ block: number; px: number }>;
  /** 0-based pages left short (no stretchable space on them), and pages stretched. */
  short: number[];
  stretched: number[];
}

/**
 * How much each short page needs and where it goes. `lines` per page and
 * `pitch` (pt) define the text block; the document's last page, and a page
 * before a forced break, are not full pages and are left as they are.
 */
export function planStretch(probes: Probes, spots: Map<string, Spot>, geometry: { lines: number; pitch: number }, forcedBreakBefore: (page: number) => boolean): StretchPlan {
  const { lines: n, pitch } = geometry;
  const reach = new Map<number, number>();
  const extend = (page: number, depth: number) => reach.set(page, Math.max(reach.get(page) ?? 0, depth));
  probes.blocks.forEach((block, i) => {
    const top = spots.get(`${i}-t`);
    const bottom = spots.get(`${i}-b`);
    if (!top || !bottom) return;
    const end = bottom.offset - block.shift - block.trail;
    if (top.page === bottom.page) return extend(top.page, end);
    // Split across pages: the continuation starts at the top of each later page; middle pages are full.
    const last = Math.round(end / pitch);
    const first = Math.round(block.lines) - last - (bottom.page - top.page - 1) * n;
    extend(top.page, top.offset - block.shift + block.lead + first * pitch);
    for (let page = top.page + 1; page < bottom.page; page++) extend(page, n * pitch);
    extend(bottom.page, end);
  });

  // Per rank, the first block of each gap that may stretch, by page: not at its top, nor right below a heading.
  const gapsByPage = GAPS.map((_, rank) => {
    const byPage = new Map<number, number[]>();
    gapSpots(probes, spots, rank).forEach((s, index) => {
      const block = probes.gaps[rank]![index]?.block;
      if (!s || block === undefined || s.offset <= 0.5 || probes.blocks[block - 1]?.heads) return;
      byPage.set(s.page, [...(byPage.get(s.page) ?? []), block]);
    });
    return byPage;
  });
  const pages = [...reach.keys()].sort((a, b) => a - b);
  const final = pages.at(-1);
  const plan: StretchPlan = { extra: [], short: [], stretched: [] };
  for (const page of pages) {
    const slack = n * pitch - reach.get(page)!;
    if (page === final || forcedBreakBefore(page) || slack < pitch / 2) continue;
    const onPage = gapsByPage.map((byPage) => byPage.get(page) ?? []);
    if (onPage.every((blocks) => blocks.length === 0)) {
      plan.short.push(page);
      continue;
    }
    plan.extra.push(...spread(Math.round(slack * PX_PER_PT), onPage, Math.round(pitch * PX_PER_PT)));
    plan.stretched.push(page);
  }
  return plan;
}

/**
 * Most whole lines one gap of each rank (heading, turn, block) takes before the next rank shares the rest: a page six
 * lines short opened a 112 pt hole above its one heading when all of it went there. Three lines more above a heading
 * stay within what a book gives a heading (标题占行, three to five lines in all); a turn or a paragraph takes a line.
 * Lines left when every gap has its cap go round the gaps again.
 */
const GAP_CAP_LINES = [3, 1, 1];

/**
 * `px` whole pixels of a page's shortfall over its gaps (`ranks`: per rank, the first block of each gap, best rank
 * first; `linePx` a line's pitch in px), in whole lines, so every line below a gap stays on the grid (CLREQ's
 * 版心 of fixed line positions, which a verso and its recto share): each rank in turn, a line to each gap round and
 * round up to its cap, then round every gap that took one; a part of a line (a page whose text ends off the grid)
 * goes to the first gap. The page is filled exactly, never overfilled.
 */
function spread(px: number, ranks: number[][], linePx: number): Array<{ block: number; px: number }> {
  let lines = Math.floor(px / linePx);
  const given: number[] = [];
  const extra: Array<{ block: number; px: number }> = [];
  const give = (block: number) => {
    extra.push({ block, px: linePx });
    given.push(block);
    lines--;
  };
  ranks.forEach((blocks, rank) => {
    for (let round = 0; round < GAP_CAP_LINES[rank]! && lines > 0; round++) for (const block of blocks.slice(0, lines)) give(block);
  });
  const took = [...new Set(given)];
  for (let k = 0; lines > 0 && took.length > 0; k++) give(took[k % took.length]!);
  const part = px % linePx;
  const first = took[0] ?? ranks.find((blocks) => blocks.length > 0)![0]!;
  if (part > 0) extra.push({ block: first, px: part });
  return extra;
}

/** Applies a plan in the page of the real print: extra padding above each chosen gap's first block. */
export async function applyStretch(page: Page, plan: StretchPlan): Promise<void> {
  await page.evaluate(
    (blocks, extra) => {
      const all = Array.from(document.querySelectorAll<HTMLElement>(blocks));
      for (const { block, px } of extra) {
        const el = all[block]!;
        el.style.paddingTop = `calc(${getComputedStyle(el).paddingTop} + ${px}px)`;
      }
    },
    BLOCKS,
    plan.extra,
  );
}
