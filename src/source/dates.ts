/**
 * Dates as transcripts print them → ISO `YYYY-MM-DD` (README, "Metadata from
 * the document"): `2018年12月13日`, `2018-12-13` / `2018/12/13` / `2018.12.13`,
 * `民國107年12月13日` (Minguo year + 1911), `107年12月13日` (Minguo in zh-Hant
 * only), `13 December 2018` / `December 13, 2018`, and a month and day
 * (`12月13日`, a dateline's `据新华社北京12月13日电`) with the year from context.
 */
import type { LanguageTag } from '../ast/types.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.map((m) => `${m[0]!.toUpperCase()}${m.slice(1)}`).join('|')})`;

const iso = (y: number, m: number, d: number): string | undefined =>
  m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1900 && y <= 2200 ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : undefined;

/** A full date anywhere in `text` (the first one), as `YYYY-MM-DD`. */
export function findDate(text: string, lang: LanguageTag): string | undefined {
  const patterns: Array<[RegExp, (m: RegExpExecArray) => string | undefined]> = [
    [/民[國国][\s\u3000]*(\d{1,3})[\s\u3000]*年[\s\u3000]*(\d{1,2})[\s\u3000]*月[\s\u3000]*(\d{1,2})[\s\u3000]*日/u, (m) => iso(Number(m[1]) + 1911, Number(m[2]), Number(m[3]))],
    [/(?<!\d)(\d{4})[\s\u3000]*年[\s\u3000]*(\d{1,2})[\s\u3000]*月[\s\u3000]*(\d{1,2})[\s\u3000]*日/u, (m) => iso(Number(m[1]), Number(m[2]), Number(m[3]))],
    [/(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/u, (m) => iso(Number(m[1]), Number(m[3]), Number(m[4]))],
    [new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)? ${MONTH},? (\\d{4})`, 'u'), (m) => iso(Number(m[3]), MONTHS.indexOf(m[2]!.toLowerCase()) + 1, Number(m[1]))],
    [new RegExp(`${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})`, 'u'), (m) => iso(Number(m[3]), MONTHS.indexOf(m[1]!.toLowerCase()) + 1, Number(m[2]))],
  ];
  // Taiwan prints the Minguo year without 民國 too: only there does a two- or three-digit year mean it.
  if (String(lang).startsWith('zh-Hant')) patterns.push([/(?<![\d年])(\d{2,3})[\s\u3000]*年[\s\u3000]*(\d{1,2})[\s\u3000]*月[\s\u3000]*(\d{1,2})[\s\u3000]*日/u, (m) => iso(Number(m[1]) + 1911, Number(m[2]), Number(m[3]))]);
  let best: { at: number; date: string } | undefined;
  for (const [re, toIso] of patterns) {
    const m = re.exec(text);
    const date = m ? toIso(m) : undefined;
    if (m && date && (!best || m.index < best.at)) best = { at: m.index, date };
  }
  return best?.date;
}

/** True when `text` is a date and little else (`2025年8月28日`, `107年12月13日（星期四）`, `Transcript, 14 October 2025`). */
export function isDateLine(text: string, lang: LanguageTag): boolean {
  if (!findDate(text, lang)) return false;
  const rest = text.replace(/民[國国]|\d+|[年月日\-/.,\s\u3000（）()]|星期.|週.|周.|January|February|March|April|May|June|July|August|September|October|November|December/gu, '');
  return (rest.match(/\p{Script=Han}/gu)?.length ?? 0) <= 4 && [...rest].length <= 12;
}

/** A month and day (`3月8日`, a dateline's `北京3月8日电`) with the year found in `context` (`2026年…`). */
export function monthDay(text: string, context: string): string | undefined {
  const md = /(\d{1,2})月(\d{1,2})日/u.exec(text);
  const year = /(?:19|20)\d\d(?=年|\D|$)/u.exec(context)?.[0];
  return md && year ? iso(Number(year), Number(md[1]), Number(md[2])) : undefined;
}
