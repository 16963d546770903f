/**
 * The characters each web-font face of the HTML page draws, so each face is
 * subset to only those. The element → face mapping mirrors `styles/html.css`:
 * sans 700 for headings, labels, speakers, datelines and strong text; kai for
 * the deck, pull quotes (topic titles) and block quotes; serif 400 for the
 * rest, and serif also holds every character as the fallback face.
 */
import type { Document } from '../../ast/types.js';
import { documentText } from '../text-by-font.js';
import type { WebFace } from './web-fonts.js';

type FaceName = 'serif' | 'sans' | 'kai';

const SANS_NODES = new Set(['masthead', 'kicker', 'headline', 'heading', 'strong']);
const KAI_NODES = new Set(['deck', 'topicTitle', 'blockquote']);

/** Text the page shell prints around the document, by the face it is set in. */
export type PrintedText = Record<FaceName, string>;

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

/** The three faces the page uses, each with the text it must draw. */
export function textByFace(doc: Document, printed: PrintedText): WebFace[] {
  const text: Record<FaceName, string[]> = { serif: [printed.serif], sans: [printed.sans], kai: [printed.kai] };
  const visit = (node: AnyNode, inherited: FaceName) => {
    const face = SANS_NODES.has(node.type) ? 'sans' : KAI_NODES.has(node.type) ? 'kai' : inherited;
    if (typeof node.value === 'string') text[face].push(node.value);
    // Labels the templates set in sans: speaker + colon, topic number + subject (heading and index), dateline.
    for (const s of [node.speaker, node.subject, node.dateline]) if (s) text.sans.push(s, '：: ');
    if (node.number !== undefined && node.type === 'topic') text.sans.push(String(node.number));
    node.title?.forEach((t) => visit(t, 'sans'));
    node.children?.forEach((c) => visit(c, face));
  };
  visit(doc as unknown as AnyNode, 'serif');
  const sans = text.sans.join('');
  const kai = text.kai.join('');
  return [
    { role: 'serif', weight: '400', text: documentText(doc) + text.serif.join('') + sans + kai },
    { role: 'sans', weight: '700', text: sans },
    { role: 'kai', weight: '400', text: kai },
  ];
}
