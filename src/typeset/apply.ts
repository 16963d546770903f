/**
 * The stage's walk over an edition's markup (hast): each block element's
 * inline text becomes one run (text in nested inline elements included, so a
 * pair like `：“` across `</b>` is seen), the rules decide, and each text node
 * is replaced by its text split into spans and `<wbr>` elements. Characters
 * are never added or removed, so copied text, links and search are unchanged.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import type { Composition, Run } from './composition.js';
import { emptyComposition, MARGIN_CLASSES } from './composition.js';
import type { Rule } from './composition.js';

/** Elements that start a run of their own. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'li', 'main', 'nav', 'ol', 'p', 'section', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);
/** Elements whose text is never typeset: code, scripts, and the small raised note marks (their digits are not Latin text). */
export const OPAQUE = new Set(['code', 'kbd', 'samp', 'pre', 'script', 'style', 'template', 'textarea', 'title', 'head', 'svg', 'math', 'sup', 'sub', 'rt', 'rp']);

interface Piece {
  node: Text;
  parent: Element | Root;
  /** Code-point offset of the node's first character in the run. */
  start: number;
}

const langOf = (el: Element, inherited: string) => {
  const lang = el.properties?.lang ?? el.properties?.xmlLang;
  return typeof lang === 'string' && lang ? lang : inherited;
};

/** An element's classes, whether hast holds them as a list or a string. */
export const classesOf = (el: Element): string[] => {
  const c = el.properties?.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? String(c).split(/\s+/) : [];
};

/** Applies the rules to every run of the tree, in place. `lang` is the document's language; `vertical` marks every run as set in columns. */
export function composeTree(tree: Root, rules: Rule[], lang: string, vertical = false): void {
  const visitBlock = (block: Element | Root, blockLang: string) => {
    const pieces: Piece[] = [];
    const chars: string[] = [];
    const collect = (parent: Element | Root, inheritedLang: string) => {
      for (const child of parent.children) {
        if (child.type === 'text') {
          pieces.push({ node: child, parent, start: chars.length });
          for (const c of child.value) chars.push(c);
        } else if (child.type === 'element') {
          const childLang = langOf(child, inheritedLang);
          if (OPAQUE.has(child.tagName)) continue;
          if (BLOCKS.has(child.tagName)) visitBlock(child, childLang);
          else collect(child, childLang);
        }
      }
    };
    collect(block, blockLang);
    if (pieces.length === 0 || chars.length === 0) return;
    const run: Run = {
      chars,
      lang: blockLang,
      block: block.type === 'element' ? block.tagName : 'root',
      classes: block.type === 'element' ? classesOf(block) : [],
      vertical,
    };
    const out = emptyComposition();
    for (const rule of rules) rule(run, out);
    if (out.marks.size === 0 && out.breaks.size === 0 && out.keeps.length === 0) return;
    out.keeps = mergeRanges(out.keeps);
    for (const piece of pieces) replace(piece, out);
  };
  const root = tree.children.find((c): c is Element => c.type === 'element' && c.tagName === 'html');
  visitBlock(tree, root ? langOf(root, lang) : lang);
}

/** Overlapping or touching kept ranges become one. */
function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/** A `<span>` of these classes around `children`. */
export const span = (className: string[], children: ElementContent[]): Element => ({ type: 'element', tagName: 'span', properties: { className }, children });

/** The text node of `piece`, split by the composition. */
function replace(piece: Piece, out: Composition): void {
  const { node, parent, start } = piece;
  const chars = Array.from(node.value);
  const end = start + chars.length;
  const keepAt = (i: number) => out.keeps.findIndex(([s, e]) => i >= s && i < e);
  const nodes: ElementContent[] = [];
  let keep = -1;
  let keepNodes: ElementContent[] = [];
  let text = '';
  let textClass = '';
  const flushText = () => {
    if (!text) return;
    const target = keep >= 0 ? keepNodes : nodes;
    target.push(textClass ? span(textClass.split(' '), [{ type: 'text', value: text }]) : { type: 'text', value: text });
    text = '';
  };
  const flushKeep = () => {
    flushText();
    if (keep >= 0 && keepNodes.length) nodes.push(span(['nb'], keepNodes));
    keepNodes = [];
    keep = -1;
  };
  for (let i = start; i < end; i++) {
    const k = keepAt(i);
    if (k !== keep) {
      flushKeep();
      keep = k;
    }
    const marks = [...(out.marks.get(i) ?? [])];
    const cls = marks.sort().join(' ');
    if (out.breaks.has(i) && i > start && keep < 0) {
      flushText();
      nodes.push({ type: 'element', tagName: 'wbr', properties: {}, children: [] });
    }
    if (cls !== textClass || marks.some((m) => MARGIN_CLASSES.has(m))) flushText();
    textClass = cls;
    text += chars[i - start];
  }
  flushKeep();
  if (nodes.length === 1 && nodes[0]!.type === 'text') return;
  const index = parent.children.indexOf(node);
  parent.children.splice(index, 1, ...nodes);
}
