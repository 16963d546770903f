/**
 * Numbers and ids of footnotes and of their citations, unique in every page and stable
 * across rebuilds (they depend only on the document). Notes are numbered in
 * the order of their first citation, then uncited notes in document order
 * (a citation shows the number, whatever the note's identifier: `[^count]` → 1); a
 * note cited several times gets one back-link per citation, as pandoc and
 * GitHub do: `fn-2` is the note, `fnref-2` its first citation, `fnref-2-2`
 * the second. Transcript identifiers (`[^any text]`) never become ids, so an
 * id is always a valid XML name.
 */
import type { FootnoteDefinition } from 'mdast';
import type { Document } from '../ast/types.js';

export interface Citation {
  /** The citation's element id, e.g. `fnref-2-2`. */
  id: string;
  /** 1-based position among the citations of its note (shown as a superscript on back-links after the first). */
  occurrence: number;
  /** The top-level node of the document that holds the citation (an EPUB chapter holds whole top-level nodes). */
  top: object;
}

export interface NoteLinks {
  /** Note number by footnote identifier, from 1: what its citations and its place in a notes list show; its id is `fn-<number>`. */
  number: Map<string, number>;
  /** Citation id by footnoteReference node. */
  citationId: WeakMap<object, string>;
  /** Every citation of a note, in reading order, by footnote identifier. */
  citations: Map<string, Citation[]>;
  /** The identifiers a top-level node cites (a note's definition is a top-level node), in reading order. */
  cited: Map<object, string[]>;
}

interface Node {
  type: string;
  identifier?: string;
  children?: Node[];
  title?: Node[];
}

export function noteLinks(doc: Document): NoteLinks {
  const number = new Map<string, number>();
  const citationId = new WeakMap<object, string>();
  const citations = new Map<string, Citation[]>();
  const cited = new Map<object, string[]>();
  const numberOf = (identifier: string) => {
    if (!number.has(identifier)) number.set(identifier, number.size + 1);
    return number.get(identifier)!;
  };
  const visit = (node: Node, top: object) => {
    if (node.type === 'footnoteReference' && node.identifier !== undefined) {
      const n = numberOf(node.identifier);
      const list = citations.get(node.identifier) ?? [];
      const occurrence = list.length + 1;
      const id = occurrence === 1 ? `fnref-${n}` : `fnref-${n}-${occurrence}`;
      list.push({ id, occurrence, top });
      citations.set(node.identifier, list);
      citationId.set(node, id);
      if (!cited.has(top)) cited.set(top, []);
      cited.get(top)!.push(node.identifier);
    }
    // A section's title is inline content outside its children.
    node.title?.forEach((c) => visit(c, top));
    node.children?.forEach((c) => visit(c, top));
  };
  for (const top of doc.children as Node[]) if (top.type !== 'footnoteDefinition') visit(top, top);
  // Then citations inside notes, and notes nothing cites.
  for (const top of doc.children as Node[]) if (top.type === 'footnoteDefinition') visit(top, top);
  for (const top of doc.children as Node[]) if (top.type === 'footnoteDefinition' && top.identifier !== undefined) numberOf(top.identifier);
  return { number, citationId, citations, cited };
}

/**
 * The notes that a run of top-level nodes (an EPUB chapter, a printed topic) cites, and the notes
 * those notes cite in turn, so that a note cited only inside another note is set beside it; in
 * `footnotes`' order (the numbers' order, `View.footnotes`).
 */
export function notesCitedIn(links: NoteLinks, tops: readonly object[], footnotes: readonly FootnoteDefinition[]): FootnoteDefinition[] {
  const byId = new Map(footnotes.map((f) => [f.identifier, f]));
  const ids = new Set<string>();
  const cite = (top: object) => links.cited.get(top)?.forEach((id) => ids.add(id));
  tops.forEach(cite);
  // A Set's iteration visits what is added to it meanwhile: notes cited by notes, to any depth.
  for (const id of ids) if (byId.has(id)) cite(byId.get(id)!);
  return footnotes.filter((f) => ids.has(f.identifier));
}

/**
 * The citations of a note that a page or chapter holds, to link back to.
 * @param scope the top-level nodes of an EPUB chapter; undefined for a one-page edition (all citations).
 */
export function backlinks(links: NoteLinks, identifier: string, scope?: readonly object[]): Citation[] {
  const all = links.citations.get(identifier) ?? [];
  if (!scope) return all;
  const within = new Set(scope);
  return all.filter((c) => within.has(c.top));
}
