/**
 * `--press`: the example with a 3 mm bleed and crop marks, as CMYK for the
 * press, checked as a prepress desk would: qpdf's uncompressed form scanned for
 * colour operators, the OutputIntent, the page boxes (pdfinfo -box), the fonts
 * (pdffonts) and the text (pdftotext) against the RGB print of the same input.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { example } from '../support/paths.js';
import { pdfFonts } from '../support/pdf-tools.js';
import { buildPdf } from './pdf/build-pdf.js';

let press: string;
let rgb: string;
const options = { bleed: 3, marks: ['crop' as const] };

beforeAll(async () => {
  press = await buildPdf(example, 'press', { ...options, press: true });
  rgb = await buildPdf(example, 'press-rgb', options);
});
afterAll(() => {
  for (const f of [press, rgb]) rmSync(dirname(f), { recursive: true, force: true });
});

/** qpdf's uncompressed QDF form of a PDF, as latin1 text. */
const qdf = (file: string) => execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-'], { encoding: 'latin1', maxBuffer: 1 << 28 });

/** Colour operators with their operands (`0 0 0 1 k`), and every mention of DeviceRGB, from the QDF form. */
function colourOperators(file: string): string[] {
  const text = qdf(file);
  const ops = [...text.matchAll(/(?<![\w.])((?:-?[\d.]+\s+){1,4})(rg|RG|k|K|g|G)(?![\w*])/g)].map((m) => `${m[1]!.trim().replace(/\s+/g, ' ')} ${m[2]}`);
  return [...ops, ...[...text.matchAll(/\/DeviceRGB/g)].map(() => '/DeviceRGB')];
}

/** Each page's boxes relative to its MediaBox origin, in pt (Ghostscript moves the origin to 0 0). */
function boxes(file: string): string[] {
  const out = execFileSync('pdfinfo', ['-box', '-f', '1', '-l', '3', file], { encoding: 'utf8' });
  const pages: string[] = [];
  let origin = [0, 0];
  for (const m of out.matchAll(/Page\s+\d+\s+(\w+Box):\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)/g)) {
    const [x0, y0, x1, y1] = m.slice(2, 6).map(Number) as [number, number, number, number];
    if (m[1] === 'MediaBox') origin = [x0, y0];
    pages.push(`${m[1]} ${(x0 - origin[0]!).toFixed(1)} ${(y0 - origin[1]!).toFixed(1)} ${(x1 - origin[0]!).toFixed(1)} ${(y1 - origin[1]!).toFixed(1)}`);
  }
  return pages;
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('pdf --press', () => {
  it('uses no DeviceRGB and no RGB operator in any content stream (negative control: the RGB print has them)', () => {
    const rgbOps = colourOperators(rgb);
    expect(rgbOps.some((l) => / (rg|RG)$/.test(l) || /DeviceRGB/.test(l))).toBe(true);
    const ops = colourOperators(press);
    expect(ops.filter((l) => / (rg|RG)$/.test(l) || /DeviceRGB/.test(l))).toEqual([]);
  });

  it('sets black as 100 % K (0 0 0 1 k), overprinting, and never as a four-colour black', () => {
    const ops = colourOperators(press);
    expect(ops).toContain('0 0 0 1 k');
    const text = qdf(press);
    expect(text).toMatch(/0 0 0 1 k \/HzFillOP gs/);
    expect(text).toMatch(/\/op true/);
    // Rich black: all four inks heavy.
    const rich = ops.filter((l) => /k$/.test(l) && l.split(/\s+/).slice(0, 4).map(Number).every((v) => v > 0.5));
    expect(rich).toEqual([]);
  });

  it('carries an OutputIntent with a CMYK profile', () => {
    const text = qdf(press);
    expect(text).toMatch(/\/OutputIntents/);
    expect(text).toMatch(/\/DestOutputProfile/);
    expect(text).toMatch(/\/N 4/);
  });

  it('keeps the trim, bleed and media boxes of the RGB print', () => {
    const pressBoxes = boxes(press);
    expect(pressBoxes.some((b) => b.startsWith('TrimBox'))).toBe(true);
    expect(pressBoxes).toEqual(boxes(rgb));
  });

  it('keeps every font embedded as CID TrueType and every character of the text', () => {
    const fonts = pdfFonts(press);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f.type === 'CID TrueType' && f.embedded, f.name).toBe(true);
    const text = squeeze(execFileSync('pdftotext', [press, '-'], { encoding: 'utf8' }));
    const reference = squeeze(execFileSync('pdftotext', [rgb, '-'], { encoding: 'utf8' }));
    expect(new Set(text)).toEqual(new Set(reference));
    expect(text.length).toBe(reference.length);
  });
});
