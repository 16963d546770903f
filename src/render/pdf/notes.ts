/**
 * Where the print sets its notes: at the end of the topic or top-level
 * section that first refers to each, as a book sets chapter notes; notes
 * referred to from nowhere in a topic or section (the lede, say) at the end.
 * Printed notes carry no web back-link (footnotes.hbs leaves it out in print).
 */
import type { FootnoteDefinition, RootContent } from 'mdast';
import type { View } from '../view.js';

export interface NotesPlacement {
  /** Topic or section id → the notes set after it. */
  notesAfter: Record<string, FootnoteDefinition[]>;
  notesAtEnd: FootnoteDefinition[];
}

/** Notes in number order (`view.footnotes`), placed by where their citations are (`noteLinks`: a section's title counts). */
export function notesPlacement(view: Pick<View, 'body' | 'footnotes' | 'noteLinks'>): NotesPlacement {
  const placed = new Set<string>();
  const notesAfter: Record<string, FootnoteDefinition[]> = {};
  const citedIn = (node: object, identifier: string) => view.noteLinks.citations.get(identifier)?.some((c) => c.top === node) ?? false;
  for (const node of view.body as RootContent[]) {
    if (node.type !== 'topic' && node.type !== 'section') continue;
    const notes = view.footnotes.filter((f) => citedIn(node, f.identifier) && !placed.has(f.identifier));
    notes.forEach((f) => placed.add(f.identifier));
    if (notes.length) notesAfter[node.id] = notes;
  }
  return { notesAfter, notesAtEnd: view.footnotes.filter((f) => !placed.has(f.identifier)) };
}
