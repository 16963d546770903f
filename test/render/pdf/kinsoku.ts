/**
 * The line checker: CLREQ kinsoku over the lines poppler reads from a PDF.
 * Independent of the renderer: it sees only the printed lines.
 */
import { type PdfPage, pageParts } from '../../support/pdf-tools.js';

/** Never at the start of a line: closing marks, stops and pauses, the interpunct, the ellipsis and the dash. */
export const NO_LINE_START = new Set('，。、；：？！”’）》」』】〕〉·…—');
/** Never at the end of a line: opening marks. */
export const NO_LINE_END = new Set('“‘（《「『【〔〈');

export interface Violation {
  page: number;
  rule: string;
  line: string;
}

export interface LineCheck {
  lines: number;
  violations: Violation[];
}

/** Latin words and numbers of the source, to tell a word split across lines from two words broken at a space. */
const wordsOf = (source: string) => new Set(source.match(/[A-Za-z0-9]+(?:[.,][0-9]+)*/g) ?? []);

export function checkLines(pages: PdfPage[], source: string): LineCheck {
  const words = wordsOf(source);
  const violations: Violation[] = [];
  let lines = 0;
  let previous: { page: number; text: string } | undefined;
  for (const page of pages) {
    for (const line of pageParts(page).body) {
      const text = line.text.trim();
      if (!text) continue;
      lines++;
      const add = (rule: string) => violations.push({ page: page.number, rule, line: text });
      if (NO_LINE_START.has(text[0]!)) add(`starts with ${text[0]}`);
      if (NO_LINE_END.has(text.at(-1)!)) add(`ends with ${text.at(-1)}`);
      if (previous) {
        const tail = /[A-Za-z0-9]+$/.exec(previous.text)?.[0];
        const head = /^[A-Za-z0-9]+/.exec(text)?.[0];
        if (tail && head && words.has(tail + head) && !words.has(tail)) add(`splits ${tail}${head}`);
      }
      previous = { page: page.number, text };
    }
  }
  return { lines, violations };
}
