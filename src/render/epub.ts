/**
 * The e-book: a cover drawn from the masthead, kicker, headline and deck; a
 * title page; the navigation document; one chapter per topic (or top-level
 * section); the licences of the embedded fonts. Chapter bodies come from the
 * shared partials; epub-gen-memory packages them with huozi's own OPF, nav,
 * NCX and chapter shells (rendered by Handlebars, so EJS only ever sees its
 * two placeholders) through a subclass that makes the book reproducible.
 * Only local file:// resources are given to it: it would fetch any other URL.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Handlebars from 'handlebars';
import type { Chapter, Options } from 'epub-gen-memory';
import { toString } from 'mdast-util-to-string';
import type { Document } from '../ast/types.js';
import type { OutputFile, RenderContext, Renderer } from './context.js';
import { fileOfIds, notesByChapter, planChapters } from './epub/chapters.js';
import { coverAlt, coverText, renderCover } from './epub/cover.js';
import { embeddedFonts } from './epub/embedded-fonts.js';
import { navDepth, navPoints } from './epub/ncx.js';
import { ReproducibleEPub } from './epub/reproducible-epub.js';
import { collectImages } from './images.js';
import { stylesheet } from './styles.js';
import { type TocEntry, buildView, tocOf } from './view.js';
import { typesetMarkup } from '../typeset/index.js';

const COVER_IMAGE = 'cover.svg';

export const epub: Renderer = {
  name: 'epub',
  async render(doc: Document, context: RenderContext): Promise<OutputFile[]> {
    const { meta, templates } = context;
    const view = buildView(doc, meta, 'epub');
    // The title page carries the display lines; the lede opens the body.
    const titleNodes = view.front.filter((n) => n.type !== 'lede');
    const plan = planChapters([...view.front.filter((n) => n.type === 'lede'), ...view.body], meta.title);
    const fileOf = fileOfIds(plan);
    const notes = notesByChapter(plan, view.footnotes);
    const toc = tocOf(doc.children, (id) => `${fileOf.get(id)}#${id}`);
    // The nav lists the opening (or, failing that, the title page) first, so it is never empty.
    const opening = plan.find((c) => c.id === 'opening') ?? (plan.length === 0 ? { filename: 'title.xhtml' } : undefined);
    const navEntries: TocEntry[] = [...(opening ? [{ id: 'opening', href: opening.filename, depth: 1, label: meta.title, children: [] }] : []), ...toc];

    const work = mkdtempSync(join(tmpdir(), 'huozi-epub-'));
    try {
      const fileUrl = (name: string, data: Uint8Array | string) => {
        writeFileSync(join(work, name), data);
        return pathToFileURL(join(work, name)).href;
      };
      const images = collectImages(doc, context, '');
      const assets = Object.fromEntries(images.entries.map((e) => [e.url, fileUrl(e.name, e.data)]));

      const deck = view.front.find((n) => n.type === 'deck');
      const cover = coverText(meta, deck && toString(deck), view.quotes);
      const coverSrc = fileUrl(COVER_IMAGE, await renderCover(cover, meta.lang, templates.page('epub', 'cover.svg')));

      const printed = Object.values(view.labels).join('') + meta.publisher + meta.date;
      const fonts = await embeddedFonts(doc, meta, printed, context.options.epubFonts);
      const fontFiles = fonts.files.map((f) => ({ filename: f.name, url: fileUrl(f.name, f.data), mediaType: 'font/ttf' }));
      const { licences } = fonts;

      const shared = { ...view, toc: navEntries, assets, titleNodes, coverSrc, coverAlt: coverAlt(cover), licences };
      const page = (name: string, extra: object = {}) => templates.page('epub', name)({ ...shared, ...extra });
      const body = (name: string, extra: object = {}) => typesetMarkup(page(name, extra), { lang: meta.lang, fragment: true, xhtml: true });
      const parts = [
        { id: 'cover-page', filename: 'cover.xhtml', title: view.labels.cover, content: page('cover') },
        { id: 'title-page', filename: 'title.xhtml', title: meta.title, content: body('title') },
        ...plan.map((c, i) => ({ id: c.id, filename: c.filename, title: c.title, content: body('topic', { nodes: c.nodes, notes: notes[i] }) })),
        ...(licences.length > 0 ? [{ id: 'licences', filename: 'licences.xhtml', title: 'Fonts in this book', content: page('licence') }] : []),
      ];
      const chapters: Chapter[] = parts.map(({ title, filename, content }) => ({ title, filename, content }));
      const ids = parts.map((p) => p.id);
      const firstBody = plan[0]?.filename ?? 'title.xhtml';
      const landmarks = [
        { type: 'cover', href: 'cover.xhtml', label: view.labels.cover },
        { type: 'titlepage', href: 'title.xhtml', label: view.labels.titlePage },
        { type: 'toc', href: 'toc.xhtml', label: view.labels.contents },
        { type: 'bodymatter', href: firstBody, label: meta.title },
      ];
      const ncx = navPoints(navEntries);
      const ejs = { title: new Handlebars.SafeString('<%= title %>'), content: new Handlebars.SafeString('<%- content %>') };
      const options: Options = {
        title: meta.title,
        author: meta.author,
        publisher: meta.publisher,
        description: meta.description,
        lang: meta.lang,
        date: meta.date,
        version: 3,
        verbose: false,
        css: `${fonts.css}\n${stylesheet('base', 'epub')}`,
        fonts: fontFiles.map(({ filename, url }) => ({ filename, url })),
        contentOPF: page('content.opf', {
          chapters: parts,
          spine: [ids[0], ids[1], 'nav', ...ids.slice(2)],
          fonts: fontFiles,
          images: images.entries,
          coverImage: COVER_IMAGE,
        }),
        tocXHTML: page('nav.xhtml', { landmarks }),
        tocNCX: page('toc.ncx', { ncx, ncxDepth: navDepth(ncx) }),
        chapterXHTML: page('chapter.xhtml', { ejs }),
      };
      const book = new ReproducibleEPub(options, chapters, meta.identifier, new Date(meta.modified));
      return [{ path: `${context.stem}.epub`, data: await book.genEpub() }];
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};
