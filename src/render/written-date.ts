/**
 * The date as the document's script writes it, in every edition's furniture
 * (the PDF's cover and imprint page, the HTML page's footer, the EPUB's title
 * page and cover), after the publisher when one is known: `YYYY-MM-DD` → 2026年3月8日 in Chinese (GB/T 15835 writes
 * calendar dates in Arabic numerals with 年月日), 民國115年3月8日 when the text
 * dated itself in the Minguo calendar (a Taiwan release: year − 1911);
 * in English as the language's long form (`March 4, 2025`; `4 March 2025` for
 * `en-GB`); unchanged for anything that is not such a date; empty when the report is undated.
 * Machine-readable dates (`dc:date`, `datePublished`) stay ISO 8601.
 */
import type { Metadata } from '../metadata.js';
import { isTraditional } from './labels.js';

export function writtenDate({ date, lang, calendar }: Pick<Metadata, 'date' | 'lang' | 'calendar'>): string {
  if (date === undefined) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m && String(lang).startsWith('en')) return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  if (!m || !String(lang).startsWith('zh')) return date;
  const year = calendar === 'minguo' ? `${isTraditional(lang) ? '民國' : '民国'}${Number(m[1]) - 1911}` : m[1];
  return `${year}年${Number(m[2])}月${Number(m[3])}日`;
}

/** The foot line of a cover or a page, `江城日报 · 2026年3月8日`, or the date alone when no publisher is known. */
export function publisherAndDate(meta: Pick<Metadata, 'publisher' | 'date' | 'lang' | 'calendar'>): string {
  return [meta.publisher, writtenDate(meta)].filter(Boolean).join(' · ');
}
