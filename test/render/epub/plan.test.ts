/**
 * planBook, without a browser or a zip: the spine names its documents (cover,
 * title page, navigation, opening, chapters, licences), the landmarks and
 * package document agree with it, and the plan depends only on its input.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveMetadata } from '../../../src/metadata.js';
import { type BookResources, planBook } from '../../../src/render/epub/plan.js';
import { createTemplates } from '../../../src/render/templates.js';
import { buildView } from '../../../src/render/view.js';
import { parse } from '../../../src/source/parse.js';
import { example } from '../../support/paths.js';

const templates = createTemplates();
/** The cover's SVG and the fonts are bytes to the planner; these stand for them. */
const resources = (licences: BookResources['fonts']['licences'] = []): BookResources => ({
  images: [],
  cover: { svg: Promise.resolve('<svg xmlns="http://www.w3.org/2000/svg"/>'), alt: '封面' },
  fonts: { css: '', names: ['serif-400.ttf'], files: Promise.resolve([{ name: 'serif-400.ttf', data: new Uint8Array([0, 1, 0, 0]) }]), licences },
});
const viewOf = (source: string | Uint8Array, file: string) => {
  const { doc } = parse(typeof source === 'string' ? new TextEncoder().encode(source) : source, { file });
  return buildView(doc, resolveMetadata(doc, {}, {}), 'epub');
};
const spineOfOpf = (opf: string) => [...opf.matchAll(/<itemref idref="([^"]+)"/g)].map((m) => m[1]);

const view = viewOf(readFileSync(example), 'press-conference.txt');
const plan = await planBook(view, resources([{ fonts: 'Noto Serif CJK', text: 'OFL' }]), templates);

describe('planBook', () => {
  const topics = view.doc.children.filter((n) => n.type === 'topic').length;

  it('names the spine: cover, title page, contents, opening, one chapter per topic, licences', () => {
    expect(plan.spine).toEqual(['cover-page', 'title-page', 'nav', 'opening', ...Array.from({ length: topics }, (_, i) => `ch-${i + 1}`), 'licences']);
    expect(plan.documents.map((d) => d.id)).toEqual(plan.spine.filter((id) => id !== 'nav'));
  });

  it('writes that spine into the package document, and lists every document and file in its manifest', () => {
    expect(spineOfOpf(plan.opf)).toEqual(plan.spine);
    for (const d of plan.documents) expect(plan.opf).toContain(`<item id="${d.id}" href="${d.filename}" media-type="application/xhtml+xml" />`);
    expect(plan.files.map((f) => f.path)).toEqual(['images/cover.svg', 'fonts/serif-400.ttf']);
    expect(plan.opf).toContain('href="fonts/serif-400.ttf" media-type="font/ttf"');
  });

  it('points the landmarks at the documents that hold them', () => {
    expect(plan.landmarks.map((l) => [l.type, l.href])).toEqual([['cover', 'cover.xhtml'], ['titlepage', 'title.xhtml'], ['toc', 'toc.xhtml'], ['bodymatter', 'opening.xhtml']]);
    for (const l of plan.landmarks) expect(plan.nav.xhtml).toContain(`<a epub:type="${l.type}" href="${l.href}">`);
  });

  it('links every topic in the navigation to the chapter file that holds it', () => {
    expect(plan.nav.xhtml).toContain('href="topic-01.xhtml#topic-1"');
    expect(plan.nav.ncx).toContain('<content src="topic-01.xhtml#topic-1" />');
  });

  it('states the date where the report is dated, and none where it is not (control: the example)', async () => {
    expect(plan.opf).toContain('<dc:date>2026-03-08</dc:date>');
    const title = (p: typeof plan) => p.documents.find((d) => d.id === 'title-page')!.xhtml.replace(/<(?!p class="imprint")[^>]+>/g, '');
    expect(title(plan)).toContain('<p class="imprint">2026年3月8日');
    const undated = await planBook(viewOf('无日期的说明会\n\n王毅：各位记者朋友，上午好！', 'undated.txt'), resources(), templates);
    expect(undated.opf).not.toContain('<dc:date>');
    expect(undated.opf).toContain('<meta property="dcterms:modified">2000-01-01T00:00:00Z</meta>');
    expect(title(undated)).not.toMatch(/imprint|2000/);
  });

  it('is pure: the same input gives the same plan', async () => {
    expect(await planBook(view, resources([{ fonts: 'Noto Serif CJK', text: 'OFL' }]), templates)).toEqual(plan);
  });

  it('a text of one paragraph: no chapters, no licences; the body and the navigation start at the title page', async () => {
    const small = await planBook(viewOf('王毅：各位记者朋友，上午好！', 'one.txt'), resources(), templates);
    expect(small.spine).toEqual(['cover-page', 'title-page', 'nav', 'opening']);
    const none = await planBook(viewOf('# 标题\n', 'title-only.md'), resources(), templates);
    expect(none.spine).toEqual(['cover-page', 'title-page', 'nav']);
    expect(none.landmarks.at(-1)!.href).toBe('title.xhtml');
    expect(none.nav.xhtml).toContain('href="title.xhtml"');
  });
});
