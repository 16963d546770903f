/**
 * Glyph geometry of a PDF, read with pdf.js: every shown glyph with its
 * character, its origin on the page and its font size, in pt. The text state
 * is followed operator by operator (cm, q/Q, Tm, Td, Tf, Tc, Tw, Tz, TJ), so
 * what is measured is where the printed glyph sits, not what the renderer meant.
 */
import { readFileSync, statSync } from 'node:fs';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfGlyph {
  char: string;
  /** Origin on the page, pt, from the bottom-left. */
  x: number;
  y: number;
  /** Font size on the page, pt (1 em). */
  size: number;
  /** The glyph's own advance width, pt. */
  width: number;
  /** 1-based page number. */
  page: number;
  /** The embedded font's PostScript name, subset tag removed. */
  font: string;
  /** Direction of the glyph's baseline on the page, degrees: 0 upright, -90 turned clockwise (sideways in a column). */
  angle: number;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];
const matrixOf = (args: unknown[]): Matrix => {
  const a = (args.length === 1 ? args[0] : args) as ArrayLike<number>;
  return [a[0]!, a[1]!, a[2]!, a[3]!, a[4]!, a[5]!];
};
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

interface Glyph {
  unicode: string;
  width: number;
  isSpace?: boolean;
}

const read = new Map<string, Promise<PdfGlyph[]>>();

/**
 * Every glyph of every page (of the first `pages`, if given), in drawing order: a new array each call. A file is read
 * once per worker while its size and modification time stay (the vertical example's glyphs took 5–7 s a reading, and
 * six tests read them).
 */
export async function pdfGlyphs(file: string, pages = Infinity): Promise<PdfGlyph[]> {
  const { size, mtimeMs } = statSync(file);
  const key = JSON.stringify([file, size, mtimeMs, pages]);
  let glyphs = read.get(key);
  if (!glyphs) {
    glyphs = readGlyphs(file, pages);
    read.set(key, glyphs);
    glyphs.catch(() => read.delete(key));
  }
  return [...(await glyphs)];
}

async function readGlyphs(file: string, pages: number): Promise<PdfGlyph[]> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0, isEvalSupported: false }).promise;
  const out: PdfGlyph[] = [];
  try {
    for (let p = 1; p <= Math.min(doc.numPages, pages); p++) {
      const page = await doc.getPage(p);
      const ops = await page.getOperatorList();
      let font = '';
      let ctm: Matrix = IDENTITY;
      const stack: Matrix[] = [];
      let tm: Matrix = IDENTITY;
      let tlm: Matrix = IDENTITY;
      let fontSize = 0;
      let charSpacing = 0;
      let wordSpacing = 0;
      let hScale = 1;
      let leading = 0;
      const moveLine = (tx: number, ty: number) => {
        tlm = multiply([1, 0, 0, 1, tx, ty], tlm);
        tm = tlm;
      };
      for (let i = 0; i < ops.fnArray.length; i++) {
        const fn = ops.fnArray[i];
        const args = (ops.argsArray[i] ?? []) as unknown[];
        switch (fn) {
          case OPS.save:
            stack.push(ctm);
            break;
          case OPS.restore:
            ctm = stack.pop() ?? IDENTITY;
            break;
          case OPS.transform:
            ctm = multiply(matrixOf(args), ctm);
            break;
          case OPS.beginText:
            tm = tlm = IDENTITY;
            break;
          case OPS.setFont:
            fontSize = args[1] as number;
            font = String((page.commonObjs.get(args[0] as string) as { name?: string }).name ?? '').replace(/^[A-Z]{6}\+/, '');
            break;
          case OPS.setCharSpacing:
            charSpacing = args[0] as number;
            break;
          case OPS.setWordSpacing:
            wordSpacing = args[0] as number;
            break;
          case OPS.setHScale:
            hScale = (args[0] as number) / 100;
            break;
          case OPS.setLeading:
            leading = args[0] as number;
            break;
          case OPS.setTextMatrix:
            tm = tlm = matrixOf(args);
            break;
          case OPS.moveText:
            moveLine(args[0] as number, args[1] as number);
            break;
          case OPS.setLeadingMoveText:
            leading = -(args[1] as number);
            moveLine(args[0] as number, args[1] as number);
            break;
          case OPS.nextLine:
            moveLine(0, -leading);
            break;
          case OPS.showText:
          case OPS.showSpacedText:
            for (const g of args[0] as Array<Glyph | number>) {
              if (typeof g === 'number') {
                tm = multiply([1, 0, 0, 1, (-g / 1000) * fontSize * hScale, 0], tm);
                continue;
              }
              const m = multiply(multiply([fontSize * hScale, 0, 0, fontSize, 0, 0], tm), ctm);
              const scale = Math.hypot(m[2], m[3]);
              const advance = ((g.width / 1000) * fontSize + charSpacing + (g.isSpace ? wordSpacing : 0)) * hScale;
              if (g.unicode) out.push({ char: g.unicode, x: m[4], y: m[5], size: scale, width: (g.width / 1000) * scale, page: p, font, angle: Math.round((Math.atan2(m[1], m[0]) * 180) / Math.PI) });
              tm = multiply([1, 0, 0, 1, advance, 0], tm);
            }
            break;
        }
      }
    }
  } finally {
    await doc.destroy();
  }
  return out;
}

/** Glyphs grouped into printed lines (same page, same baseline), each sorted left to right. */
export function glyphLines(glyphs: PdfGlyph[]): PdfGlyph[][] {
  const lines = new Map<string, PdfGlyph[]>();
  for (const g of glyphs) {
    const key = `${g.page}:${Math.round(g.y)}`;
    lines.set(key, [...(lines.get(key) ?? []), g]);
  }
  return [...lines.values()].map((l) => l.sort((a, b) => a.x - b.x));
}
