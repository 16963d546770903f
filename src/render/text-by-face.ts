/**
 * The characters each face of the pinned fonts draws in an edition, so
 * self-contained editions (HTML, EPUB) embed no glyph a face never shows.
 * Each edition states which face its stylesheet sets each node in (a
 * `FaceStyle`); the walk over the document is the same for all.
 */
import type { Node } from 'unist';
import { visitParents } from 'unist-util-visit-parents';
import type { Document } from '../ast/types.js';
import type { FaceText, FontRole } from '../fonts.js';
import { noteLinks } from './note-links.js';

/** A face: a role of the pinned fonts at one weight. */
export type Face = `${FontRole}-${'400' | '700'}`;

/** The order faces are listed (and their @font-face rules written) in, body face first. */
const FACE_ORDER: Face[] = ['serif-400', 'serif-700', 'sans-400', 'sans-700', 'kai-400', 'kai-700'];

/** Which face an edition's stylesheet sets text in. */
export interface FaceStyle {
  /** Node type (`tableHeaderCell` for a cell of a table's first row) → its face, or a function of the face it sits in; unlisted types inherit. */
  nodes: Record<string, Face | ((inherited: Face) => Face)>;
  /** The face of labels the templates print from node fields: speaker, topic subject and number, dateline. */
  labels: Face;
}

/** The text fields of nodes: `value`, and the labels templates print (speaker, topic subject, dateline, image alt). */
export const TEXT_FIELDS = ['value', 'speaker', 'subject', 'dateline', 'alt'] as const;
/** A node of the document as the walks read it: any type, its text fields, and a section's `title` (phrasing nodes outside `children`). */
export type TextNode = Node & Partial<Record<(typeof TEXT_FIELDS)[number], unknown>> & { number?: number; title?: TextNode[] };

/**
 * Calls `fn` on every node of `tree` in document order with its ancestors
 * (outermost first), walking section titles as children of their section.
 */
export function eachNode(tree: TextNode, fn: (node: TextNode, ancestors: TextNode[]) => void, above: TextNode[] = []): void {
  visitParents(tree, (node: TextNode, ancestors: TextNode[]) => {
    const path = [...above, ...ancestors];
    fn(node, path);
    for (const t of node.title ?? []) eachNode(t, fn, [...path, node]);
  });
}

/** The number a note reference prints (note-links.ts: `[^count]` → `1`) by its node, for each reference of `doc`. */
function noteLabels(doc: Document): (node: TextNode) => string | undefined {
  const { number } = noteLinks(doc);
  return (node) => {
    const { identifier } = node as { identifier?: unknown };
    return node.type === 'footnoteReference' && typeof identifier === 'string' ? String(number.get(identifier) ?? '') : undefined;
  };
}

/** Every character of the document's text fields: paragraphs, speaker labels, topic subjects, datelines, image alt text, timestamps, note references. */
export function documentText(doc: Document): string {
  const out: string[] = [];
  const noteLabel = noteLabels(doc);
  eachNode(doc as TextNode, (node) => {
    for (const key of TEXT_FIELDS) if (typeof node[key] === 'string') out.push(node[key]);
    out.push(noteLabel(node) ?? '');
    // A paragraph's timestamp (subtitles, timed transcripts) is printed beside it.
    const time = (node as { data?: { time?: unknown } }).data?.time;
    if (typeof time === 'string') out.push(time);
  });
  return out.join('');
}

/** A node's type as a stylesheet sees it: a cell of a table's first row is a header cell (`th`), `tableHeaderCell`. */
const typeOf = (node: TextNode, parent: TextNode | undefined, table: TextNode | undefined): string =>
  node.type === 'tableCell' && (table as { children?: unknown[] } | undefined)?.children?.[0] === parent ? 'tableHeaderCell' : node.type;

/**
 * The faces an edition uses, each with the text it draws. `printed` is what
 * the page shells print besides the document (labels, metadata, marks), by
 * face. Serif 400 is the body face and every family's last fallback, so it
 * holds every character.
 */
export function textByFace(doc: Document, style: FaceStyle, printed: Partial<Record<Face, string>>): FaceText[] {
  const text = new Map<Face, string[]>();
  const add = (face: Face, ...parts: string[]) => {
    const list = text.get(face);
    if (list) list.push(...parts);
    else text.set(face, parts);
  };
  for (const [face, t] of Object.entries(printed) as Array<[Face, string]>) add(face, t);
  const noteLabel = noteLabels(doc);
  const apply = (face: Face, type: string): Face => {
    const rule = style.nodes[type];
    return rule === undefined ? face : typeof rule === 'function' ? rule(face) : rule;
  };
  eachNode(doc as TextNode, (node, ancestors) => {
    // The face folds down the path from the root; a section's title starts from the label face.
    const path = [...ancestors, node];
    let face: Face = 'serif-400';
    path.forEach((n, i) => {
      face = apply(path[i - 1]?.title?.includes(n) ? style.labels : face, typeOf(n, path[i - 1], path[i - 2]));
    });
    if (typeof node.value === 'string') add(face, node.value);
    // A note reference is raised in the face around it.
    const label = noteLabel(node);
    if (label) add(face, label);
    // Labels carry the colon after a speaker, the number before a subject.
    for (const label of [node.speaker, node.subject, node.dateline, (node as { data?: { time?: string } }).data?.time]) if (typeof label === 'string' && label) add(style.labels, label, '：: ');
    if (node.type === 'topic' && node.number !== undefined) add(style.labels, String(node.number));
  });
  const all = [...text.values()].flat().join('');
  text.set('serif-400', [documentText(doc), all]);
  return FACE_ORDER.filter((face) => text.has(face)).map((face) => {
    const [role, weight] = face.split('-') as [FontRole, string];
    return { role, weight, text: text.get(face)!.join('') };
  });
}
