/**
 * What the print edition's cover foot and imprint page (版权页) state, from the
 * metadata model, as a book does: author, publisher, date, identifier, and the fonts
 * with their licence (the OFL asks that it be named where the fonts travel).
 */
import type { Metadata } from '../../metadata.js';
import type { Labels } from '../labels.js';
import { shorten } from '../../typeset/display-lines.js';
import { writtenDate } from '../written-date.js';
import type { TocEntry } from '../view.js';

/** The pinned fonts the print embeds and their licence (fonts/OFL-*.txt). */
const FONT_CREDIT = 'Noto Serif CJK, Noto Sans CJK, LXGW WenKai — SIL Open Font License 1.1';
/** Topics named on the cover (封面要目), at most. */
const COVER_TOPICS = 6;

export interface Imprint {
  /** The date as the document's script writes it (render/written-date.ts): 2026年3月8日, 民國115年3月8日, or YYYY-MM-DD in English. */
  date: string;
  rows: Array<{ label: string; value: string }>;
  /** The first topics or sections, for the cover. */
  coverTopics: string[];
  /** Without topics or sections: the opening words of the lede, for the cover (内容提要). */
  summary?: string;
}

/** Characters of the lede the cover shows when there are no topics to name. */
const SUMMARY_CHARS = 90;

export function imprint(meta: Metadata, labels: Labels, toc: TocEntry[], lede?: string): Imprint {
  const date = writtenDate(meta);
  const summary = toc.length === 0 && lede ? shorten(lede, meta.lang, (s) => s.length <= SUMMARY_CHARS) : undefined;
  return {
    ...(summary ? { summary } : {}),
    date,
    rows: [
      // The author, when one is known apart from the publisher (who stands in for a missing one).
      ...(meta.author && meta.author !== meta.publisher ? [{ label: labels.author, value: meta.author }] : []),
      ...(meta.publisher ? [{ label: labels.publisher, value: meta.publisher }] : []),
      ...(date ? [{ label: labels.date, value: date }] : []),
      { label: labels.identifier, value: meta.identifier },
      { label: labels.fonts, value: FONT_CREDIT },
    ],
    coverTopics: toc.slice(0, COVER_TOPICS).map((e) => e.label),
  };
}
