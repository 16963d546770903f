/**
 * Notes cited several times (test/render/fixtures/notes-cited-twice.md: one
 * note cited three times across two chapters and defined twice, one cited twice,
 * which cites a third note in its own text): every id unique in
 * every page, one back-link per citation, ids the same on a rebuild. Global
 * setup builds it with every other input, so EPUBCheck (epub.test.ts) and the
 * Nu HTML Checker (html-validity.test.ts, whose negative control is this page
 * with a duplicate citation id) read it with the rest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { resolveMetadata } from '../../src/metadata.js';
import { buildView } from '../../src/render/view.js';
import { parse } from '../../src/source/parse.js';
import { output } from '../support/outputs.js';
import { tempDir } from '../support/temp.js';
import { type Book, readBook } from './epub/read-book.js';

const STEM = 'notes-cited-twice';
let html: string;
let book: Book;

beforeAll(async () => {
  html = readFileSync(output(STEM, 'html'), 'utf8');
  book = await readBook(output(STEM, 'epub'));
});

const ids = (page: string) => [...page.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
/** Each citation's note and the number it shows, in reading order. */
const shownNumbers = (page: string) => [...page.matchAll(/<a href="#(fn-\d+)"[^>]*role="doc-noteref">([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]);
/** Each item of the notes list: its note and the number it starts with. */
const itemNumbers = (page: string) => [...page.matchAll(/<li id="(fn-\d+)"><span class="note-number">(\d+)\.<\/span>/g)].map((m) => [m[1], m[2]]);
const chapterPages = () => book.entries.filter((e) => e.endsWith('.xhtml')).map((e) => book.text(e));
const duplicates = (list: string[]) => list.filter((x, i) => list.indexOf(x) !== i);
/** `href` of each back-link in the note with this id. */
const backlinksOf = (page: string, noteId: string) =>
  [...(new RegExp(`<li id="${noteId}"[^>]*>(.*?)</li>`, 's').exec(page)?.[1] ?? '').matchAll(/<a href="#([^"]+)" role="doc-backlink"/g)].map((m) => m[1]);

describe('notes cited several times', () => {
  it('HTML: unique ids; each citation links to its note and the note back to each citation', () => {
    expect(duplicates(ids(html))).toEqual([]);
    const citations = [...html.matchAll(/<a href="#(fn-\d+)" id="(fnref-[\d-]+)"/g)].map((m) => [m[1], m[2]]);
    expect(citations).toEqual([
      ['fn-1', 'fnref-1'],
      ['fn-1', 'fnref-1-2'],
      ['fn-2', 'fnref-2'],
      ['fn-2', 'fnref-2-2'],
      ['fn-1', 'fnref-1-3'],
      ['fn-3', 'fnref-3'],
    ]);
    expect(backlinksOf(html, 'fn-1')).toEqual(['fnref-1', 'fnref-1-2', 'fnref-1-3']);
    expect(backlinksOf(html, 'fn-2')).toEqual(['fnref-2', 'fnref-2-2']);
    expect(backlinksOf(html, 'fn-3')).toEqual(['fnref-3']);
  });

  it('a note defined twice is one note holding both texts, in every edition', () => {
    const note = (page: string) => (new RegExp('<li id="fn-1".*?</li>', 's').exec(page)?.[0] ?? '').replace(/<[^>]+>/g, '');
    for (const page of [html, ...chapterPages()]) {
      if (!page.includes('id="fn-1"')) continue;
      expect(note(page)).toContain('监测报告》');
      expect(note(page)).toContain('截至2025');
    }
    expect(html.match(/id="fn-1"/g)).toHaveLength(1);
  });

  it("HTML: each citation shows its note's number, not its identifier, and the note's list item starts with that number", () => {
    expect(shownNumbers(html)).toEqual([['fn-1', '1'], ['fn-1', '1'], ['fn-2', '2'], ['fn-2', '2'], ['fn-1', '1'], ['fn-3', '3']]);
    expect(itemNumbers(html)).toEqual([['fn-1', '1'], ['fn-2', '2'], ['fn-3', '3']]);
  });

  it('lists notes in the order of their numbers (first citation), not of their definitions', () => {
    const doc = parse(Buffer.from('# 标题\n\n先引乙[^b]，再引甲[^a]。\n\n[^a]: 甲注。\n\n[^b]: 乙注。\n'), { file: 'order.md' }).doc;
    const view = buildView(doc, resolveMetadata(doc, {}, {}), 'html');
    expect([...view.noteLinks.number]).toEqual([['b', 1], ['a', 2]]);
    expect(view.footnotes.map((f) => f.identifier)).toEqual(['b', 'a']);
  });

  it('EPUB: unique ids in every chapter; every link within a chapter finds its target there', () => {
    for (const c of chapterPages()) {
      expect(duplicates(ids(c))).toEqual([]);
      const targets = [...c.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
      expect(targets.filter((t) => !ids(c).includes(t))).toEqual([]);
    }
  });

  it('EPUB: a note links back only to the citations of its own chapter; a note cited in a note follows it', () => {
    const chapters = chapterPages();
    const first = chapters.find((c) => c.includes('城东湿地') && c.includes('fnref-1-2'))!;
    const second = chapters.find((c) => c.includes('城南湿地') && c.includes('fnref-1-3'))!;
    expect(backlinksOf(first, 'fn-1')).toEqual(['fnref-1', 'fnref-1-2']);
    expect(backlinksOf(first, 'fn-2')).toEqual(['fnref-2']);
    expect(backlinksOf(second, 'fn-1')).toEqual(['fnref-1-3']);
    expect(backlinksOf(second, 'fn-2')).toEqual(['fnref-2-2']);
    // A chapter's own list numbers its items as the whole book does.
    expect(shownNumbers(second)).toEqual([['fn-2', '2'], ['fn-1', '1'], ['fn-3', '3']]);
    expect(itemNumbers(second)).toEqual([['fn-1', '1'], ['fn-2', '2'], ['fn-3', '3']]);
    // Cited only inside note 2, note 3 is set in each chapter that shows note 2, and links back to that citation.
    for (const c of [first, second]) expect(backlinksOf(c, 'fn-3')).toEqual(['fnref-3']);
  });

  it('gives the same ids on a rebuild', async () => {
    const again = tempDir('notes-again');
    await build([join(import.meta.dirname, 'fixtures', `${STEM}.md`)], { out: again, formats: ['html'] });
    expect(ids(readFileSync(join(again, `${STEM}.html`), 'utf8'))).toEqual(ids(html));
  });
});
