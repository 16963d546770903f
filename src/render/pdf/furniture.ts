/**
 * Recto running heads, derived from where things landed (Chromium has no
 * `string-set`, and a named page per topic would force page breaks): the
 * deepest meaningful unit in progress at the top of the page — a topic, a
 * section, or a question within a section — or the headline before the first.
 * Versos carry the headline from the print itself. A head too long for the
 * measure is shortened at a phrase boundary with an ellipsis (CLREQ: running
 * heads name the chapter; display-line rule of issue 12).
 */
import { toString } from 'mdast-util-to-string';
import { EDITION_NOTE } from '../../ast/edition-note.js';
import type { Document, Turn } from '../../ast/types.js';
import { shorten } from '../../typeset/display-lines.js';
import type { Landing } from './landings.js';

/** A unit a running head can name: its words and where it begins. */
export interface Mark {
  label: string;
  landing: Landing;
}

export interface HeadInput {
  pageCount: number;
  /** First page index of the body (after cover and contents). */
  bodyStart: number;
  headline: string;
  /** Topics, sections at every depth and questions within sections, with where each landed. */
  marks: Mark[];
  /** A unit starting less than this far below the top of the page area starts at the top of its page. */
  topOfPage: number;
}

/** Each distinct recto head and the 0-based pages it goes on. */
export function rectoHeads(input: HeadInput): Array<{ head: string; pages: number[] }> {
  const marks = [...input.marks].sort((a, b) => a.landing.page - b.landing.page || a.landing.offset - b.landing.offset);
  const heads = new Map<string, number[]>();
  let current = -1;
  for (let page = input.bodyStart; page < input.pageCount; page++) {
    while (current + 1 < marks.length && startsBy(marks[current + 1]!.landing, page, input.topOfPage)) current++;
    // Index 0 is page 1, a recto: even indices are rectos.
    if (page % 2 === 1) continue;
    const head = current < 0 ? input.headline : marks[current]!.label;
    heads.set(head, [...(heads.get(head) ?? []), page]);
  }
  return [...heads].map(([head, pages]) => ({ head, pages }));
}

/** Whether a unit is in progress at the top of `page`: begun on an earlier page, or at the very top of this one. */
const startsBy = (l: Landing, page: number, topOfPage: number) => l.page < page || (l.page === page && l.offset < topOfPage);

/** Width of text in em: CJK and full-width characters one em, others about half. */
const emWidth = (text: string) => [...text].reduce((w, c) => w + (/[\u2e80-\uffef]/u.test(c) ? 1 : 0.55), 0);


/**
 * `text` as a running head no wider than `maxEm` ems: without a note on the edition closing it (ast/edition-note.ts), shortened at a phrase
 * boundary with an ellipsis.
 */
export const runningHead = (text: string, lang: string, maxEm: number) => {
  const words = text.replace(/\s+/g, ' ').trim();
  return shorten(words.replace(EDITION_NOTE, '') || words, lang, (s) => emWidth(s) <= maxEm);
};

/** The first sentence asking a question: up to its question mark, from the end of the sentence before it. */
const ASKING = /[^。！？!?；;…]*[？?][”’」』]?/u;

/**
 * The body's turns in document order (the order of `.turn` in the print),
 * each with the words of a question that stands within a section (not a
 * topic), which is then a running-head unit: a turn of the asking side that
 * asks (holds a question mark), not an interviewer's remark (`听起来很不容易。`).
 * The words are the sentence that asks, without the thanks or the outlet's name
 * before it (`谢谢管理层。我想问一下…？`) or what follows it.
 */
export function questionsInSections(doc: Document): Array<string | undefined> {
  const out: Array<string | undefined> = [];
  const visit = (node: { type: string; children?: unknown[] }, inSection: boolean) => {
    if (node.type === 'turn') {
      const turn = node as Turn;
      const asked = ASKING.exec(turn.children.map((c) => toString(c)).join(''))?.[0].trim();
      out.push(inSection && turn.role === 'question' && asked ? asked : undefined);
      return;
    }
    if (node.type === 'topic') inSection = false;
    else if (node.type === 'section') inSection = true;
    for (const child of (node.children ?? []) as Array<{ type: string; children?: unknown[] }>) visit(child, inSection);
  };
  for (const child of doc.children) if (!['masthead', 'kicker', 'headline', 'deck', 'footnoteDefinition'].includes(child.type)) visit(child, false);
  return out;
}
