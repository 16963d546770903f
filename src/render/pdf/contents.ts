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
