/**
 * Where the print sets its notes: at the end of the opening (the lede and the
 * remarks before the first topic or section) or of the topic or top-level
 * section that first refers to each, as a book sets chapter notes; notes
 * nothing cites at the end.
 * Printed notes carry no web back-link (footnotes.hbs leaves it out in print).
 */
import type { FootnoteDefinition, RootContent } from 'mdast';
import { notesCitedIn } from '../note-links.js';
import type { View } from '../view.js';

export interface NotesPlacement {
  /** The notes the opening (lede, remarks before the first topic or section) cites, set after it. */
  notesAfterOpening: FootnoteDefinition[];
  /** Topic or section id → the notes set after it. */
  notesAfter: Record<string, FootnoteDefinition[]>;
  notesAtEnd: FootnoteDefinition[];
}

/**
 * Notes in number order (`view.footnotes`), placed by where their citations are (`notesCitedIn`: a section's
 * title counts, and a note cited only inside another note follows that note).
 */
export function notesPlacement(view: Pick<View, 'body' | 'footnotes' | 'noteLinks' | 'openingNodes' | 'partNodes'>): NotesPlacement {
  // Before a topic or section, the opening's notes close it; with none after it, they go to the end with the rest.
  const notesAfterOpening = view.partNodes.length > 0 ? notesCitedIn(view.noteLinks, view.openingNodes, view.footnotes) : [];
  const placed = new Set<FootnoteDefinition>(notesAfterOpening);
  const notesAfter: Record<string, FootnoteDefinition[]> = {};
  for (const node of view.body as RootContent[]) {
    if (node.type !== 'topic' && node.type !== 'section') continue;
    const notes = notesCitedIn(view.noteLinks, [node], view.footnotes).filter((f) => !placed.has(f));
    notes.forEach((f) => placed.add(f));
    if (notes.length) notesAfter[node.id] = notes;
  }
  return { notesAfterOpening, notesAfter, notesAtEnd: view.footnotes.filter((f) => !placed.has(f)) };
}
