/**
 * Notes cited several times (test/render/fixtures/notes-cited-twice.md: one
 * note cited three times across two chapters, one twice): every id unique in
 * every page, one back-link per citation, ids the same on a rebuild, and
 * EPUBCheck and the Nu HTML Checker clean — with a negative control that the
 * checker does flag a duplicate citation id.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { testBrowser } from '../support/browser.js';
import { tempDir } from '../support/temp.js';
import { epubcheck, vnu } from '../support/validators.js';
import { type Book, readBook } from './epub/read-book.js';

const input = join(import.meta.dirname, 'fixtures', 'notes-cited-twice.md');
let out: string;
let html: string;
let book: Book;

beforeAll(async () => {
  out = tempDir('notes');
  await build([input], { out, formats: ['html', 'epub'] });
  html = readFileSync(join(out, 'notes-cited-twice.html'), 'utf8');
  book = await readBook(join(out, 'notes-cited-twice.epub'));
});
afterAll(() => testBrowser.close());

const ids = (page: string) => [...page.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
const duplicates = (list: string[]) => list.filter((x, i) => list.indexOf(x) !== i);
/** `href` of each back-link in the note with this id. */
const backlinksOf = (page: string, noteId: string) =>
  [...(new RegExp(`<li id="${noteId}">(.*?)</li>`, 's').exec(page)?.[1] ?? '').matchAll(/<a href="#([^"]+)" role="doc-backlink"/g)].map((m) => m[1]);

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
    ]);
    expect(backlinksOf(html, 'fn-1')).toEqual(['fnref-1', 'fnref-1-2', 'fnref-1-3']);
    expect(backlinksOf(html, 'fn-2')).toEqual(['fnref-2', 'fnref-2-2']);
  });

  it('EPUB: unique ids in every chapter; a note links back only to the citations of its own chapter', () => {
    const chapters = book.entries.filter((e) => e.endsWith('.xhtml')).map((e) => book.text(e));
    for (const c of chapters) expect(duplicates(ids(c))).toEqual([]);
    const first = chapters.find((c) => c.includes('城东湿地') && c.includes('fnref-1-2'))!;
    const second = chapters.find((c) => c.includes('城南湿地') && c.includes('fnref-1-3'))!;
    expect(backlinksOf(first, 'fn-1')).toEqual(['fnref-1', 'fnref-1-2']);
    expect(backlinksOf(first, 'fn-2')).toEqual(['fnref-2']);
    expect(backlinksOf(second, 'fn-1')).toEqual(['fnref-1-3']);
    expect(backlinksOf(second, 'fn-2')).toEqual(['fnref-2-2']);
  });

  it('gives the same ids on a rebuild', async () => {
    const again = tempDir('notes-again');
    await build([input], { out: again, formats: ['html'] });
    expect(ids(readFileSync(join(again, 'notes-cited-twice.html'), 'utf8'))).toEqual(ids(html));
  });

  it('passes EPUBCheck and the Nu HTML Checker; a duplicate citation id fails the checker (negative control)', async () => {
    const epub = join(out, 'notes-cited-twice.epub');
    const broken = join(out, 'duplicate-id.html');
    writeFileSync(broken, html.replace('id="fnref-1-2"', 'id="fnref-1"'));
    const page = join(out, 'notes-cited-twice.html');
    // The two JVMs side by side.
    const [books, messages] = await Promise.all([epubcheck([epub]), vnu([page, broken])]);
    expect(books[epub]!.messages).toEqual([]);
    expect(messages[page]!.map((m) => m.message)).toEqual([]);
    expect(messages[broken]!.map((m) => m.message).join('\n')).toMatch(/Duplicate ID/);
  });
});
