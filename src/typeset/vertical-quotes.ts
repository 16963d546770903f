/**
 * Vertical edition only (`--vertical`): quotation marks become corner
 * brackets, “ ” → 「 」 and ‘ ’ → 『 』, the customary quotes of vertical
 * Chinese (CLREQ §3.1.1, quotation marks; GB/T 15834-2011 §4.1 allows 「」
 * 『』 in vertical text), for zh-Hans too: curly quotes set vertically are
 * turned sideways by the fonts' `vert` forms and read poorly. An apostrophe
 * inside a Latin word (`Charlie’s`) is left alone, and so is text outside
 * Chinese (`lang` not `zh…`) and code. One character becomes one character,
 * so the edition keeps every character's place; the fidelity check accepts
 * quotes of any style (build/fidelity.ts).
 */
import type { Element, Root, Text } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import { isLatin } from './classes.js';
import { OPAQUE } from './apply.js';

/** Horizontal quotes and the corner brackets that replace them in vertical text. */
export const VERTICAL_QUOTES: Readonly<Record<string, string>> = { '“': '「', '”': '」', '‘': '『', '’': '』' };

const CHINESE = /^zh\b/i;

/** Replaces the quotes of every Chinese text node of `tree` in place. `lang` is the document's language, for markup that states none. */
export function verticalQuotes(tree: Root, lang: string): void {
  visitParents(tree, 'text', (node: Text, ancestors) => {
    const elements = ancestors.filter((a): a is Element => a.type === 'element');
    if (elements.some((e) => OPAQUE.has(e.tagName))) return;
    const stated = elements.map((e) => e.properties?.lang ?? e.properties?.xmlLang).filter((l) => typeof l === 'string' && l).at(-1);
    if (!CHINESE.test(String(stated ?? lang))) return;
    const chars = Array.from(node.value);
    node.value = chars.map((c, i) => (c in VERTICAL_QUOTES && !(isLatin(chars[i - 1]) && isLatin(chars[i + 1])) ? VERTICAL_QUOTES[c]! : c)).join('');
  });
}
