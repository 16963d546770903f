/**
 * The grid and flush bottoms (issue 16), read from the printed PDF with pdf.js:
 * body lines (10.5 pt, every face) lie on one 18 pt grid on every page, those
 * whose space stretched too (it stretches in whole lines), and every full body
 * page ends on the text block's last line. Prints the number of short pages and
 * of pages off the grid.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { output, variant } from '../support/outputs.js';
import { LONG_TOPICS, longStem, root } from '../support/paths.js';
import { type BaselinePage, pdfBaselines } from '../support/pdf-baselines.js';
import { buildPdf } from './pdf/build-pdf.js';

const PITCH = 18;
const TOLERANCE = 0.5;
const isBody = (size: number) => Math.abs(size - 10.5) < 0.2;

interface GridReport {
  fullPages: number;
  /** 1-based numbers of full body pages whose text ends above the block's last line. */
  short: number[];
  /** Full body pages with a body line off the grid, ending flush (their space stretched by a part of a line). */
  stretched: number[];
  /** Largest distance of a body baseline from the grid on the other pages, pt. */
  deviation: number;
}

/**
 * Body pages are those with a folio (a 9 pt line at the foot); the grid starts
 * at the highest first body baseline of any body page, and its last line is
 * the lowest baseline any body page reaches. The last page is not full.
 */
export function gridReport(pages: BaselinePage[]): GridReport {
  const body = pages.filter((p) => p.lines.some((l) => Math.abs(l.size - 9) < 0.1 && l.y > p.height * 0.85));
  const text = (p: BaselinePage) => p.lines.filter((l) => l.size > 9.2 && l.y < p.height * 0.9 && l.y > p.height * 0.1);
  const top = Math.min(...body.map((p) => text(p).find((l) => isBody(l.size))?.y ?? Infinity));
  const last = Math.max(...body.flatMap((p) => text(p).map((l) => l.y)));
  const report: GridReport = { fullPages: body.length - 1, short: [], stretched: [], deviation: 0 };
  for (const page of body.slice(0, -1)) {
    const lines = text(page);
    const off = lines.filter((l) => isBody(l.size)).map((l) => Math.abs(((l.y - top) / PITCH - Math.round((l.y - top) / PITCH)) * PITCH));
    const end = Math.max(...lines.map((l) => l.y));
    if (last - end > TOLERANCE) report.short.push(page.number);
    else if (off.some((d) => d > TOLERANCE)) report.stretched.push(page.number);
    if (!off.some((d) => d > TOLERANCE)) report.deviation = Math.max(report.deviation, ...off);
  }
  return report;
}

const cases: Record<string, { pdf: () => string | Promise<string>; maxShort: number; minFull: number }> = {
  example: { pdf: () => output('press-conference', 'pdf'), maxShort: 1, minFull: 10 },
  [`${LONG_TOPICS} topics`]: { pdf: () => output(longStem, 'pdf'), maxShort: Infinity, minFull: 10 },
  // Markdown: an image, emphasis dots, lists, tables and code between paragraphs (grid-snap.ts). Its page 5 ends in a
  // table of 9 pt figures, which the report does not count as body lines: that page reads as short.
  'a Markdown feature article': { pdf: () => output('markdown-feature', 'pdf'), maxShort: 1, minFull: 2 },
  // A lede's bottom margin collapses with the first section heading's top margin: stretching above that section once
  // added the margin a second time, overfilled the page and sent a section and its paragraph over, leaving it short.
  'a report with a lede and nested sections': {
    pdf: () => buildPdf(join(root, 'test/render/fixtures/report-lede-sections.txt'), 'report-lede-sections'),
    maxShort: 0,
    minFull: 2,
  },
  // Paragraphs too short to split are kept whole (short-paragraphs.ts): the pages they leave are stretched flush.
  'a report whose short paragraphs are kept whole': {
    pdf: () => variant('short-paragraphs'),
    maxShort: 0,
    minFull: 5,
  },
};

describe('pdf grid and flush bottoms', () => {
  for (const [name, { pdf, maxShort, minFull }] of Object.entries(cases)) {
    it(`${name}: body lines on the grid on every page, stretched or not; full pages end on the block's last line`, async () => {
      const report = gridReport(await pdfBaselines(await pdf()));
      console.log(
        `${name}: ${report.fullPages} full body pages, ${report.short.length} short [${report.short.join(' ')}], ` +
          `${report.stretched.length} stretched off the grid [${report.stretched.join(' ')}], deviation elsewhere ${report.deviation.toFixed(3)} pt`,
      );
      expect(report.fullPages).toBeGreaterThanOrEqual(minFull);
      expect(report.deviation).toBeLessThanOrEqual(TOLERANCE);
      expect(report.short.length).toBeLessThanOrEqual(maxShort);
      expect(report.stretched).toEqual([]);
    });
  }

  it('flags a page that ends short and a line off the grid (negative control)', async () => {
    const pages = await pdfBaselines(output('press-conference', 'pdf'));
    const report = gridReport(pages);
    // A full page that keeps the grid, with its last lines removed, then with one line moved by 2 pt.
    const victim = pages.find((p) => p.number > 3 && p.number < pages.length && !report.short.includes(p.number) && !report.stretched.includes(p.number))!;
    const edit = (change: (p: BaselinePage) => BaselinePage) => gridReport(pages.map((p) => (p === victim ? change(p) : p)));
    expect(edit((p) => ({ ...p, lines: p.lines.filter((l) => l.y < p.height * 0.8 || l.size < 9.2) })).short).toContain(victim.number);
    const nudged = edit((p) => ({ ...p, lines: p.lines.map((l, k) => (k === 3 ? { ...l, y: l.y + 2 } : l)) }));
    expect(nudged.stretched).toContain(victim.number);
  });
});
