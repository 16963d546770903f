/**
 * What is inside every built book, checked against the AST it was built
 * from: navigation, chapter text, language, metadata, cover, resources.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Element } from 'domhandler';
import { toString } from 'mdast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document, Section, Topic } from '../../src/ast/types.js';
import { resolveMetadata } from '../../src/metadata.js';
import { markMissingGlyphs } from '../../src/render/missing-glyphs.js';
import { parse } from '../../src/source/parse.js';
import { builtInputs } from '../support/global-setup.js';
import { builtFiles, output } from '../support/outputs.js';
import { LONG_TOPICS } from '../support/paths.js';
import { type Book, all, attr, one, readBook, text } from './epub/read-book.js';

interface Built {
  file: string;
  doc: Document;
  book: Book;
}

const books = new Map<string, Built>();
beforeAll(async () => {
  for (const input of builtInputs()) {
    const stem = basename(input, extname(input));
    const file = output(stem, 'epub');
    // The text as the editions print it: a character no pinned font has is 〓 (README, "Fonts").
    const doc = markMissingGlyphs(parse(readFileSync(input), { file: input }).doc, () => undefined);
    books.set(stem, { file, doc, book: await readBook(file) });
  }
});

const each = () => [...books.values()];
const squash = (s: string) => s.replace(/\s+/g, '');
const chaptersOf = (doc: Document) => doc.children.filter((c): c is Topic | Section => c.type === 'topic' || c.type === 'section');
const xhtmlFiles = (book: Book) => book.manifest.filter((m) => m.mediaType === 'application/xhtml+xml').map((m) => book.root + m.href);

/** The text a reader sees in an element, images read as their alternative text. */
function visibleText(el: Element | Element[]): string {
  const nodes = Array.isArray(el) ? el : [el];
  return nodes
    .map((n) => {
      if (n.type === 'text') return (n as unknown as { data: string }).data;
      if (n.name === 'img') return attr(n, 'alt');
      return visibleText((n.children ?? []) as Element[]);
    })
    .join('');
}

describe('epub structure', () => {
  it('covers every built book, among them zh-Hant, sectioned and long ones', () => {
    expect(each().map((b) => b.file).sort()).toEqual(builtFiles('epub').sort());
    expect(each().some((b) => b.doc.data.lang === 'zh-Hant')).toBe(true);
    expect(each().some((b) => b.doc.children.some((c) => c.type === 'section' && c.children.some((s) => s.type === 'section')))).toBe(true);
    expect(each().some((b) => chaptersOf(b.doc).length === LONG_TOPICS)).toBe(true);
  });

  it('the nav lists every topic and section in document order, with number, subject and title, nested like the sections', () => {
    for (const { file, doc, book } of each()) {
      const nav = one('nav[epub\\:type="toc"]', book.xml(`${book.root}toc.xhtml`));
      expect(nav.attribs.role, file).toBe('doc-toc');
      const expected = (nodes: Array<Topic | Section>): unknown[] =>
        nodes.map((n) =>
          n.type === 'topic'
            ? { label: squash(`${n.number}${n.subject}${toString(n.children.find((c) => c.type === 'topicTitle') ?? { type: 'text', value: '' })}`), children: [] }
            : { label: squash(toString({ type: 'paragraph', children: n.title })), children: expected(n.children.filter((c): c is Section => c.type === 'section')) },
        );
      const actual = (ol: Element): unknown[] =>
        all(':scope > li', ol).map((li) => {
          const nested = all(':scope > ol', li)[0];
          return { label: squash(text(one(':scope > a', li))), children: nested ? actual(nested) : [] };
        });
      // The first entry is the opening (lede and what precedes the first topic), when there is one.
      const entries = actual(one(':scope > ol', nav));
      const chapters = expected(chaptersOf(doc));
      expect(entries.slice(entries.length - chapters.length), file).toEqual(chapters);
      expect(entries.length - chapters.length, file).toBeLessThanOrEqual(1);
    }
  });

  it('each topic or top-level section is one chapter whose text is the AST text of that node', () => {
    for (const { file, doc, book } of each()) {
      const nodes = chaptersOf(doc);
      const chapterFiles = book.spine.filter((href) => /^(topic|section)-\d+\.xhtml$/.test(href));
      expect(chapterFiles.length, file).toBe(nodes.length);
      nodes.forEach((node, i) => {
        const page = book.xml(book.root + chapterFiles[i]!);
        const section = one(`section#${node.id}`, page);
        expect(section.attribs['epub:type'], file).toBe('chapter');
        expect(section.attribs.role, file).toBe('doc-chapter');
        if (node.type === 'topic') {
          expect(squash(text(one('.topic-heading', page))), file).toBe(squash(`${node.number}${node.subject}`));
          const turns = node.children.filter((c) => c.type === 'turn');
          expect(all('.turn', section).map((t) => [t.attribs['epub:type'] ?? '', squash(text(one('.speaker', t)))]), file).toEqual(
            turns.map((t) => [t.role === 'question' || t.role === 'answer' ? t.role : '', squash(t.speaker + (/[A-Za-z.]$/.test(t.speaker) ? ':' : '：'))]),
          );
        }
        // Headings, speaker labels, note marks and notes are what the edition adds around the AST's text nodes.
        for (const added of all('.topic-heading, .section-heading, .speaker, .noteref, .footnotes', section)) added.children = [];
        expect(squash(visibleText(section)), `${file} ${node.id}`).toBe(squash(toString(node)));
      });
    }
  });

  it('states its language on the package, in dc:language and on every content document; English paragraphs are tagged en', () => {
    let englishInAll = 0;
    for (const { file, doc, book } of each()) {
      const lang = doc.data.lang;
      expect(one('package', book.opf).attribs['xml:lang'], file).toBe(lang);
      expect(text(one('dc\\:language', book.opf)), file).toBe(lang);
      for (const path of xhtmlFiles(book)) {
        const html = one('html', book.xml(path));
        expect([html.attribs.lang, html.attribs['xml:lang']], `${file} ${path}`).toEqual([lang, lang]);
      }
      let english = 0;
      const count = (n: unknown) => {
        const node = n as { type: string; data?: { lang?: string }; children?: unknown[] };
        if (node.type === 'paragraph' && node.data?.lang === 'en') english += 1;
        node.children?.forEach(count);
      };
      count(doc);
      const tagged = xhtmlFiles(book).flatMap((p) => all('p[lang="en"][xml\\:lang="en"]', book.xml(p)));
      expect(tagged.length, file).toBe(english);
      englishInAll += english;
    }
    expect(englishInAll, 'some book has English paragraphs').toBeGreaterThan(0);
  });

  it('carries the metadata model: identifier from title and date, dcterms:modified from the date, accessibility metadata', () => {
    const publishers = new Set<boolean>();
    for (const { file, doc, book } of each()) {
      const meta = resolveMetadata(doc, {}, {});
      publishers.add(meta.publisher !== undefined);
      const metaValues = (property: string) => all(`meta[property="${property}"]`, book.opf).map((m) => text(m));
      expect(text(one('dc\\:identifier', book.opf)), file).toBe(meta.identifier);
      expect(text(one('dc\\:title', book.opf)), file).toBe(meta.title);
      // An undated book states no date; its file date is the fixed 2000-01-01.
      expect(all('dc\\:date', book.opf).map((d) => text(d)), file).toEqual(meta.date ? [meta.date] : []);
      expect(text(one('dc\\:description', book.opf)), file).toBe(meta.description);
      expect(metaValues('dcterms:modified'), file).toEqual([`${meta.date ?? '2000-01-01'}T00:00:00Z`]);
      expect(metaValues('dcterms:conformsTo'), file).toEqual(['EPUB Accessibility 1.1 - WCAG 2.1 Level AA']);
      // The claim is the publisher's: the tool that built the book does not certify it, and with no publisher no one does.
      expect(metaValues('a11y:certifiedBy'), file).toEqual(meta.publisher ? [meta.publisher] : []);
      expect(all('dc\\:publisher', book.opf).map((p) => text(p)), file).toEqual(meta.publisher ? [meta.publisher] : []);
      for (const p of ['schema:accessMode', 'schema:accessModeSufficient', 'schema:accessibilityFeature', 'schema:accessibilityHazard', 'schema:accessibilitySummary']) {
        expect(metaValues(p).length, `${file} ${p}`).toBeGreaterThan(0);
      }
      expect(attr(one('meta[name="dtb:uid"]', book.xml(`${book.root}toc.ncx`)), 'content'), file).toBe(meta.identifier);
    }
    expect([...publishers].sort(), 'books with and without a publisher').toEqual([false, true]);
  });

  it('has a cover image drawn as outlines (no text, no fonts), its cover page, a title page and landmarks', () => {
    for (const { file, doc, book } of each()) {
      const cover = book.manifest.filter((m) => m.properties.split(' ').includes('cover-image'));
      expect(cover.map((c) => [c.href, c.mediaType]), file).toEqual([['images/cover.svg', 'image/svg+xml']]);
      const svg = book.xml(`${book.root}images/cover.svg`);
      expect(all('text, font, font-face, image', svg), file).toEqual([]);
      const img = one('img', book.xml(`${book.root}cover.xhtml`));
      expect([img.attribs.src, img.attribs['epub:type'], img.attribs.role], file).toEqual(['images/cover.svg', 'cover', 'doc-cover']);
      expect(text(one('title', svg)), file).toBe(img.attribs.alt);
      const alt = img.attribs.alt!;
      expect(alt, file).toContain(resolveMetadata(doc, {}, {}).title);
      // Every character of the cover lines is drawn, one outline each (unless a line had to be cut).
      if (!alt.includes('…')) expect(all('use', svg).length, file).toBe([...alt.replace(/[\s　]/g, '')].length);
      expect(book.spine.slice(0, 3), file).toEqual(['cover.xhtml', 'title.xhtml', 'toc.xhtml']);
      expect(all('h1.headline', book.xml(`${book.root}title.xhtml`)).length, file).toBe(doc.children.some((c) => c.type === 'headline') ? 1 : 0);
      const landmarks = all('nav[epub\\:type="landmarks"] a', book.xml(`${book.root}toc.xhtml`)).map((a) => [a.attribs['epub:type'], a.attribs.href]);
      expect(landmarks.map(([type]) => type), file).toEqual(['cover', 'titlepage', 'toc', 'bodymatter']);
      expect(landmarks[3]![1], file).toBe(book.spine[3]);
    }
  });

  it('names every file stably, keeps everything inside the book, and writes chapter text as UTF-8, not character references', () => {
    const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
    for (const { file, book } of each()) {
      expect(book.entries[0], file).toBe('mimetype');
      expect(book.entries.filter((e) => uuid.test(e)), file).toEqual([]);
      for (const item of book.manifest) expect(book.entries, `${file} ${item.href}`).toContain(book.root + item.href);
      for (const path of xhtmlFiles(book)) {
        const source = book.text(path);
        expect(source, path).not.toMatch(/file:|&#x[0-9a-f]{3,};/i);
        for (const el of all('[src], link[href]', book.xml(path))) expect(el.attribs.src ?? el.attribs.href, `${file} ${path}`).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
      }
    }
  });

  it('embeds fonts only with their OFL licence text', () => {
    for (const { file, book } of each()) {
      const fonts = book.manifest.filter((m) => m.mediaType === 'font/ttf');
      const licence = book.manifest.find((m) => m.href === 'licences.xhtml');
      expect(Boolean(licence), file).toBe(fonts.length > 0);
      if (licence) expect(text(one('body', book.xml(book.root + licence.href))), file).toContain('SIL OPEN FONT LICENSE Version 1.1');
    }
  });
});
