/**
 * The one walk over a document: unist-util-visit in document order, plus the
 * phrasing of section headings, which a Section keeps in `title` rather than
 * in `children` (so a plain unist walk would miss an image or a footnote
 * reference in a heading).
 */
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';

/** A node of the document model by its `type` (`'image'` → mdast `Image`, `'topic'` → `Topic`). */
export type NodeOfType<T extends Nodes['type']> = Extract<Nodes, { type: T }>;

/**
 * Calls `visitor` on every node of the given type(s) in `tree` (the tree
 * itself included), in document order; a section's title comes before its
 * children.
 */
export function visitNodes<T extends Nodes['type']>(tree: Nodes, types: T | readonly T[], visitor: (node: NodeOfType<T>) => void): void {
  const wanted = new Set<string>(typeof types === 'string' ? [types] : types);
  const walk = (root: Nodes) =>
    visit(root, (node: Nodes) => {
      if (wanted.has(node.type)) visitor(node as NodeOfType<T>);
      if (node.type === 'section') node.title.forEach(walk);
    });
  walk(tree);
}
