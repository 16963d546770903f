/**
 * Rule 4, no-break, for inline note references (CLREQ §3.2: a note mark never
 * starts a line): a raised reference (`sup.noteref`, the footnoteReference
 * partial) is kept on one line with the character before it, by wrapping
 * both in `span.nb`. The run-based rules never see the reference (raised
 * text is opaque to them, apply.ts), so this works on the tree; no character
 * is added or moved.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { classesOf, span } from './apply.js';

const isNoteRef = (node: ElementContent | undefined): node is Element => node?.type === 'element' && node.tagName === 'sup' && classesOf(node).includes('noteref');

/** Wraps each note reference of `tree` with the character before it in `span.nb`, in place; throws nothing. */
export function keepNoteRefs(tree: Root): void {
  const parents: Element[] = [];
  visit(tree, 'element', (el: Element) => {
    if (el.children.some(isNoteRef)) parents.push(el);
  });
  // Changed after the walk, so the walk never enters the spans it makes.
  for (const parent of parents) {
    for (let i = 1; i < parent.children.length; i++) {
      const ref = parent.children[i];
      const before = parent.children[i - 1];
      if (!isNoteRef(ref) || before?.type !== 'text') continue;
      const chars = Array.from(before.value);
      const last = chars.at(-1);
      if (last === undefined || /\s/u.test(last)) continue;
      const rest = chars.slice(0, -1).join('');
      const kept = span(['nb'], [{ type: 'text', value: last }, ref]);
      parent.children.splice(i - 1, 2, ...(rest ? [{ type: 'text' as const, value: rest }, kept] : [kept]));
    }
  }
}
