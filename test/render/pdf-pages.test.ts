/**
 * Pages and files: trim sizes, printer's boxes with and without bleed, fonts,
 * document information, and byte-identical rebuilds.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { output, variant } from '../support/outputs.js';
import { example, fixtures, LONG_TOPICS, longStem, tmp } from '../support/paths.js';
import { build } from '../../src/build.js';
import { pdfFonts, pdfPages } from '../support/pdf-tools.js';
import { buildPdf } from './pdf/build-pdf.js';
import { printBrowser } from '../support/print-browser.js';

const MM = 72 / 25.4;
type Box = [number, number, number, number];

function boxes(file: string, page = 1): Record<string, Box> {
  const info = execFileSync('pdfinfo', ['-box', '-f', String(page), '-l', String(page), file], { encoding: 'utf8' });
  const out: Record<string, Box> = {};
  for (const m of info.matchAll(/Page\s+\d+\s+(\w+)Box:\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)/g)) out[m[1]!] = [+m[2]!, +m[3]!, +m[4]!, +m[5]!];
  return out;
}
const size = (b: Box) => [b[2] - b[0], b[3] - b[1]];

describe('pdf trim sizes', () => {
  // The trim does not depend on the text: a short interview, not the example, is printed at each size.
  const interview = join(fixtures, 'interview-qa.txt');
  const papers: Record<string, [number, number]> = { a4: [210, 297], b5: [176, 250], '16k': [185, 260], '32k': [130, 184], '140x203': [140, 203] };
  for (const [paper, [w, h]] of Object.entries(papers)) {
    it(`prints ${paper} at ${w}×${h} mm`, async () => {
      const file = await buildPdf(interview, `paper-${paper}`, { paper });
      const trim = boxes(file).Trim!;
      expect(size(trim)[0]).toBeCloseTo(w * MM, 1);
      expect(size(trim)[1]).toBeCloseTo(h * MM, 1);
      console.log(`paper ${paper}: ${pdfPages(file)} pages, ${readFileSync(file).length} bytes`);
    });
  }
});

describe('pdf page boxes', () => {
  it('without bleed: every box is the A5 trim', () => {
    const b = boxes(output('press-conference', 'pdf'));
    for (const name of ['Media', 'Crop', 'Bleed', 'Trim', 'Art']) {
      expect(size(b[name]!)[0]).toBeCloseTo(148 * MM, 1);
      expect(size(b[name]!)[1]).toBeCloseTo(210 * MM, 1);
    }
  });

  it('with --bleed 3mm --marks crop,cross: TrimBox = finished size, BleedBox = trim + 3 mm, MediaBox larger with the marks outside the bleed', async () => {
    const file = variant('bleed');
    for (const page of [1, pdfPages(file)]) {
      const b = boxes(file, page);
      const [bx0, by0, bx1, by1] = b.Bleed!;
      const [tx0, ty0, tx1, ty1] = b.Trim!;
      expect(size(b.Trim!)[0]).toBeCloseTo(148 * MM, 1);
      expect(size(b.Trim!)[1]).toBeCloseTo(210 * MM, 1);
      for (const [outer, inner] of [[bx0, tx0], [by0, ty0], [tx1, bx1], [ty1, by1]] as const) expect(inner - outer).toBeCloseTo(3 * MM, 1);
      const [mx0, my0, mx1, my1] = b.Media!;
      expect(mx0).toBeLessThan(bx0 - 5 * MM);
      expect(my0).toBeLessThan(by0 - 5 * MM);
      expect(mx1).toBeGreaterThan(bx1 + 5 * MM);
      expect(my1).toBeGreaterThan(by1 + 5 * MM);
    }
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
  });
});

describe('pdf fonts and information', () => {
  it('embeds the TC fonts for a zh-Hant report, all subset CID TrueType', async () => {
    const fonts = pdfFonts(output('zh-hant-briefing', 'pdf'));
    expect(fonts.some((f) => /NotoSerifTC/.test(f.name))).toBe(true);
    for (const f of fonts) {
      expect(f.type).toBe('CID TrueType');
      expect(f.embedded && f.subset).toBe(true);
      expect(f.name).toMatch(/^[A-Z]{6}\+(NotoSerifTC|NotoSansTC|LXGWWenKai)/);
    }
  });

  it(`embeds only subset CID TrueType fonts in the ${LONG_TOPICS}-topic book, never Type 3`, () => {
    for (const f of pdfFonts(output(longStem, 'pdf'))) {
      expect(f.type).toBe('CID TrueType');
      expect(f.subset).toBe(true);
    }
  });

  it('states title, author, subject, creator and language from the metadata model, tagged', () => {
    const file = output('press-conference', 'pdf');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+王毅就中国外交政策和对外关系回答中外记者提问/);
    expect(info).toMatch(/Subject:\s+你面前的世界乱象丛生/);
    // The example names no author nor publisher: no /Author (huozi does not name itself); given one, it is stated.
    expect(info).not.toMatch(/Author:/);
    expect(execFileSync('pdfinfo', [variant('cjk-folios')], { encoding: 'utf8' })).toMatch(/Author:\s+江城日报/);
    expect(info).toMatch(/Creator:\s+huozi/);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(readFileSync(file).toString('latin1')).toMatch(/\/Lang \(zh-Hans\)/);
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
  });
});

describe('pdf missing glyphs', () => {
  it('warns with the code points of characters no pinned font covers', async () => {
    const input = join(tmp, 'pdf', 'missing-glyph.txt');
    mkdirSync(join(tmp, 'pdf'), { recursive: true });
    // 🫠 (Unicode 14) and a private-use character are in no pinned font; the Roman numerals are (a fallback has them).
    writeFileSync(input, '缺字测试\n\n水质由劣Ⅴ类提升到Ⅲ类，网友留言🫠，另有一个私用区字符\u{E000}。\n');
    const { warnings } = await build([input], { out: join(tmp, 'pdf', 'missing-glyph'), formats: ['pdf'], browser: printBrowser });
    const warning = warnings.find((w) => w.code === 'missing-glyph');
    expect(warning?.message).toMatch(/U\+1FAE0/);
    expect(warning?.message).toMatch(/U\+E000/);
    expect(warning?.message).not.toMatch(/U\+2162|U\+6C34/);
  });
});

describe('pdf reproducibility', () => {
  let again: string;
  beforeAll(async () => {
    again = await buildPdf(example, 'rebuild');
  });
  it('rebuilds the example byte for byte', () => {
    expect(Buffer.compare(readFileSync(again), readFileSync(output('press-conference', 'pdf')))).toBe(0);
  });
});
