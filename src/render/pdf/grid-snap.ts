/**
 * Blocks whose height is not a whole number of lines by nature — a paragraph
 * holding an image, a table, preformatted code, a line whose emphasis dots
 * (`text-emphasis`, CLREQ 着重号) Chromium makes room for below it — made so,
 * so that the lines after them stay on the baseline grid (pdf.css; CLREQ's
 * 版心 of fixed line positions), as after any paragraph: an image in a
 * Markdown article set every line below it on its page off the grid. A block
 * a little over whole lines (less than half a line: the emphasis dots, 2.3 pt)
 * gives the excess back with a negative bottom margin, the dots reaching
 * into the leading below; any other grows to the next whole line (padding
 * below it; a table takes a minimum height, which its rows share). Headings
 * are left alone: a heading and its title take half lines each (pdf.css),
 * whole lines together.
 *
 * Heights are read in screen layout at the text block's width
 * (print-measure.ts), once, in the page both prints are made from
 * (print-book.ts), after the images have loaded and wide tables were fitted.
 * What each block gained or gave back is recorded on it (`GRID_PAD`, CSS px),
 * so the measuring print counts it as the block's own (flush-bottom.ts).
 */
import type { Page } from 'puppeteer-core';
import { atPrintMeasure } from './print-measure.js';

/** Blocks that head what follows them: headings and a topic's title line, which take half lines each (pdf.css). */
export const HEADS = ':is(h2, h3, h4, h5, h6, .topic-title, .heading)';
/** Blocks of the body a height is read from: those holding lines (not headings), and the notes. */
const BLOCKS = `:is(p, pre, table, blockquote, li, .footnotes):not(${HEADS})`;
/** Attribute holding what a block gained (padding, > 0) or gave back (negative margin, < 0), in CSS px. */
export const GRID_PAD = 'data-grid-pad';

/** Makes every innermost block of the body a whole number of lines of `pitch` pt; returns how many changed. */
export async function snapToGrid(page: Page, pitch: number): Promise<number> {
  return atPrintMeasure(page, () => page.evaluate(
    (selector, pitchPt, attribute) => {
      const line = (pitchPt * 96) / 72; // CSS px
      // Innermost: a block holding others is whole when they are; changing both would count the inner change twice.
      const blocks = Array.from(document.querySelectorAll<HTMLElement>(`main ${selector}`)).filter(
        (el) => getComputedStyle(el).display !== 'inline' && !el.querySelector(selector),
      );
      // Read every height before setting any: a style set between reads would lay the page out again for each.
      const heights = blocks.map((el) => el.getBoundingClientRect().height);
      let changed = 0;
      blocks.forEach((el, i) => {
        const height = heights[i]!;
        const over = height - Math.floor(height / line + 0.01) * line;
        if (over < 0.01) return;
        changed++;
        if (el.tagName === 'TABLE') {
          el.style.height = `${height - over + line}px`;
        } else if (over < line / 2 && !el.querySelector('img')) {
          el.style.marginBottom = `calc(${getComputedStyle(el).marginBottom} - ${over}px)`;
          el.setAttribute(attribute, String(-over));
        } else {
          el.style.paddingBottom = `calc(${getComputedStyle(el).paddingBottom} + ${line - over}px)`;
          el.setAttribute(attribute, String(line - over));
        }
      });
      return changed;
    },
    BLOCKS,
    pitch,
    GRID_PAD,
  ));
}
