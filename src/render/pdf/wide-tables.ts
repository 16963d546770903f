/**
 * Tables wider than the measure, set smaller to fit it in the loaded
 * print page, before either print. A table's columns cannot be narrower than
 * their longest unbreakable word, so a table of many columns can overflow an A5
 * measure however its cells wrap; Chromium then shrinks every page of the book
 * to fit the widest table (measured: an 11-column table printed all 24 pages of
 * a book at two thirds of their size, and the stamp of page numbers, printed
 * without the table, no longer matched). Setting the one table smaller keeps
 * the rest of the book at size and every number in the table whole.
 */
import type { Page } from 'puppeteer-core';

/** The smallest scale at which a table is set on one line per cell rather than wrapped to its columns' narrowest. */
const MIN_UNWRAPPED = 0.7;
/** Characters of a cell kept on one line when the rest of its table wraps. */
const SHORT_CELL = 10;

/**
 * Fits each table of `main` wider than `main` to its width by setting it smaller. A table whose cells all fit on one
 * line at 70 % or more of its size is set so (no cell wraps); else its cells of more than ten characters wrap, the
 * others stay on one line, and it is set smaller by what still overflows. Its size is set, not zoomed: Chromium 156
 * dropped the rest of a zoomed table's row that broke across a page (measured).
 */
export async function fitWideTables(page: Page): Promise<void> {
  await page.evaluate(
    (minUnwrapped, shortCell) => {
      const main = document.querySelector('main');
      if (!main) return;
      const measure = main.clientWidth;
      const width = (table: HTMLTableElement) => table.getBoundingClientRect().width;
      for (const table of Array.from(main.querySelectorAll('table'))) {
        if (width(table) <= measure + 0.5) continue;
        const size = parseFloat(getComputedStyle(table).fontSize);
        table.style.width = 'max-content';
        if (measure / width(table) < minUnwrapped) {
          // Too wide unwrapped: long cells wrap, short ones (a name, a figure, a year) stay on one line.
          table.style.width = '';
          for (const cell of Array.from(table.querySelectorAll<HTMLElement>('td, th'))) if ([...(cell.textContent ?? '')].length <= shortCell) cell.style.whiteSpace = 'nowrap';
        }
        // Padding scales with the size, rules do not: a second step takes up what the first left over.
        let scale = 1;
        for (let step = 0; step < 3 && width(table) > measure + 0.5; step++) {
          scale *= measure / width(table);
          table.style.fontSize = `${size * scale}px`;
        }
      }
    },
    MIN_UNWRAPPED,
    SHORT_CELL,
  );
}
