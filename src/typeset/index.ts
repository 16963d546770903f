/**
 * The typesetting stage: line composition that huozi decides, the same in
 * every edition. It runs on each edition's markup after the shared templates
 * have rendered it (a rehype plugin over hast), so body text, headings,
 * speaker labels, contents entries and running heads are all composed by the
 * same rules. Each rule is one module (README, "Typography"):
 *
 * 1. compression.ts   — adjacent punctuation set in 1.5 em (CLREQ §3.1.6.2)
 * 2. spacing.ts       — ¼ em between Han and Latin letters or digits (CLREQ §3.4.2)
 * 3. full-width.ts    — full-width quotes, dashes, ellipses and the interpunct in every face (CLREQ §3.1.2)
 * 4. no-break.ts      — ——, ……, the interpunct, a number and its unit (CLREQ §3.1.7, §3.2);
 *    note-refs.ts     — a raised note reference stays with the character before it
 * 5. long-tokens.ts   — URLs and long words break after / . - _ ? & = @
 * 7. paragraph-ends.ts — no last line of a single character
 * 9. upright-numbers.ts — vertical only: numbers of 1–2 digits upright (CLREQ §3.5)
 * 10. vertical-quotes.ts — vertical only: “”‘’ set as 「」『』 (CLREQ §3.1.1), before the rules see the run
 * 8. emphasis          — styles/base.css: bold in the Hei face, never synthesised
 *
 * Display lines (rule 6, headline, deck, titles, contents, running heads)
 * plug in as one more `Rule` in `RULES`: a rule sees the block's tag and
 * classes (`run.block`, `run.classes`) and may add break opportunities and
 * kept ranges like any other.
 */
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { timed } from '../step-timings.js';
import { composeTree } from './apply.js';
import { compression } from './compression.js';
import type { Rule } from './composition.js';
import { fullWidth } from './full-width.js';
import { longTokens } from './long-tokens.js';
import { noBreak } from './no-break.js';
import { keepNoteRefs } from './note-refs.js';
import { paragraphEnds } from './paragraph-ends.js';
import { spacing } from './spacing.js';
import { uprightNumbersRule } from './upright-numbers.js';
import { verticalQuotes } from './vertical-quotes.js';

export type { Composition, Rule, Run } from './composition.js';
export { spacedText } from './spacing.js';

/** The rules, in the order they see a run (compression before anything that reads its marks). */
export const RULES: Rule[] = [compression, spacing, fullWidth, noBreak, longTokens, paragraphEnds, uprightNumbersRule];

export interface TypesetOptions {
  /** The document's language, for markup that does not state its own (an EPUB chapter body). */
  lang: string;
  /** The rules to apply (default: all of `RULES`). */
  rules?: Rule[];
  /** The vertical edition (`--vertical`): quotes become corner brackets, short numbers stand upright. Default false. */
  vertical?: boolean;
}

/** rehype plugin: composes the lines of a hast tree in place. */
export function rehypeTypeset(options: TypesetOptions) {
  return (tree: Root) => {
    if (options.vertical) verticalQuotes(tree, options.lang);
    keepNoteRefs(tree);
    composeTree(tree, options.rules ?? RULES, options.lang, options.vertical);
  };
}

/**
 * Typesets an HTML page (`fragment: false`) or an XHTML fragment (an EPUB
 * chapter body: void elements closed, `epub:type` and `xml:lang` kept, and well-formed XML).
 * Returns the markup with the same text, split into spans and `<wbr>`.
 */
export function typesetMarkup(markup: string, options: TypesetOptions & { fragment: boolean; xhtml: boolean }): string {
  const processor = unified()
    .use(rehypeParse, { fragment: options.fragment })
    .use(rehypeTypeset, options)
    .use(rehypeStringify, options.xhtml ? { closeSelfClosing: true, closeEmptyElements: false, tightDoctype: false, allowDangerousCharacters: false } : {});
  return timed('typeset', () => {
    const out = String(processor.processSync(markup));
    return options.xhtml ? escapeCdataEnd(out) : out;
  });
}

/**
 * XML forbids `]]>` in character data (XML 1.0 §2.4: its `>` must be escaped); HTML's serialiser escapes only `<`
 * and `&` in text, so a transcript's `]]>` would end the EPUB's XML there. Inside an attribute value `&gt;` reads
 * the same, and the markup has no CDATA section or comment to spare.
 */
const escapeCdataEnd = (xhtml: string) => xhtml.replaceAll(']]>', ']]&gt;');
