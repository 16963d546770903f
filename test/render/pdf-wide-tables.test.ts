/**
 * A table wider than the measure in the print (src/render/pdf/wide-tables.ts): a Markdown transcript with an
 * 11-column table of figures on A5. Read back from the PDF's glyphs (pdf.js): the body text keeps its 10.5 pt on every
 * page (Chromium shrank every page to fit such a table), the table lies inside the text block, and every figure is
 * printed whole, on one line.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { paperSize } from '../../src/config/schema.js';
import { pageGeometry } from '../../src/render/pdf/paper.js';
import { type PdfGlyph, pdfGlyphs } from '../support/pdf-glyphs.js';
import { tempDir } from '../support/temp.js';
import { buildPdf } from './pdf/build-pdf.js';

const YEARS = Array.from({ length: 9 }, (_, i) => `${2016 + i}年`);
const ROWS = [
  ['江城市', ...YEARS.map((_, i) => `${(12345.67 + i * 1111.11).toLocaleString('en', { minimumFractionDigits: 2 })}`), '含新区'],
  ['临江市', ...YEARS.map((_, i) => `${(9876.54 + i * 1111.11).toLocaleString('en', { minimumFractionDigits: 2 })}`), '不含新区'],
];
const TABLE = [['城市', ...YEARS, '备注'], Array(11).fill('---'), ...ROWS].map((r) => `| ${r.join(' | ')} |`).join('\n');
const SOURCE = `# 统计数据发布会\n\n主持人：请看下表，这是两市近九年的地区生产总值。\n\n${TABLE}\n\n发言人：两市的增长都保持稳定，江城市的增速略高一些。\n`;

/** Pages on which the body text (the turns' paragraphs) is not set at 10.5 pt. */
const scaledPages = (glyphs: PdfGlyph[], body: string) => {
  const chars = new Set(body);
  return [...new Set(glyphs.filter((g) => g.page > 2 && chars.has(g.char) && Math.abs(g.size - 10.5) > 0.05).map((g) => g.page))];
};

describe('pdf: a table wider than the measure', () => {
  let pdf: string;
  let glyphs: PdfGlyph[];
  beforeAll(async () => {
    const input = join(tempDir('wide-table'), 'wide-table.md');
    writeFileSync(input, SOURCE);
    pdf = await buildPdf(input, 'wide-table');
    glyphs = await pdfGlyphs(pdf);
  });

  it('leaves the body text at 10.5 pt on every page (control: the same glyphs at two thirds are found)', () => {
    // Characters of the turns that no cell holds.
    const body = '两的增长都保持稳定请看下表';
    expect(glyphs.filter((g) => g.page > 2 && body.includes(g.char)).length).toBeGreaterThan(10);
    expect(scaledPages(glyphs, body)).toEqual([]);
    expect(scaledPages(glyphs.map((g) => ({ ...g, size: (g.size * 2) / 3 })), body).length).toBeGreaterThan(0);
  });

  it('sets the table inside the text block, every figure whole on one line', () => {
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
    for (const figure of ROWS.flat()) expect(text.split('\n').some((line) => line.replace(/\s/g, '').includes(figure)), figure).toBe(true);
    // A5, the default: the text block's right edge.
    const a5 = pageGeometry(paperSize('a5')!, 0, false);
    const right = a5.width - a5.side;
    // The table's glyphs: between the turn above it and the one below (both on its page).
    const [above, below] = ['请', '稳'].map((c) => glyphs.find((g) => g.page > 2 && g.char === c)!);
    const cells = glyphs.filter((g) => g.page === above!.page && g.y < above!.y && g.y > below!.y);
    expect(cells.length).toBeGreaterThan(100);
    expect(Math.max(...cells.map((g) => g.x + g.width))).toBeLessThanOrEqual(right + 0.5);
  });
});
