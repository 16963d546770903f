/**
 * Flush bottoms, as LaTeX's `\flushbottom`: every full body page ends on the
 * text block's last line. Widow control and keep-with-next leave some pages
 * short; a measuring print finds them and the real print stretches the space
 * at that page's headings (failing those, between its turns, failing those,
 * between its paragraphs) by exactly the shortfall. Nothing else moves: the
 * page's content still fills it, and what went over to the next page still
 * does not fit, so every page break stays where it was.
 *
 * Measuring: Chromium can say where things landed only through link
 * annotations, so the measuring print carries two 1 px links per block
 * (absolutely positioned: they change no layout), one at its top and one at its
 * bottom; with each block's line count (all lines are one pitch, see pdf.css)
 * that gives how far down each page the text reaches.
 *
 * The grid also needs every face's baseline at the same depth in its line: a
 * Kai line sits higher in its 18 pt box than a Song line, so Kai body text is
 * shifted down by the difference, measured in the page (`--kai-shift`).
 */
import type { PDFDocument } from '@cantoo/pdf-lib';
import { linkAnnotations } from './landings.js';
import type { Page } from 'puppeteer-core';

/** Blocks whose lines are counted: every block that holds lines of text in the body. */
const BLOCKS = 'main :is(p, h2, h3, h4, h5, h6, pre, hr, table, li:not(:has(> p, > ul, > ol)))';
/** Where space may stretch, best first: a topic's or section's heading space, a turn, a block. */
const GAPS = ['main :is(.topic, .section)', 'main .turn', BLOCKS];
const PROBE = 'hzp';
/** Id prefix of the probes at the top of topics and sections (rank 0 gaps). */
export const TOPIC_PROBE = `${PROBE}-g0-`;
/** Id prefix of the probes at the top of turns (rank 1 gaps), followed by the turn's index in the document. */
export const TURN_PROBE = `${PROBE}-g1-`;
const PX_PER_PT = 4 / 3;

/** A block of the body as the measuring page reports it (pt). */
interface Block {
  lines: number;
  padTop: number;
  padBottom: number;
  /** Relative shift of the block (Kai text, see above): its probes move with it. */
  shift: number;
}

/** Where a probe landed: 0-based page and pt below the top of the page area. */
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

/** Adds the probes of the measuring print; returns every block's line count and paddings, in document order. */
export async function addProbes(page: Page, lineHeight: number): Promise<Block[]> {
  return page.evaluate(
    (blocks, gaps, probe, line, pxPerPt) => {
      const pt = (px: string) => parseFloat(px) / pxPerPt;
      const add = (el: Element, id: string, edge: 'top' | 'bottom') => {
        const a = document.createElement('a');
        a.id = id;
        a.href = `#${id}`;
        a.style.cssText = `position:absolute;left:0;${edge}:0;width:1px;height:1px;display:block`;
        (el as HTMLElement).style.position ||= 'relative';
        el.append(a);
      };
      // Line counts are read in screen layout at the text block's width, before any probe is added.
      const all = Array.from(document.querySelectorAll(blocks));
      const width = getComputedStyle(document.documentElement).getPropertyValue('--measure');
      const body = document.body.style.width;
      document.body.style.width = width;
      const out = all.map((el) => {
        const s = getComputedStyle(el);
        const padTop = pt(s.paddingTop) + pt(s.borderTopWidth);
        const padBottom = pt(s.paddingBottom) + pt(s.borderBottomWidth);
        const content = el.getBoundingClientRect().height / pxPerPt - padTop - padBottom;
        return { lines: content / line, padTop, padBottom, shift: s.position === 'relative' ? pt(s.top) || 0 : 0 };
      });
      document.body.style.width = body;
      all.forEach((el, i) => {
        add(el, `${probe}-b${i}-t`, 'top');
        add(el, `${probe}-b${i}-b`, 'bottom');
      });
      gaps.forEach((selector, rank) => document.querySelectorAll(selector).forEach((el, i) => add(el, `${probe}-g${rank}-${i}-t`, 'top')));
      return out;
    },
    BLOCKS,
    GAPS,
    PROBE,
    lineHeight,
    PX_PER_PT,
  );
}

/** Every probe's landing, by id; `areaTop` is the top of the page area in PDF user space (pt). */
export function probeSpots(pdf: PDFDocument, areaTop: number): Map<string, Spot> {
  const spots = new Map<string, Spot>();
  for (const { page, dest, rect } of linkAnnotations(pdf)) {
    if (!dest.startsWith(PROBE) || !rect) continue;
    const [, y1, , y2] = rect;
    // A top probe's box starts at the block's top; a bottom probe's box ends at the block's bottom.
    spots.set(dest, { page, offset: areaTop - (dest.endsWith('-t') ? y2! : y1!) });
  }
  return spots;
}

export interface StretchPlan {
  /** Gap selector rank and index in the document → extra space above it, in whole CSS px. */
  extra: Array<{ rank: number; index: number; px: number }>;
  /** 0-based pages left short (no stretchable space on them), and pages stretched. */
  short: number[];
  stretched: number[];
}

/**
 * How much each short page needs and where it goes. `lines` per page and
 * `pitch` (pt) define the text block; the document's last page, and a page
 * before a forced break, are not full pages and are left as they are.
 */
export function planStretch(blocks: Block[], spots: Map<string, Spot>, geometry: { lines: number; pitch: number }, forcedBreakBefore: (page: number) => boolean): StretchPlan {
  const { lines: n, pitch } = geometry;
  const reach = new Map<number, number>();
  const extend = (page: number, depth: number) => reach.set(page, Math.max(reach.get(page) ?? 0, depth));
  blocks.forEach((block, i) => {
    const top = spots.get(`${PROBE}-b${i}-t`);
    const bottom = spots.get(`${PROBE}-b${i}-b`);
    if (!top || !bottom) return;
    const end = bottom.offset - block.shift - block.padBottom;
    if (top.page === bottom.page) return extend(top.page, end);
    // Split across pages: the continuation starts at the top of each later page; middle pages are full.
    const last = Math.round(end / pitch);
    const first = Math.round(block.lines) - last - (bottom.page - top.page - 1) * n;
    extend(top.page, top.offset - block.shift + block.padTop + first * pitch);
    for (let page = top.page + 1; page < bottom.page; page++) extend(page, n * pitch);
    extend(bottom.page, end);
  });

  const pages = [...reach.keys()].sort((a, b) => a - b);
  const final = pages.at(-1);
  const plan: StretchPlan = { extra: [], short: [], stretched: [] };
  for (const page of pages) {
    const slack = n * pitch - reach.get(page)!;
    if (page === final || forcedBreakBefore(page) || slack < pitch / 2) continue;
    const px = Math.round(slack * PX_PER_PT);
    const gaps = GAPS.map((_, rank) =>
      [...spots].filter(([id, s]) => id.startsWith(`${PROBE}-g${rank}-`) && s.page === page && s.offset > 0.5).map(([id]) => Number(id.split('-')[2])),
    ).map((indices, rank) => ({ rank, indices }));
    const best = gaps.find((g) => g.indices.length > 0);
    if (!best) {
      plan.short.push(page);
      continue;
    }
    // Whole pixels, the remainder to the first gaps, so the page is filled exactly and never overfilled by rounding.
    const each = Math.floor(px / best.indices.length);
    best.indices.forEach((index, k) => plan.extra.push({ rank: best.rank, index, px: each + (k < px - each * best.indices.length ? 1 : 0) }));
    plan.stretched.push(page);
  }
  return plan;
}

/** Applies a plan in the page of the real print: extra padding above each chosen gap. */
export async function applyStretch(page: Page, plan: StretchPlan): Promise<void> {
  await page.evaluate(
    (gaps, extra) => {
      const lists = gaps.map((selector) => Array.from(document.querySelectorAll<HTMLElement>(selector)));
      for (const { rank, index, px } of extra) {
        const el = lists[rank]![index]!;
        el.style.paddingTop = `calc(${getComputedStyle(el).paddingTop} + ${px}px)`;
      }
    },
    GAPS,
    plan.extra,
  );
}
