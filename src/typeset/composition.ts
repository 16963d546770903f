/**
 * What the typesetting stage decides for one run of text (the inline content
 * of one block: a paragraph, a heading, a contents entry), before any markup
 * is written. Each rule module reads the run and adds to its composition;
 * `apply.ts` turns the result into spans and `<wbr>` elements.
 */

/** The inline text of one block element, as code points. */
export interface Run {
  chars: string[];
  /** BCP 47 language of the block (`zh-Hans`, `zh-Hant-TW`, `en` …). */
  lang: string;
  /** Tag name of the block element (`p`, `h2`, `li` …). */
  block: string;
  /** Class names of the block element (`headline`, `deck`, `topic-title` …), for rules that treat display lines apart. */
  classes: string[];
  /** Set in columns (`--vertical`): rules for vertical text apply, Han–digit spacing yields to upright numbers. */
  vertical?: boolean;
}

export interface Composition {
  /** Class names put on a single character (a span around it), by code-point index. */
  marks: Map<number, Set<string>>;
  /** Break opportunities (`<wbr>`) before these indices. */
  breaks: Set<number>;
  /** Ranges [start, end) of code points set on one line (`white-space: nowrap`). */
  keeps: Array<[number, number]>;
}

/** One rule of line composition: reads the run, adds what it decides. */
export type Rule = (run: Run, out: Composition) => void;

export const emptyComposition = (): Composition => ({ marks: new Map(), breaks: new Set(), keeps: [] });

/**
 * Classes that set a margin on their box (Han–Latin spacing `as`, compression `pc-s`/`pc-e`): a character that
 * has one keeps a span of its own, for a span around several characters takes its margin once, after the last
 * (`3月5日`: `月` and `5` would lose their space). Other classes mark runs that may share a span.
 */
export const MARGIN_CLASSES: ReadonlySet<string> = new Set(['as', 'pc-s', 'pc-e']);

/** Adds a class name to the character at `index`. */
export function mark(out: Composition, index: number, name: string): void {
  const set = out.marks.get(index) ?? new Set<string>();
  set.add(name);
  out.marks.set(index, set);
}

/** Language tags of Chinese, and of Chinese set in Taiwan or Hong Kong practice (centred pauses and stops). */
export const CHINESE_LANG = /^zh\b/i;
export const HANT_LANG = /^zh-(Hant|TW|HK|MO)\b/i;
export const isChinese = (run: Run) => CHINESE_LANG.test(run.lang);
export const isHant = (run: Run) => HANT_LANG.test(run.lang);
