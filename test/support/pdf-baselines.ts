/**
 * Lines of a PDF by baseline, read with pdf.js: each text item's transform
 * gives its exact baseline and size, which poppler's boxes (ascent/descent of
 * each face) do not. Positions in pt from the top of the page.
 */
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface BaselineLine {
  /** Baseline, pt from the top of the (printed) page. */
  y: number;
  /** Largest font size on the line, pt. */
  size: number;
  /** Left edge, pt. */
  x: number;
  text: string;
}

export interface BaselinePage {
  /** 1-based. */
  number: number;
  height: number;
  lines: BaselineLine[];
}

export async function pdfBaselines(file: string): Promise<BaselinePage[]> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  try {
    const pages: BaselinePage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { height } = page.getViewport({ scale: 1 });
      const lines: BaselineLine[] = [];
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const y = height - item.transform[5];
        const size = Math.hypot(item.transform[2], item.transform[3]);
        // Superscripts (note references) sit above the baseline: they join the line they are on.
        let line = lines.find((l) => Math.abs(l.y - y) < 0.6 || (size < 0.8 * l.size && y < l.y && l.y - y < l.size * 0.6));
        if (!line) lines.push((line = { y, size, x: item.transform[4], text: '' }));
        line.text += item.str;
        if (size > line.size && Math.abs(line.y - y) < 0.6) line.size = size;
        line.x = Math.min(line.x, item.transform[4]);
      }
      lines.sort((a, b) => a.y - b.y || a.x - b.x);
      pages.push({ number: n, height, lines });
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
