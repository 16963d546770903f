/**
 * What the reader navigates by, checked independently of the code that wrote
 * it: headings are found on the pages with poppler, and the contents page
 * numbers, running heads and bookmarks are compared with where they are.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toString } from 'mdast-util-to-string';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../../src/source/parse.js';
import { output, variant } from '../support/outputs.js';
import { example, hantReport, LONG_TOPICS, longInput, longStem, root } from '../support/paths.js';
import { ARABIC, CJK, type Numerals } from '../support/numerals.js';
import { type PdfGlyph, pdfGlyphs } from '../support/pdf-glyphs.js';
import { pageParts, pdfLines, type PdfPage, squash } from '../support/pdf-tools.js';
import { buildPdf } from './pdf/build-pdf.js';


interface Layout {
  pages: PdfPage[];
  /** Contents entries: label (number + subject) and the page number printed after the leader. */
  toc: Array<{ label: string; page: string }>;
  /** 1-based page where each contents label appears as a heading line. */
  headingPage: Map<string, number>;
  headline: string;
  /** How this book writes page numbers, and its pages split by what a reader sees, folios read in those numerals. */
  numerals: Numerals;
  parts(page: PdfPage): ReturnType<typeof pageParts>;
}

function layout(pdf: string, source: string, numerals: Numerals = ARABIC): Layout {
  const folio = new RegExp(`^${numerals.pattern}$`);
  const entry = new RegExp(`^(.*?)\\s*(${numerals.pattern})$`);
  const parts = (page: PdfPage) => pageParts(page, folio);
  const pages = pdfLines(pdf);
  const { doc } = parse(readFileSync(source), { file: source });
  const headline = toString(doc.children.find((n) => n.type === 'headline')!);
  const firstBody = pages.findIndex((p) => parts(p).folio !== undefined);
  const toc = pages
    .slice(2, firstBody)
    .flatMap((p) => parts(p).body)
    .map((l) => entry.exec(squash(l.text)))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ label: m[1]!, page: m[2]! }));
  const labels = new Set(toc.map((e) => e.label));
  const headingPage = new Map<string, number>();
  for (const page of pages.slice(firstBody)) {
    for (const line of parts(page).body) if (labels.has(squash(line.text)) && !headingPage.has(squash(line.text))) headingPage.set(squash(line.text), page.number);
  }
  return { pages, toc, headingPage, headline, numerals, parts };
}

const cases: Record<string, () => Promise<[string, string, Numerals?]>> = {
  example: async () => [output('press-conference', 'pdf'), example],
  [`${LONG_TOPICS} topics`]: async () => [output(longStem, 'pdf'), longInput],
  'zh-Hant': async () => [variant('zh-hant-report'), hantReport],
  'example with 3 mm bleed and marks': async () => [variant('bleed'), example],
  'example with Chinese folios (--folio-numerals cjk)': async () => [variant('cjk-folios'), example, CJK],
};

for (const [name, files] of Object.entries(cases)) {
  describe(`pdf structure: ${name}`, () => {
    let l: Layout;
    let pdf: string;
    beforeAll(async () => {
      const [file, source, numerals] = await files();
      pdf = file;
      l = layout(file, source, numerals);
    });

    it('lists every topic in the contents with the folio printed on the page where its heading is', () => {
      expect(l.toc.length).toBeGreaterThan(2);
      for (const entry of l.toc) {
        const page = l.headingPage.get(entry.label);
        expect(page, `heading ${entry.label} found on a page`).toBeDefined();
        expect(l.parts(l.pages[page! - 1]!).folio, `folio on the page of ${entry.label}`).toBe(entry.page);
      }
    });

    it('has no furniture on cover and contents pages, and a folio on every body page', () => {
      const firstBody = l.pages.findIndex((p) => l.parts(p).folio !== undefined);
      expect(firstBody).toBeGreaterThanOrEqual(2);
      for (const page of l.pages.slice(0, firstBody)) expect(l.parts(page).head).toBeUndefined();
      for (const page of l.pages.slice(firstBody)) expect(l.parts(page).folio).toBe(l.numerals.write(page.number));
    });

    it('heads versos with the headline and rectos with the topic in progress at the top of the page', () => {
      const firstBody = l.pages.findIndex((p) => l.parts(p).folio !== undefined);
      let current: string | undefined;
      let checked = 0;
      for (const page of l.pages.slice(firstBody)) {
        const { head, body } = l.parts(page);
        const top = body[0] ? squash(body[0].text) : '';
        if (l.headingPage.get(top) === page.number) current = top;
        const expected = page.number % 2 === 0 || !current ? l.headline : current.replace(/^\d+/, '');
        expect(squash(head ?? ''), `running head on page ${page.number}`).toBe(squash(expected));
        // Topics begun lower on this page are in progress from the next page on.
        const below = body.map((b) => squash(b.text)).filter((t) => l.headingPage.get(t) === page.number);
        if (below.length) current = below.at(-1);
        checked++;
      }
      expect(checked).toBeGreaterThan(1);
    });

    it('has no blank pages', () => {
      for (const page of l.pages) expect(l.parts(page).body.length, `text on page ${page.number}`).toBeGreaterThan(0);
    });

    it('never leaves a topic heading at the foot of a page: its title and text follow on the same page', () => {
      for (const [label, number] of l.headingPage) {
        const body = l.parts(l.pages[number - 1]!).body;
        const at = body.findIndex((r) => squash(r.text) === label);
        expect(body.length - at, `rows after heading ${label} on page ${number}`).toBeGreaterThanOrEqual(3);
      }
    });

    it('has a bookmark for the headline and one per topic, at the page of its heading', async () => {
      const doc = await getDocument({ data: new Uint8Array(readFileSync(pdf)), verbosity: 0 }).promise;
      try {
        const outline = await doc.getOutline();
        expect(squash(outline[0]!.title)).toBe(squash(l.headline));
        const topics = outline.filter((o) => l.headingPage.has(squash(o.title)));
        expect(topics.map((o) => squash(o.title))).toEqual(l.toc.map((e) => e.label));
        for (const item of topics) {
          const dest = item.dest as unknown as [{ num: number; gen: number }];
          const index = await doc.getPageIndex(dest[0]);
          expect(index + 1, `bookmark ${item.title}`).toBe(l.headingPage.get(squash(item.title)));
        }
      } finally {
        await doc.destroy();
      }
    });
  });
}

describe('pdf fidelity', () => {
  it('prints every paragraph of the document, in order', () => {
    const pages = pdfLines(output('press-conference', 'pdf'));
    const firstBody = pages.findIndex((p) => pageParts(p).folio !== undefined);
    const text = squash(pages.slice(firstBody).flatMap((p) => pageParts(p).body.map((b) => b.text)).join(''));
    const { doc } = parse(readFileSync(example), { file: example });
    const paragraphs: string[] = [];
    const visit = (node: { type: string; children?: unknown[] }) => {
      if (node.type === 'paragraph' || node.type === 'lede' || node.type === 'topicTitle') paragraphs.push(squash(toString(node)));
      else for (const c of (node.children ?? []) as Array<{ type: string }>) visit(c);
    };
    for (const n of doc.children) if (!['masthead', 'kicker', 'headline', 'deck'].includes(n.type)) visit(n);
    expect(paragraphs.length).toBeGreaterThan(50);
    let cursor = 0;
    for (const p of paragraphs) {
      const at = text.indexOf(p, cursor);
      expect(at, `paragraph “${p.slice(0, 20)}…” in order`).toBeGreaterThanOrEqual(cursor);
      cursor = at + p.length;
    }
  });
});

describe('pdf bookmarks of nested sections (Markdown fixture)', () => {
  it('nests subsection bookmarks under their section, each at the page of its heading', async () => {
    const file = output('markdown-feature', 'pdf');
    const pages = pdfLines(file);
    const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
    try {
      type Item = Awaited<ReturnType<typeof doc.getOutline>>[number];
      const nested = (await doc.getOutline()).filter((o: Item) => o.items.length > 0);
      expect(nested.length).toBeGreaterThan(0);
      for (const item of nested.flatMap((o: Item) => [o, ...o.items])) {
        const index = await doc.getPageIndex((item.dest as unknown as [{ num: number; gen: number }])[0]);
        const onPage = pageParts(pages[index]!).body.some((r) => squash(r.text) === squash(item.title));
        expect(onPage, `heading “${item.title}” on page ${index + 1}`).toBe(true);
      }
    } finally {
      await doc.destroy();
    }
  });
});

describe('pdf English paragraphs (bilingual fixture)', () => {
  it('sets English paragraphs without the two-character indent, Chinese ones with it', () => {
    const pages = pdfLines(output('bilingual-briefing', 'pdf'));
    const firstBody = pages.findIndex((p) => pageParts(p).folio !== undefined);
    const rows = pages.slice(firstBody).flatMap((p) => pageParts(p).body);
    const left = Math.min(...rows.map((r) => r.xMin));
    const indented = (r: { xMin: number }) => Math.abs(r.xMin - left - 21) < 1;
    const english = rows.filter((r) => /^[A-Za-z][A-Za-z ,.'’:-]{20,}/.test(r.text));
    expect(english.length).toBeGreaterThan(5);
    expect(english.filter(indented)).toEqual([]);
    // Chinese turns open with the speaker's label (SPOKESPERSON: 女士们…): indented like any Chinese paragraph.
    expect(rows.filter((r) => /[\u4e00-\u9fff]/.test(r.text) && indented(r)).length).toBeGreaterThan(2);
  });
});

/**
 * The contents' leaders of page `page` (1-based), as mutool draws them (rows of 1 px dots): each row's height and the
 * x its first dot starts at, pt from the page's bottom-left.
 */
function leaderStarts(file: string, page: number): Array<{ y: number; x: number }> {
  const xml = execFileSync('mutool', ['trace', file, String(page)], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
  const rows = new Map<number, number>();
  for (const m of xml.matchAll(/<fill_path [^>]*transform="([^"]+)">\s*<moveto x="([\d.]+)" y="([\d.]+)"\/>/g)) {
    const [a, , , d, e, f] = m[1]!.split(' ').map(Number) as [number, number, number, number, number, number];
    // mutool's transform maps to a y-down device space: its height is the page's minus the PDF's y.
    rows.set(Math.round(d * Number(m[3]) + f), Math.min(rows.get(Math.round(d * Number(m[3]) + f)) ?? Infinity, a * Number(m[2]) + e));
  }
  return [...rows].map(([y, x]) => ({ y, x }));
}

/** Leaders starting more than an em after the words of their line end (in pt, `glyphs` of the same page): the leader a wrapped entry left behind. */
function leaderGaps(glyphs: PdfGlyph[], leaders: Array<{ y: number; x: number }>, height: number): string[] {
  return leaders.flatMap((leader) => {
    const words = glyphs.filter((g) => Math.abs(height - g.y - leader.y) < 6 && g.x < leader.x);
    const end = Math.max(...words.map((g) => g.x + g.width));
    return words.length > 0 && leader.x - end > 10.5 ? [`${words.map((g) => g.char).join('')}: leader ${(leader.x - end).toFixed(1)} pt after the words`] : [];
  });
}

describe('pdf contents: a wrapped entry', () => {
  it('hangs under its words after the numbering, and its leader starts where its last line ends (control: a leader moved off is found)', async () => {
    const file = variant('short-paragraphs');
    const rows = pageParts(pdfLines(file)[2]!).body;
    const wrapped = rows.findIndex((r) => squash(r.text).startsWith('（三）着力保障和改善民生'));
    expect(wrapped, 'the wrapped entry').toBeGreaterThan(0);
    // Its second line starts under its words, not under （三）.
    expect(rows[wrapped + 1]!.xMin - rows[wrapped]!.xMin).toBeGreaterThan(2.5 * 10.5);
    const glyphs = (await pdfGlyphs(file)).filter((g) => g.page === 3);
    const height = pdfLines(file)[2]!.height;
    const leaders = leaderStarts(file, 3);
    expect(leaders.length).toBeGreaterThan(10);
    expect(leaderGaps(glyphs, leaders, height)).toEqual([]);
    expect(leaderGaps(glyphs, leaders.map((l, i) => (i === 0 ? { ...l, x: l.x + 40 } : l)), height).length).toBe(1);
  });
});

describe('pdf --topic-page-break', () => {
  it('starts every topic at the top of a new page, and the contents still point at it', async () => {
    const l = layout(await buildPdf(example, 'topic-page-break', { topicPageBreak: true }), example);
    expect(l.toc.length).toBeGreaterThan(2);
    // The text block's first line: where a page of running text starts, at the least.
    const top = Math.min(...l.pages.flatMap((p) => pageParts(p).body.slice(0, 1).map((r) => r.yMin)));
    for (const entry of l.toc) {
      const page = l.pages[l.headingPage.get(entry.label)! - 1]!;
      const { body, folio, head } = pageParts(page);
      expect(squash(body[0]!.text), `first line of page ${page.number}`).toBe(entry.label);
      expect(folio).toBe(entry.page);
      // At the block's top (its half-line padding and larger type set its glyphs ~24 pt below a body line's), not a
      // line's margin lower (~42 pt); a recto's head names the topic that starts there.
      expect(body[0]!.yMin - top, `page ${page.number}`).toBeLessThan(30);
      if (page.number % 2 === 1) expect(squash(head ?? '')).toBe(squash(entry.label.replace(/^\d+\s*/u, '')));
    }
  });

  it('starts every top-level part (一、…) of a report at the top of a new page; the parts inside run on', async () => {
    const source = join(root, 'test/render/fixtures/report-short-paragraphs.txt');
    const l = layout(await buildPdf(source, 'topic-page-break-report', { topicPageBreak: true }), source);
    const parts = l.toc.filter((e) => /^[一二三四五六七八九十]+、/u.test(e.label));
    const inner = l.toc.filter((e) => /^（[一二三四五六七八九十]+）/u.test(e.label));
    expect(parts.length).toBeGreaterThan(2);
    const opens = (label: string) => squash(pageParts(l.pages[l.headingPage.get(label)! - 1]!).body[0]!.text) === label;
    for (const part of parts) expect(opens(part.label), part.label).toBe(true);
    // Control: the parts under them do not each start a page.
    expect(inner.filter((e) => !opens(e.label)).length).toBeGreaterThan(0);
  });
});
