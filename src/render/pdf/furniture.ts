/**
 * Running heads and folios, derived from where the topics landed (Chromium
 * has no `string-set`, and a named page per topic would force page breaks).
 * Verso: the report's headline. Recto: the topic (or top-level section) in
 * progress at the top of the page. Folios count every physical page; cover
 * and contents pages carry no furniture.
 */
import type { Landing } from './landings.js';

export interface Furniture {
  /** 0-based page index. */
  page: number;
  side: 'verso' | 'recto';
  head: string;
  folio: string;
}

export interface Chapter {
  label: string;
  landing: Landing;
}

export interface FurnitureInput {
  pageCount: number;
  /** First page index of the body (after cover and contents). */
  bodyStart: number;
  headline: string;
  /** Top-level topics or sections in document order, with where each landed. */
  chapters: Chapter[];
  /** A chapter starting less than this far below the top of the page area starts at the top of its page. */
  topOfPage: number;
}

export function pageFurniture(input: FurnitureInput): Furniture[] {
  const out: Furniture[] = [];
  let current = -1;
  for (let page = input.bodyStart; page < input.pageCount; page++) {
    while (current + 1 < input.chapters.length && startsBy(input.chapters[current + 1]!.landing, page, input.topOfPage)) current++;
    const verso = page % 2 === 1;
    out.push({
      page,
      side: verso ? 'verso' : 'recto',
      head: verso || current < 0 ? input.headline : input.chapters[current]!.label,
      folio: String(page + 1),
    });
  }
  return out;
}

/** Whether a chapter is in progress at the top of `page`: begun on an earlier page, or at the very top of this one. */
const startsBy = (l: Landing, page: number, topOfPage: number) => l.page < page || (l.page === page && l.offset < topOfPage);
