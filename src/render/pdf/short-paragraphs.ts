/**
 * Widows and orphans kept by huozi, not left to Chromium: a body paragraph
 * of fewer lines than its `orphans` and `widows` together (pdf.css: 3 and 3,
 * so five lines or fewer) cannot be split between pages without leaving
 * fewer lines than those on one of them (CSS Fragmentation 3 §3.3), so it is
 * set `break-inside: avoid-page`. Chromium 156 does not always apply widows:
 * a four-line paragraph under a numbered heading ended a page with three
 * lines and left the fourth alone at the top of the next (a report's page 8,
 * measured), while `break-inside` it keeps.
 *
 * Lines are counted in screen layout at the text block's width
 * (print-measure.ts), where every line is one pitch (pdf.css), once, in the
 * page both prints are made from (print-book.ts).
 */
import type { Page } from 'puppeteer-core';
import { atPrintMeasure } from './print-measure.js';

/** Body paragraphs, the blocks `orphans` and `widows` apply to. */
const PARAGRAPHS = 'main p';

/** Sets every body paragraph too short to split `break-inside: avoid-page`; returns how many. `pitch` is the line pitch in pt. */
export async function keepShortParagraphs(page: Page, pitch: number): Promise<number> {
  return atPrintMeasure(page, () => page.evaluate(
    (selector, pitchPt) => {
      const line = (pitchPt * 96) / 72; // CSS px
      const all = Array.from(document.querySelectorAll<HTMLElement>(selector));
      // Read every paragraph before setting any: a style set between reads would lay the page out again for each.
      const short = all.filter((p) => {
        const s = getComputedStyle(p);
        const lines = Math.round((p.getBoundingClientRect().height - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom)) / line);
        return lines < Number(s.orphans) + Number(s.widows);
      });
      for (const p of short) p.style.breakInside = 'avoid-page';
      return short.length;
    },
    PARAGRAPHS,
    pitch,
  ));
}
