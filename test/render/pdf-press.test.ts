/**
 * `--press`: the example with a 3 mm bleed, crop marks and registration crosses, as CMYK for the
 * press, checked as a prepress desk would: qpdf's uncompressed form scanned for
 * colour operators, the OutputIntent, the page boxes (pdfinfo -box), the fonts
 * (pdffonts) and the text (pdftotext) against the RGB print of the same input;
 * and a second build, byte for byte, with no trace of the time it was built.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { example } from '../support/paths.js';
import { PRINT_VARIANTS } from '../support/global-setup.js';
import { variant } from '../support/outputs.js';
import { pdfFonts } from '../support/pdf-tools.js';
import { printBrowser } from '../support/print-browser.js';
import { tempDir } from '../support/temp.js';
import { buildPdf } from './pdf/build-pdf.js';

let press: string;
let pressAgain: string;
let rgb: string;
let started: Date;
// The options of the bleed print global setup builds, so that print is the RGB reference.
const { options } = PRINT_VARIANTS.bleed;

beforeAll(async () => {
  started = new Date();
  press = await buildPdf(example, 'press', { ...options, press: true });
  rgb = variant('bleed');
  // Seconds after the first: any date or time-based ID Ghostscript stamps differs (tempDir: removed when the file ends).
  const again = await build([example], { ...options, press: true, out: tempDir('press-again'), formats: ['pdf'], browser: printBrowser });
  pressAgain = again.written.find((f) => f.endsWith('.pdf'))!;
});
afterAll(() => {
  rmSync(dirname(press), { recursive: true, force: true });
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

/**
 * The hour stamps a program running between `from` and now could have written, as PDF dates (`D:2026120507`) and
 * XMP dates (`2026-12-05T07`), in UTC and in local time (Ghostscript writes local time with its offset).
 */
function stampsSince(from: Date): string[] {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamps = new Set<string>();
  const times = [from.getTime(), Date.now()];
  for (let t = from.getTime() + 3_600_000; t < Date.now(); t += 3_600_000) times.push(t);
  for (const time of times) {
    const d = new Date(time);
    for (const [y, m, day, h] of [
      [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours()],
      [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours()],
    ] as const) {
      stamps.add(`D:${y}${pad(m)}${pad(day)}${pad(h)}`);
      stamps.add(`${y}-${pad(m)}-${pad(day)}T${pad(h)}`);
    }
  }
  return [...stamps];
}

/**
 * What of its build time a PDF holds, in its bytes or in any stream (qpdf's QDF form inflates the XMP if compressed):
 * a date of the hours since `from`, a time-based (version 1) UUID such as Ghostscript's xapMM:DocumentID, and an
 * Info dictionary whose dates Ghostscript wrote (its Producer beside a CreationDate). Empty when none.
 */
function buildTimeTraces(file: string, from: Date): string[] {
  const texts = [readFileSync(file, 'latin1'), qdf(file)];
  const traces = new Set<string>();
  for (const text of texts) {
    for (const stamp of stampsSince(from)) if (text.includes(stamp)) traces.add(`date ${stamp}`);
    for (const m of text.matchAll(/uuid:[0-9a-f]{8}-[0-9a-f]{4}-1[0-9a-f]{3}-[0-9a-f-]+/gi)) traces.add(`time-based ${m[0]}`);
    for (const m of text.matchAll(/<<((?:(?!<<|>>)[\s\S])*)>>/g)) {
      if (/\/Producer\s*\(GPL Ghostscript/.test(m[1]!) && /\/CreationDate/.test(m[1]!)) traces.add("Ghostscript's Info dates");
    }
  }
  return [...traces];
}

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

  it("rebuilds byte for byte, with the print's fixed dates and no trace of the build time", () => {
    expect(buildTimeTraces(press, started)).toEqual([]);
    expect(readFileSync(pressAgain).equals(readFileSync(press))).toBe(true);
    const info = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/^(CreationDate|ModDate):.*$/gm);
    expect(info(press)).toEqual(info(rgb));
  });

  it("finds the build time in Ghostscript's own output (negative control for the check above)", () => {
    const raw = join(tempDir('press-raw'), 'raw.pdf');
    execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-dNEWPDF=false', '-sDEVICE=pdfwrite', `-sOutputFile=${raw}`, rgb], { stdio: 'pipe' });
    const traces = buildTimeTraces(raw, started);
    expect(traces.some((t) => t.startsWith('date D:'))).toBe(true);
    expect(traces.some((t) => /^date \d{4}-/.test(t))).toBe(true);
    expect(traces.some((t) => t.startsWith('time-based uuid:'))).toBe(true);
    expect(traces).toContain("Ghostscript's Info dates");
  });
});
