/**
 * Running heads from the deepest meaningful level: in a sectioned transcript
 * of questions and answers, each recto names the question (or, before the
 * first, the section) in progress at the top of the page, shortened at a
 * phrase boundary with an ellipsis.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toString } from 'mdast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Turn } from '../../src/ast/types.js';
import { parse } from '../../src/source/parse.js';
import { tmp } from '../support/paths.js';
import { pageParts, pdfLines, type PdfPage, squash } from '../support/pdf-tools.js';
import { sectionedTranscript } from '../support/sectioned-transcript.js';
import { buildPdf } from './pdf/build-pdf.js';

const unit = (head: string) => squash(head).replace(/…+$/, '');

describe('pdf running heads of a sectioned transcript', () => {
  let pages: PdfPage[];
  /** Sections and questions in document order: the words a row starts with, and the head's full text. */
  const marks: Array<{ starts: string; label: string }> = [];
  beforeAll(async () => {
    const dir = join(tmp, 'pdf-heads');
    mkdirSync(dir, { recursive: true });
    const input = join(dir, 'sectioned.md');
    writeFileSync(input, sectionedTranscript());
    const { doc } = parse(Buffer.from(sectionedTranscript()), { file: input });
    for (const section of doc.children.filter((n) => n.type === 'section')) {
      marks.push({ starts: squash(toString({ type: 'paragraph', children: section.title })), label: squash(toString({ type: 'paragraph', children: section.title })) });
      // A turn of the asking side that asks (a remark of the interviewer's is no unit).
      for (const turn of section.children.filter((n): n is Turn => n.type === 'turn' && n.role === 'question' && /[？?]/u.test(toString(n)))) {
        const words = squash(toString(turn.children[0]!));
        marks.push({ starts: squash(turn.speaker) + '：' + words.slice(0, 8), label: words });
      }
    }
    pages = pdfLines(await buildPdf(input, 'sectioned'));
  });

  it('names on each recto the question or section in progress at the top of the page', () => {
    expect(marks.length).toBeGreaterThan(10);
    const firstBody = pages.findIndex((p) => pageParts(p).folio !== undefined);
    let next = 0;
    let current: string | undefined;
    let checked = 0;
    for (const page of pages.slice(firstBody)) {
      const body = pageParts(page).body.map((r) => squash(r.text).replace(/:/g, '：'));
      // A unit whose first row opens the page is in progress at its top.
      if (next < marks.length && body[0]?.startsWith(marks[next]!.starts)) current = marks[next++]!.label;
      const { head } = pageParts(page);
      if (page.number % 2 === 1 && current) {
        expect(head, `head on page ${page.number}`).toBeDefined();
        expect(current.startsWith(unit(head!)), `head “${head}” on page ${page.number} names “${current.slice(0, 20)}…”`).toBe(true);
        expect(unit(head!).length).toBeGreaterThan(3);
        checked++;
      }
      for (const row of body) if (next < marks.length && row.startsWith(marks[next]!.starts)) current = marks[next++]!.label;
    }
    expect(next, 'every section and question found in the print').toBe(marks.length);
    expect(checked).toBeGreaterThan(3);
  });

  it('shortens a head that is too long at a phrase boundary, with an ellipsis', () => {
    const heads = pages.map((p) => pageParts(p).head).filter((h): h is string => Boolean(h));
    const shortened = heads.filter((h) => /…$/.test(h));
    expect(shortened.length).toBeGreaterThan(0);
    for (const h of shortened) expect(h).toMatch(/[^…]……$/);
  });
});
