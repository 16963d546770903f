/**
 * The view every page template receives: the document, its metadata, its
 * table of contents (topics or sections), and the words and marks of its
 * language. Built once per renderer; templates only read it.
 */
import { enumerated, sectionTitle } from '../ast/section-title.js';
import { toString } from 'mdast-util-to-string';
import type { FootnoteDefinition, RootContent } from 'mdast';
import type { Document, Section, Topic } from '../ast/types.js';
import type { Metadata } from '../metadata.js';
import { type Labels, labelsFor, quotesFor } from './labels.js';
import { type NoteLinks, noteLinks } from './note-links.js';
import { writtenDate } from './written-date.js';

/** One entry of the table of contents. */
export interface TocEntry {
  id: string;
  href: string;
  depth: number;
  /** Topic number, if the entry is a numbered topic. */
  number?: number;
  /** The topic's subject (谈…) or the section's heading. */
  label: string;
  /** A section heading's numbering (`（三）`) and its words after it, when it opens with one: a contents entry hangs its words. */
  enumerated?: { enumerator: string; subject: string };
  /** The topic's title line, if any. */
  title?: string;
  children: TocEntry[];
}

export interface View {
  doc: Document;
  meta: Metadata;
  format: string;
  /** True for XHTML output (EPUB): adds `xml:lang`. */
  xhtml: boolean;
  epub: boolean;
  /** The vertical edition (`--vertical`): templates mark the root, renderers load `styles/vertical*.css`. */
  vertical: boolean;
  labels: Labels;
  quotes: { open: string; close: string };
  /** The date as the document's script writes it (written-date.ts): 2026年3月8日. */
  date: string;
  /** Front matter (masthead … lede) and the body, split for page shells. */
  front: RootContent[];
  /** The front as covers and page heads set it: the band (masthead, kicker), the title (headline, deck), the rest (the lede, after any paragraph the source has above it: a date or a byline under the headline). */
  bandNodes: RootContent[];
  titleNodes: RootContent[];
  ledeNodes: RootContent[];
  /** Whether the front holds a headline; without one, page shells print the metadata title as the headline (one h1 on every page, a title on every cover). */
  hasHeadline: boolean;
  body: RootContent[];
  /** The lede nodes and the body before its first topic or section (opening remarks); then the body from there on. */
  openingNodes: RootContent[];
  partNodes: RootContent[];
  toc: TocEntry[];
  /** The notes, in the order of their numbers. */
  footnotes: FootnoteDefinition[];
  /** Numbers and unique, stable ids of notes and their citations. */
  noteLinks: NoteLinks;
  /** Image URL in the source → URL in the edition (local files only). */
  assets: Record<string, string>;
}

const BAND = new Set(['masthead', 'kicker']);
const TITLE = new Set(['headline', 'deck']);
const FRONT = new Set([...BAND, ...TITLE, 'lede']);

/** The view of `doc` for one format (`pdf`, `epub`, `html`); `extra` overrides fields (e.g. `assets`, the image URLs of the edition). */
export function buildView(doc: Document, meta: Metadata, format: string, extra: Partial<View> = {}): View {
  const isEpub = format === 'epub';
  const front = doc.children.filter((c) => FRONT.has(c.type));
  // Lines between the headline and the lede (a date, a subtitle, a byline) keep their place before the lede.
  const ledeAt = doc.children.findIndex((c) => c.type === 'lede');
  const opening = new Set(doc.children.slice(0, Math.max(ledeAt, 0)).filter((c) => !FRONT.has(c.type) && c.type !== 'footnoteDefinition'));
  const links = noteLinks(doc);
  const body = doc.children.filter((c) => !FRONT.has(c.type) && c.type !== 'footnoteDefinition' && !opening.has(c));
  const ledeNodes = [...opening, ...front.filter((n) => !BAND.has(n.type) && !TITLE.has(n.type))];
  const firstPart = body.findIndex((n) => n.type === 'topic' || n.type === 'section');
  const split = firstPart < 0 ? body.length : firstPart;
  return {
    doc,
    meta,
    format,
    xhtml: isEpub,
    epub: isEpub,
    vertical: false,
    labels: labelsFor(meta.lang),
    quotes: quotesFor(meta.lang),
    date: writtenDate(meta),
    front,
    bandNodes: front.filter((n) => BAND.has(n.type)),
    titleNodes: front.filter((n) => TITLE.has(n.type)),
    ledeNodes,
    hasHeadline: doc.children.some((c) => c.type === 'headline'),
    body,
    openingNodes: [...ledeNodes, ...body.slice(0, split)],
    partNodes: body.slice(split),
    toc: tocOf(doc.children, (id) => `#${id}`),
    footnotes: doc.children.filter((c): c is FootnoteDefinition => c.type === 'footnoteDefinition').sort((a, b) => links.number.get(a.identifier)! - links.number.get(b.identifier)!),
    noteLinks: links,
    assets: {},
    ...extra,
  };
}

/**
 * The id of a topic's or section's heading (`topic-3-h`; the partials write it as `{{id}}-h`): the print's contents,
 * bookmarks and landings point at the heading, not at the section around it, whose box in vertical text starts where
 * the section ends (its left edge), a page or more after its heading.
 */
export const headingId = (id: string): string => `${id}-h`;

/** Topics and sections, nested as in the document; `href` says where each lives in an edition. */
export function tocOf(nodes: RootContent[], href: (id: string, node: Topic | Section) => string): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const node of nodes) {
    if (node.type === 'topic') {
      const title = node.children.find((c) => c.type === 'topicTitle');
      const entry: TocEntry = { id: node.id, href: href(node.id, node), depth: 1, number: node.number, label: node.subject, children: [] };
      if (title) entry.title = toString(title);
      entries.push(entry);
    } else if (node.type === 'section') {
      const label = sectionTitle(node);
      const numbering = enumerated(label);
      entries.push({
        id: node.id,
        href: href(node.id, node),
        depth: node.depth,
        label,
        ...(numbering ? { enumerated: numbering } : {}),
        children: tocOf(node.children as RootContent[], href),
      });
    }
  }
  return entries;
}
