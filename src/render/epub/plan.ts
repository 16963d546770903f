/**
 * What the book holds, decided without touching a file: its documents (cover,
 * title page, one chapter per topic or top-level section, font licences), the
 * spine that orders them by name, the landmarks, the navigation document and
 * NCX, the package document and the files it lists. Every document is
 * rendered by the shared Handlebars templates; `packageEpub` only zips.
 */
import type { Metadata } from '../../metadata.js';
import type { View, TocEntry } from '../view.js';
import { tocOf } from '../view.js';
import type { Templates } from '../templates.js';
import { typesetMarkup } from '../../typeset/index.js';
import type { CollectedImages } from '../images.js';
import type { EmbeddedFonts } from './embedded-fonts.js';
import { fileOfIds, notesByChapter, planChapters, type ChapterPlan } from './chapters.js';
import { navDepth, navPoints } from './ncx.js';

/** One XHTML content document of the book. */
export interface BookDocument {
  /** Manifest id, also the spine's name for it. */
  id: string;
  /** File name inside `OEBPS/`. */
  filename: string;
  /** The document whole: its body's markup in the chapter shell (`templates/epub/chapter.xhtml.hbs`), titled. */
  xhtml: string;
}

/** A non-document file of the book: its path inside `OEBPS/` and its bytes (the manifest states its media type). */
export interface BookFile {
  path: string;
  data: Uint8Array | string;
}

/** An EPUB 3 landmark (EPUB 3.3 §5.4.2.5): `epub:type` and where it points. */
export interface Landmark {
  type: 'cover' | 'titlepage' | 'toc' | 'bodymatter';
  href: string;
  label: string;
}

export interface BookPlan {
  /** The book's metadata (title, language, identifier, dates…), as the package document states it. */
  meta: Metadata;
  /** Every content document, in spine order (the navigation document is separate). */
  documents: BookDocument[];
  /** Manifest ids in reading order; `nav` is the navigation document. */
  spine: string[];
  landmarks: Landmark[];
  /** The navigation document (`toc.xhtml`) and the NCX (`toc.ncx`), rendered. */
  nav: { xhtml: string; ncx: string };
  /** The package document (`content.opf`), rendered. */
  opf: string;
  css: string;
  /** Images (the cover first) and fonts, by their path in the book. */
  files: BookFile[];
}

/** What the book embeds besides its text: images found in the document, the drawn cover, the subset fonts. */
/** What the book embeds; the cover's SVG and the fonts' files may still be in the making. */
export interface BookResources {
  images: CollectedImages['entries'];
  cover: { svg: Promise<string>; alt: string };
  fonts: EmbeddedFonts;
}

/** The cover image's file name under `images/`. */
const COVER_IMAGE = 'cover.svg';
/** The navigation document's manifest id (package.ts writes it as `toc.xhtml`). */
const NAV = 'nav';

/**
 * Plans the book from the EPUB view of a document: its documents are composed first, then the cover's SVG and the
 * fonts' cuts (`resources`, made meanwhile) are awaited. Same input, same plan. Throws what a template throws (a node
 * type without a partial), or what the cover's drawing or a cut throws.
 */
export async function planBook(view: View, resources: BookResources, templates: Templates): Promise<BookPlan> {
  const { meta, labels } = view;
  const chapters = planChapters(bodyOfBook(view), meta.title);
  const toc = navEntries(view, chapters);
  const page = pageRenderer(view, resources, toc, templates);
  // Title page and chapters are composed by the typesetting stage (XHTML fragments).
  const body = (name: string, extra: object = {}) => typesetMarkup(page(name, extra), { lang: meta.lang, fragment: true, xhtml: true, vertical: view.vertical });

  const shell = templates.page('epub', 'chapter.xhtml');
  /** A content document: `content` in the chapter shell, its `<title>` `title`. */
  const doc = (id: string, filename: string, title: string, content: string): BookDocument => ({ id, filename, xhtml: shell({ meta, title, content }) });

  const cover = doc('cover-page', 'cover.xhtml', labels.cover, page('cover'));
  const title = doc('title-page', 'title.xhtml', meta.title, body('title'));
  const notes = notesByChapter(chapters, view.footnotes, view.noteLinks);
  const bodyDocs = chapters.map((c, i) => doc(c.id, c.filename, c.title, body('topic', { nodes: c.nodes, notes: notes[i] })));
  const licences = resources.fonts.licences.length > 0 ? [doc('licences', 'licences.xhtml', 'Fonts in this book', page('licence'))] : [];
  const documents = [cover, title, ...bodyDocs, ...licences];
  // The contents follow the title page; the font licences close the book.
  const spine = [cover.id, title.id, NAV, ...bodyDocs.map((d) => d.id), ...licences.map((d) => d.id)];

  const landmarks: Landmark[] = [
    { type: 'cover', href: cover.filename, label: labels.cover },
    { type: 'titlepage', href: title.filename, label: labels.titlePage },
    { type: 'toc', href: 'toc.xhtml', label: labels.contents },
    { type: 'bodymatter', href: bodyDocs[0]?.filename ?? title.filename, label: meta.title },
  ];
  const ncx = navPoints(toc);
  // The documents are composed; now the cover and the fonts' cuts are needed.
  const files = await bookFiles(resources);
  return {
    meta,
    documents,
    spine,
    landmarks,
    nav: { xhtml: page('nav.xhtml', { landmarks }), ncx: page('toc.ncx', { ncx, ncxDepth: navDepth(ncx) }) },
    opf: page('content.opf', {
      chapters: documents,
      spine,
      fonts: resources.fonts.names.map((filename) => ({ filename, mediaType: FONT_TYPE })),
      images: resources.images,
      coverImage: COVER_IMAGE,
    }),
    // A vertical book: every content document's root set vertical-rl (styles/vertical*.css), the spine right to left (content.opf).
    css: `${resources.fonts.css}\n${templates.stylesheet('base', 'epub', ...(view.vertical ? ['vertical', 'vertical-epub'] : []))}`,
    files,
  };
}

/** The title page carries the display lines; the lede opens the body. */
function bodyOfBook(view: View) {
  return [...view.ledeNodes, ...view.body];
}

/** The nav lists the opening (or, failing that, the title page) first, so it is never empty; then every topic or section in the file it lands in. */
function navEntries(view: View, chapters: ChapterPlan[]): TocEntry[] {
  const fileOf = fileOfIds(chapters);
  const toc = tocOf(view.doc.children, (id) => `${fileOf.get(id)}#${id}`);
  const opening = chapters.find((c) => c.id === 'opening') ?? (chapters.length === 0 ? { filename: 'title.xhtml' } : undefined);
  return [...(opening ? [{ id: 'opening', href: opening.filename, depth: 1, label: view.meta.title, children: [] }] : []), ...toc];
}

/** Renders `templates/epub/<name>.hbs` with the view and what every EPUB page shares. */
function pageRenderer(view: View, resources: BookResources, toc: TocEntry[], templates: Templates) {
  const shared = {
    ...view,
    toc,
    assets: Object.fromEntries(resources.images.map((e) => [e.url, `images/${e.name}`])),
    titleNodes: view.front.filter((n) => n.type !== 'lede'),
    coverSrc: `images/${COVER_IMAGE}`,
    coverAlt: resources.cover.alt,
    licences: resources.fonts.licences,
  };
  return (name: string, extra: object = {}) => templates.page('epub', name)({ ...shared, ...extra });
}

/** The fonts' media type in the manifest: TrueType subsets. */
const FONT_TYPE = 'font/ttf';

/** The cover image, the document's images, then the fonts, once the cover is drawn and the fonts are cut. */
async function bookFiles({ cover, images, fonts }: BookResources): Promise<BookFile[]> {
  const [svg, cuts] = await Promise.all([cover.svg, fonts.files]);
  return [
    { path: `images/${COVER_IMAGE}`, data: svg },
    ...images.map((e) => ({ path: `images/${e.name}`, data: e.data })),
    ...cuts.map((f) => ({ path: `fonts/${f.name}`, data: f.data })),
  ];
}
