/**
 * What the print edition's cover foot and imprint page (版权页) state, from the
 * metadata model, as a book does: publisher, date, identifier, and the fonts
 * with their licence (the OFL asks that it be named where the fonts travel).
 */
import type { Metadata } from '../../metadata.js';
import type { Labels } from '../labels.js';
import { shorten } from '../../typeset/display-lines.js';
import type { TocEntry } from '../view.js';

/** The pinned fonts the print embeds and their licence (fonts/OFL-*.txt). */
const FONT_CREDIT = 'Noto Serif CJK, Noto Sans CJK, LXGW WenKai — SIL Open Font License 1.1';
/** Topics named on the cover (封面要目), at most. */
const COVER_TOPICS = 6;

export interface Imprint {
  /** The date as the document's script writes it: 2026年3月8日, or YYYY-MM-DD in English. */
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
      { label: labels.publisher, value: meta.publisher },
      { label: labels.date, value: date },
      { label: labels.identifier, value: meta.identifier },
      { label: labels.fonts, value: FONT_CREDIT },
    ],
    coverTopics: toc.slice(0, COVER_TOPICS).map((e) => e.label),
  };
}

/**
 * The date as the document writes it: `YYYY-MM-DD` → 2026年3月8日 in Chinese, 民國115年3月8日 when the text dated
 * itself in the Minguo calendar (a Taiwan release, year − 1911); unchanged otherwise (and for anything that is not such a date).
 */
function writtenDate({ date, lang, calendar }: Metadata): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m || !String(lang).startsWith('zh')) return date;
  const year = calendar === 'minguo' ? `${String(lang).startsWith('zh-Hant') ? '民國' : '民国'}${Number(m[1]) - 1911}` : m[1];
  return `${year}年${Number(m[2])}月${Number(m[3])}日`;
}
