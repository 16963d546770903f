/**
 * Contents pages balanced, as a book's are: a long list is spread evenly over
 * the pages it needs instead of filling each and leaving a few entries (or one)
 * on the last. The measuring print says how many pages the contents take and
 * how many entries each holds; the real print (and its stamp of page numbers)
 * breaks the list so that each page holds its even share.
 */
import type { PDFDocument } from '@cantoo/pdf-lib';
import { linksTo } from './landings.js';
import type { Page } from 'puppeteer-core';
import { atPrintMeasure } from './print-measure.js';

/** Entries of the contents in document order, nested entries included. */
const ENTRIES = '.toc .toc-item';

/** How many links to `ids` each page holds, for the pages that hold any, in page order. */
function linksPerPage(pdf: PDFDocument, ids: Set<string>): Array<{ page: number; count: number }> {
  const counts = new Map<number, number>();
  for (const a of linksTo(pdf, ids)) counts.set(a.page, (counts.get(a.page) ?? 0) + 1);
  return [...counts].map(([page, count]) => ({ page, count }));
}

/**
 * Indices (in document order) of the entries that start a contents page in the
 * balanced list; empty when the contents fit on one page. `firstPage` is the
 * 0-based page the contents start on; only the run of pages from there counts.
 * Each page takes its share of what is left, never more than it held when
 * filled (its capacity: the first page also holds the heading).
 */
export function balancedBreaks(pdf: PDFDocument, ids: Set<string>, firstPage: number): number[] {
  const pages = linksPerPage(pdf, ids).filter((p, i) => p.page === firstPage + i);
  if (pages.length < 2) return [];
  let left = pages.reduce((n, p) => n + p.count, 0);
  const breaks: number[] = [];
  let at = 0;
  pages.slice(0, -1).forEach((page, i) => {
    const take = Math.min(page.count, Math.ceil(left / (pages.length - i)));
    at += take;
    left -= take;
    breaks.push(at);
  });
  return breaks;
}

/**
 * Draws each wrapped entry's leader back to where its last line's words end: the leader follows the label's box, as
 * wide as its longest line, and would leave a gap after a shorter last line. Once, in the page both prints are made
 * from (the stamp prints numbers only, whose line boxes do not move). Returns how many leaders were drawn back.
 */
export async function fitLeaders(page: Page): Promise<number> {
  return atPrintMeasure(page, () =>
    page.evaluate((selector) => {
      const range = document.createRange();
      // Read every entry before changing any: one layout, not one per entry.
      const gaps = Array.from(document.querySelectorAll<HTMLElement>(selector)).flatMap((entry) => {
        const subject = entry.querySelector('.toc-subject');
        const label = entry.querySelector<HTMLElement>('.toc-label');
        const leader = entry.querySelector<HTMLElement>('.toc-leader');
        if (!subject || !label || !leader) return [];
        range.selectNodeContents(subject);
        const last = Array.from(range.getClientRects()).at(-1);
        const box = label.getBoundingClientRect();
        const gap = last ? box.right - last.right : 0;
        return gap > 0.5 ? [{ label, width: box.width, leader, gap }] : [];
      });
      for (const { label, width, leader, gap } of gaps) {
        // The label keeps its width (and so its lines): the space the leader gives back is not the label's to grow into.
        label.style.flex = `0 0 ${width}px`;
        leader.style.marginLeft = `calc(${getComputedStyle(leader).marginLeft} - ${gap}px)`;
      }
      return gaps.length;
    }, '.toc .toc-entry'),
  );
}

/** Applies the breaks in a page about to be printed (the print and the stamp). */
export async function applyBreaks(page: Page, breaks: number[]): Promise<void> {
  if (breaks.length === 0) return;
  await page.evaluate(
    (selector, indices) => {
      const entries = Array.from(document.querySelectorAll<HTMLElement>(selector));
      for (const i of indices) entries[i]!.style.breakBefore = 'page';
    },
    ENTRIES,
    breaks,
  );
}
