/**
 * The characters an edition must draw, so self-contained editions embed only
 * the glyphs they use.
 */
import type { Document } from '../ast/types.js';
import type { FontRole } from '../fonts.js';

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
const TEMPLATE_CHARS = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('') + '“”‘’「」『』，。：；？！（）《》、—…·↩';

/** The text each font role draws; `extra` is what the edition's templates print (labels, metadata). */
export function textByFontRole(doc: Document, extra: string): Record<FontRole, string> {
  const all = documentText(doc) + extra + TEMPLATE_CHARS;
  return { serif: all, sans: all, kai: all };
}
