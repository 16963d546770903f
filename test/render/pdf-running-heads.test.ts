/**
 * Running heads from the deepest meaningful level: in a sectioned transcript
 * of questions and answers, each recto names the question (or, before the
 * first, the section) in progress at the top of the page, shortened at a
 * phrase boundary with an ellipsis.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toString } from 'mdast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Turn } from '../../src/ast/types.js';
import { parse } from '../../src/source/parse.js';
import { root, tmp } from '../support/paths.js';
import { output } from '../support/outputs.js';
import { pdfGlyphs } from '../support/pdf-glyphs.js';
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
        // The head names the sentence that asks (without thanks before it).
        const asked = /[^。！？!?；;…]*[？?][”’」』]?/u.exec(squash(turn.children.map((c) => toString(c)).join('')))![0];
        marks.push({ starts: squash(turn.speaker) + '：' + words.slice(0, 8), label: asked });
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

/**
 * The rectos whose page opens with a section heading, and what each one's head says instead when it does not name
 * that section (the heading's words as `pdftotext` reads them, without spaces).
 */
function sectionOpeningFaults(pages: PdfPage[], headings: string[]): { checked: number; faults: string[] } {
  let checked = 0;
  const faults: string[] = [];
  for (const page of pages.filter((p) => p.number % 2 === 1)) {
    const { head, body } = pageParts(page);
    const opening = headings.find((h) => body[0] && squash(body[0].text).startsWith(h));
    if (!opening) continue;
    checked++;
    if (!head || !opening.startsWith(unit(head))) faults.push(`page ${page.number} opens with ${opening} under the head ${head}`);
  }
  return { checked, faults };
}

describe('pdf running heads of a report whose section opens a page', () => {
  const source = join(root, 'test/render/fixtures/report-sections.txt');
  const headings = readFileSync(source, 'utf8').split('\n').filter((l) => /^（[一二三四五六七八九十]+）/u.test(l)).map(squash);
  let pages: PdfPage[];
  beforeAll(async () => {
    pages = pdfLines(await buildPdf(source, 'report-sections'));
  });

  it('the recto of a page a section opens names that section, not the one before it', () => {
    const { checked, faults } = sectionOpeningFaults(pages, headings);
    expect(checked, 'a recto opening with a section heading').toBeGreaterThan(0);
    expect(faults).toEqual([]);
  });

  it('negative control: each recto under the head of the recto before it has faults', () => {
    const rectos = pages.filter((p) => p.number % 2 === 1);
    // The running head's lines: those above the page's first row of text.
    const inHead = (page: PdfPage) => (l: PdfPage['lines'][number]) => l.yMax <= (pageParts(page).body[0]?.yMin ?? 0);
    const swapped = rectos.map((p, i) => {
      const before = rectos[(i + rectos.length - 1) % rectos.length]!;
      return { ...p, lines: [...before.lines.filter(inHead(before)), ...p.lines.filter((l) => !inHead(p)(l))] };
    });
    expect(sectionOpeningFaults(swapped, headings).faults.length).toBeGreaterThan(0);
  });
});

describe('pdf verso head: CLREQ §3.4.2 spacing in the margin box', () => {
  /** The gap (pt) after each glyph of the first verso head of `file` that is set at 8 pt, as [char, next char, gap]. */
  const versoGaps = async (file: string) => {
    const glyphs = await pdfGlyphs(file);
    const body = glyphs.filter((g) => g.page > 2 && g.page % 2 === 0 && Math.abs(g.size - 8) < 0.01 && g.char.trim() !== '');
    const page = body[0]!.page;
    const head = body.filter((g) => g.page === page && Math.abs(g.y - body[0]!.y) < 0.5).sort((a, b) => a.x - b.x);
    return head.slice(1).map((g, i) => [head[i]!.char, g.char, g.x - head[i]!.x - head[i]!.width] as const);
  };

  it('puts a quarter em between Han and digits in the verso head, as in the text (control: none between Han characters)', async () => {
    const gaps = await versoGaps(output('official-report', 'pdf'));
    const at = (a: string, b: string) => gaps.find(([x, y]) => x === a && y === b)?.[2];
    expect(gaps.map(([a]) => a).join('')).toContain('青川县2025年');
    expect(at('县', '2')).toBeCloseTo(2, 1);
    expect(at('5', '年')).toBeCloseTo(2, 1);
    expect(Math.abs(at('青', '川')!)).toBeLessThan(0.05);
  });
});
