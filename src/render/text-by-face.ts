/**
 * The characters each face of the pinned fonts draws in an edition, so
 * self-contained editions (HTML, EPUB) embed no glyph a face never shows.
 * Each edition states which face its stylesheet sets each node in (a
 * `FaceStyle`); the walk over the document is the same for all.
 */
import type { Document } from '../ast/types.js';
import type { FaceText, FontRole } from '../fonts.js';

/** A face: a role of the pinned fonts at one weight. */
export type Face = `${FontRole}-${'400' | '700'}`;

/** The order faces are listed (and their @font-face rules written) in, body face first. */
const FACE_ORDER: Face[] = ['serif-400', 'serif-700', 'sans-400', 'sans-700', 'kai-400', 'kai-700'];

/** Which face an edition's stylesheet sets text in. */
export interface FaceStyle {
  /** Node type → its face, or a function of the face it sits in; unlisted types inherit. */
  nodes: Record<string, Face | ((inherited: Face) => Face)>;
  /** The face of labels the templates print from node fields: speaker, topic subject and number, dateline. */
  labels: Face;
}

/** Every character of the document, including speaker labels, topic subjects and datelines. */
export function documentText(doc: Document): string {
  const out: string[] = [];
  const visit = (node: unknown) => {
    const n = node as { value?: unknown; speaker?: string; subject?: string; dateline?: string; alt?: string; children?: unknown[]; title?: unknown[] };
    if (typeof n.value === 'string') out.push(n.value);
    for (const s of [n.speaker, n.subject, n.dateline, n.alt, (n as { data?: { time?: string } }).data?.time]) if (s) out.push(s);
    n.title?.forEach(visit);
    n.children?.forEach(visit);
  };
  visit(doc);
  return out.join('');
}

interface AnyNode {
  type: string;
  value?: unknown;
  speaker?: string;
  subject?: string;
  number?: number;
  dateline?: string;
  title?: AnyNode[];
  children?: AnyNode[];
}

/**
 * The faces an edition uses, each with the text it draws. `printed` is what
 * the page shells print besides the document (labels, metadata, marks), by
 * face. Serif 400 is the body face and every family's last fallback, so it
 * holds every character.
 */
export function textByFace(doc: Document, style: FaceStyle, printed: Partial<Record<Face, string>>): FaceText[] {
  const text = new Map<Face, string[]>();
  const add = (face: Face, ...parts: string[]) => text.set(face, [...(text.get(face) ?? []), ...parts]);
  for (const [face, t] of Object.entries(printed) as Array<[Face, string]>) add(face, t);
  const visit = (node: AnyNode, inherited: Face) => {
    const rule = style.nodes[node.type];
    const face = rule === undefined ? inherited : typeof rule === 'function' ? rule(inherited) : rule;
    if (typeof node.value === 'string') add(face, node.value);
    // Labels carry the colon after a speaker, the number before a subject.
    for (const label of [node.speaker, node.subject, node.dateline, (node as { data?: { time?: string } }).data?.time]) if (label) add(style.labels, label, '：: ');
    if (node.type === 'topic' && node.number !== undefined) add(style.labels, String(node.number));
    node.title?.forEach((t) => visit(t, style.labels));
    node.children?.forEach((c) => visit(c, face));
  };
  visit(doc as unknown as AnyNode, 'serif-400');
  const all = [...text.values()].flat().join('');
  text.set('serif-400', [documentText(doc), all]);
  return FACE_ORDER.filter((face) => text.has(face)).map((face) => {
    const parts = text.get(face)!;
    const [role, weight] = face.split('-') as [FontRole, string];
    return { role, weight, text: parts.join('') };
  });
}
