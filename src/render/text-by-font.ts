/**
 * The characters an edition must draw, so self-contained editions embed only
 * the glyphs they use.
 */
import type { Document } from '../ast/types.js';
import type { FontRole, TextByRole } from '../fonts.js';

/** Every character of the document, including speaker labels, topic subjects and datelines. */
export function documentText(doc: Document): string {
  const out: string[] = [];
  const visit = (node: unknown) => {
    const n = node as { value?: unknown; speaker?: string; subject?: string; dateline?: string; alt?: string; children?: unknown[]; title?: unknown[] };
    if (typeof n.value === 'string') out.push(n.value);
    for (const s of [n.speaker, n.subject, n.dateline, n.alt]) if (s) out.push(s);
    n.title?.forEach(visit);
    n.children?.forEach(visit);
  };
  visit(doc);
  return out.join('');
}

/** Marks, digits and Latin letters the templates may add around the text. */
const TEMPLATE_CHARS = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('') + '“”‘’「」『』，。：；？！（）《》、—…·↑';

/** The text each font role draws; `extra` is what the edition's templates print (labels, metadata). */
export function textByFontRole(doc: Document, extra: string): Record<FontRole, string> {
  const all = documentText(doc) + extra + TEMPLATE_CHARS;
  return { serif: all, sans: all, kai: all };
}

/** Nodes base.css sets in sans bold, sans regular and kai; everything else is serif, bold inside `strong`. */
const SANS_BOLD_NODES = new Set(['headline', 'heading', 'topicTitle']);
const SANS_NODES = new Set(['masthead', 'kicker']);
const KAI_NODES = new Set(['deck', 'blockquote']);

type Face = 'serif' | 'serif-700' | 'sans-400' | 'sans-700' | 'kai';

/**
 * The text each font role and weight really draws, following the role
 * assignments of `styles/base.css` (headings, topic titles and speakers in
 * bold sans; masthead and kicker in sans; deck and quotations in kai; all
 * text in serif, the body face, and `strong` in bold serif), so an edition
 * that embeds fonts embeds no glyph a face never shows. `extra` (labels,
 * metadata the templates print) goes to every face but kai.
 */
export function textByFontRoleAsStyled(doc: Document, extra: string): TextByRole {
  const text: Record<Face, string[]> = { serif: [documentText(doc)], 'serif-700': [], 'sans-400': [], 'sans-700': [], kai: [] };
  const visit = (node: unknown, face: Face) => {
    const n = node as { type: string; value?: unknown; speaker?: string; subject?: string; dateline?: string; children?: unknown[]; title?: unknown[] };
    const own: Face = SANS_BOLD_NODES.has(n.type) ? 'sans-700' : SANS_NODES.has(n.type) ? 'sans-400' : KAI_NODES.has(n.type) ? 'kai' : n.type === 'strong' && face === 'serif' ? 'serif-700' : face;
    if (typeof n.value === 'string') text[own].push(n.value);
    for (const label of [n.speaker, n.subject, n.dateline]) if (label) text['sans-700'].push(label);
    n.title?.forEach((c) => visit(c, 'sans-700'));
    n.children?.forEach((c) => visit(c, own));
  };
  visit(doc, 'serif');
  const all = (face: Face, withExtra = true) => text[face].join('') + (withExtra ? extra : '') + TEMPLATE_CHARS;
  const sans = all('sans-400') + all('sans-700');
  return { serif: all('serif'), 'serif-700': all('serif-700'), sans, 'sans-400': all('sans-400'), 'sans-700': all('sans-700'), kai: all('kai', false) };
}
