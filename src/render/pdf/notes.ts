/**
 * Where the print sets its notes: at the end of the topic or top-level
 * section that first refers to each, as a book sets chapter notes; notes
 * referred to from nowhere in a topic or section (the lede, say) at the end.
 * Printed notes carry no web back-link (footnotes.hbs leaves it out in print).
 */
import type { FootnoteDefinition, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { View } from '../view.js';

export interface NotesPlacement {
  /** Topic or section id → the notes set after it. */
  notesAfter: Record<string, FootnoteDefinition[]>;
  notesAtEnd: FootnoteDefinition[];
}

export function notesPlacement(view: Pick<View, 'body' | 'footnotes'>): NotesPlacement {
  const placed = new Set<string>();
  const notesAfter: Record<string, FootnoteDefinition[]> = {};
  for (const node of view.body as RootContent[]) {
    if (node.type !== 'topic' && node.type !== 'section') continue;
    const refs = new Set<string>();
    visit(node, 'footnoteReference', (ref) => void refs.add(ref.identifier));
    const notes = view.footnotes.filter((f) => refs.has(f.identifier) && !placed.has(f.identifier));
    notes.forEach((f) => placed.add(f.identifier));
    if (notes.length) notesAfter[node.id] = notes;
  }
  return { notesAfter, notesAtEnd: view.footnotes.filter((f) => !placed.has(f.identifier)) };
}
