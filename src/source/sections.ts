/**
 * A flat run of blocks with `heading` nodes in it → nested `section` nodes.
 * Shared by every shape that finds headings (Markdown `#`, `一、`/`（一）`,
 * bold heading lines). Heading depths are made relative: the shallowest
 * becomes 1, and a heading deeper than the one above opens a child section.
 */
import type { Heading, RootContent } from 'mdast';
import type { Section } from '../ast/types.js';

export function nestSections(nodes: RootContent[]): RootContent[] {
  const headings = nodes.filter((n): n is Heading => n.type === 'heading');
  if (headings.length === 0) return nodes;
  const shallowest = Math.min(...headings.map((h) => h.depth));
  const out: RootContent[] = [];
  const open: Section[] = [];
  let count = 0;
  for (const node of nodes) {
    // Footnote definitions stay at the root, where renderers collect them.
    if (node.type === 'footnoteDefinition') {
      out.push(node);
      continue;
    }
    if (node.type !== 'heading') {
      (open.at(-1)?.children ?? out).push(node);
      continue;
    }
    const depth = node.depth - shallowest + 1;
    while (open.length > 0 && open.at(-1)!.depth >= depth) open.pop();
    const section: Section = { type: 'section', depth: open.length + 1, id: `section-${++count}`, title: node.children, children: [] };
    (open.at(-1)?.children ?? out).push(section);
    open.push(section);
  }
  return out;
}
