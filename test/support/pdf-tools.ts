/** Poppler as the independent oracle for PDFs. */
import { execFileSync } from 'node:child_process';

/** Text read back from a PDF without its whitespace: poppler and pdf.js space and break lines where the print did. */
export const squash = (s: string) => s.replace(/\s+/g, '');

export const pdfText = (file: string, args: string[] = []) => execFileSync('pdftotext', ['-layout', ...args, file, '-'], { encoding: 'utf8' });

export function pdfPages(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
}

export function pdfFonts(file: string): PdfFont[] {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const m = /^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)/.exec(line)!;
      return { name: m[1]!, type: m[2]!.trim(), embedded: m[4] === 'yes', subset: m[5] === 'yes' };
    });
}

/** A line of text as poppler laid it out (`pdftotext -bbox-layout`), in pt from the page's top-left. */
export interface PdfLine {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  lines: PdfLine[];
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Every page's lines; words of a line are joined with a space only where poppler saw a gap between Latin/digit words. */
export function pdfLines(file: string): PdfPage[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const pages: PdfPage[] = [];
  for (const [n, page] of xml.split('<page ').slice(1).entries()) {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page)!;
    const lines: PdfLine[] = [];
    for (const line of page.split('<line ').slice(1)) {
      const box = /xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)"/.exec(line)!;
      const words = [...line.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((m) => unescapeXml(m[1]!));
      const text = words.reduce((acc, w) => (acc && /[A-Za-z0-9.,%]$/.test(acc) && /^[A-Za-z0-9(]/.test(w) ? `${acc} ${w}` : acc + w), '');
      lines.push({ text, xMin: +box[1]!, yMin: +box[2]!, xMax: +box[3]!, yMax: +box[4]! });
    }
    lines.sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    pages.push({ number: n + 1, width: +size[1]!, height: +size[2]!, lines });
  }
  return pages;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Lines poppler read separately but that sit side by side (a contents entry: number, subject, page) joined into one row. */
export function rows(page: PdfPage): PdfLine[] {
  const out: PdfLine[] = [];
  for (const line of page.lines) {
    const mid = (line.yMin + line.yMax) / 2;
    const row = out.find((r) => mid > r.yMin && mid < r.yMax);
    if (!row) out.push({ ...line });
    else {
      const [a, b] = row.xMin <= line.xMin ? [row, line] : [line, row];
      Object.assign(row, { text: `${a.text} ${b.text}`, xMin: Math.min(row.xMin, line.xMin), xMax: Math.max(row.xMax, line.xMax) });
    }
  }
  return out.sort((a, b) => a.yMin - b.yMin);
}

/**
 * A page split into its furniture and its text, by what a reader sees: the
 * running head is a top row set visibly smaller than the text, the folio a
 * bottom row of a page number alone (`folio`: digits, unless told otherwise).
 */
export function pageParts(page: PdfPage, folioPattern = /^\d+$/): { head?: string; folio?: string; body: PdfLine[] } {
  const lines = rows(page);
  const size = median(lines.map((l) => l.yMax - l.yMin));
  const last = lines.at(-1);
  const folio = last && folioPattern.test(last.text) && last.yMin > page.height * 0.8 ? lines.pop()!.text : undefined;
  const first = lines[0];
  const head = first && first.yMax - first.yMin < 0.85 * size && first.yMax < page.height * 0.15 ? lines.shift()!.text : undefined;
  return { head, folio, body: lines };
}
