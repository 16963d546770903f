/**
 * Recto running heads, derived from where the topics landed (Chromium has no
 * `string-set`, and a named page per topic would force page breaks): the topic
 * (or top-level section) in progress at the top of the page, or the headline
 * before the first one. Versos carry the headline from the print itself.
 */
import type { Landing } from './landings.js';

export interface Chapter {
  label: string;
  landing: Landing;
}

export interface HeadInput {
  pageCount: number;
  /** First page index of the body (after cover and contents). */
  bodyStart: number;
  headline: string;
  /** Top-level topics or sections in document order, with where each landed. */
  chapters: Chapter[];
  /** A chapter starting less than this far below the top of the page area starts at the top of its page. */
  topOfPage: number;
}

/** Each distinct recto head and the 0-based pages it goes on. */
export function rectoHeads(input: HeadInput): Array<{ head: string; pages: number[] }> {
  const heads = new Map<string, number[]>();
  let current = -1;
  for (let page = input.bodyStart; page < input.pageCount; page++) {
    while (current + 1 < input.chapters.length && startsBy(input.chapters[current + 1]!.landing, page, input.topOfPage)) current++;
    // Index 0 is page 1, a recto: even indices are rectos.
    if (page % 2 === 1) continue;
    const head = current < 0 ? input.headline : input.chapters[current]!.label;
    heads.set(head, [...(heads.get(head) ?? []), page]);
  }
  return [...heads].map(([head, pages]) => ({ head, pages }));
}

/** Whether a chapter is in progress at the top of `page`: begun on an earlier page, or at the very top of this one. */
const startsBy = (l: Landing, page: number, topOfPage: number) => l.page < page || (l.page === page && l.offset < topOfPage);
