/**
 * Dates as transcripts print them → ISO `YYYY-MM-DD` (README, "Metadata from
 * the document"): `2018年12月13日`, `2018-12-13` / `2018/12/13` / `2018.12.13`,
 * `民國107年12月13日` (Minguo year + 1911), `107年12月13日` (Minguo in zh-Hant
 * only), `13 December 2018` / `December 13, 2018`, and a month and day
 * (`12月13日`, a dateline's `据新华社北京12月13日电`) with the year from context.
 * Only a day the calendar has is a date (`2026年2月30日` is none): `calendarProblem`
 * is the one check, for the text, the front matter, sidecars and the options.
 */
import type { LanguageTag } from '../ast/types.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAMES = MONTHS.map((m) => `${m[0]!.toUpperCase()}${m.slice(1)}`);
const MONTH = `(${MONTH_NAMES.join('|')})`;

/**
 * Days in `month` (1–12) of `year`, by the Gregorian calendar (ISO 8601 uses it for every year): 30 in April, June,
 * September and November, 31 in the other months but February, which has 29 in a leap year (a multiple of 4, but
 * not of 100 unless of 400: 2024 and 2000, not 2026 or 1900), else 28.
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The one calendar check: why `year`-`month`-`day` (whole numbers) is no day of the Gregorian calendar, in
 * words for a message (`there is no month 13`, `February 2026 has 28 days`), or undefined when it is one.
 * The options schema (`--date`, `date`), front matter and sidecars (corrections.ts) and the dates recognised in the
 * text (this file) all ask it.
 */
export function calendarProblem(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${MONTH_NAMES[month - 1]} ${year} has ${days} days`;
  return undefined;
}

/** The words for a value written as a date that names no day: `"2026-02-30" is not a day of the calendar: February 2026 has 28 days`. */
export const notADay = (value: string, problem: string): string => `"${value}" is not a day of the calendar: ${problem}`;

/** `year`-`month`-`day` as ISO `YYYY-MM-DD` (2026, 3, 8 → `2026-03-08`) when the calendar has that day (calendarProblem), else undefined. */
export function calendarDate(year: number, month: number, day: number): string | undefined {
  if (calendarProblem(year, month, day)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A year a transcript's date can fall in. */
const inRange = (year: number) => year >= 1900 && year <= 2200;

/** A date printed in a transcript: a day of the calendar (calendarDate) in a year it can fall in. */
const iso = (y: number, m: number, d: number): string | undefined => (inRange(y) ? calendarDate(y, m, d) : undefined);

/** A date as written: where it starts in the text, and its year, month and day as printed (not yet checked against the calendar). */
interface Written {
  at: number;
  /** Where it ends in the text. */
  end: number;
  year: number;
  month: number;
  day: number;
  /** Written in the Minguo calendar (`民國114年`, or a Taiwan text's `114年`). */
  minguo: boolean;
}

/** The first date written in `text` in each spelling, with a year a transcript's date can fall in, in no particular order. */
function writtenDates(text: string, lang: LanguageTag): Written[] {
  const patterns: Array<[RegExp, (m: RegExpExecArray) => [number, number, number], boolean?]> = [
    [/民[國国][\s\u3000]*(\d{1,3})[\s\u3000]*年[\s\u3000]*(\d{1,2})[\s\u3000]*月[\s\u3000]*(\d{1,2})[\s\u3000]*日/u, (m) => [Number(m[1]) + 1911, Number(m[2]), Number(m[3])], true],
    [/(?<!\d)(\d{4})[\s\u3000]*年[\s\u3000]*(\d{1,2})[\s\u3000]*月[\s\u3000]*(\d{1,2})[\s\u3000]*日/u, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
    [/(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/u, (m) => [Number(m[1]), Number(m[3]), Number(m[4])]],
    [new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)? ${MONTH},? (\\d{4})`, 'u'), (m) => [Number(m[3]), MONTHS.indexOf(m[2]!.toLowerCase()) + 1, Number(m[1])]],
    [new RegExp(`${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})`, 'u'), (m) => [Number(m[3]), MONTHS.indexOf(m[1]!.toLowerCase()) + 1, Number(m[2])]],
  ];
  // Taiwan prints the Minguo year without 民國 too: only there does a two- or three-digit year mean it.
  if (String(lang).startsWith('zh-Hant')) patterns.push([/(?<![\d年])(\d{2,3})[\s\u3000]*年[\s\u3000]*(\d{1,2})[\s\u3000]*月[\s\u3000]*(\d{1,2})[\s\u3000]*日/u, (m) => [Number(m[1]) + 1911, Number(m[2]), Number(m[3])], true]);
  const found: Written[] = [];
  for (const [re, parts, minguo = false] of patterns) {
    const m = re.exec(text);
    if (!m) continue;
    const [year, month, day] = parts(m);
    if (inRange(year)) found.push({ at: m.index, end: m.index + m[0].length, year, month, day, minguo });
  }
  return found;
}

/** The first full date in `text` the calendar has (`2026年2月30日` is none): `YYYY-MM-DD`, and whether it is written as a Minguo date. */
export function firstDate(text: string, lang: LanguageTag): { date: string; minguo: boolean } | undefined {
  let best: { at: number; date: string; minguo: boolean } | undefined;
  for (const w of writtenDates(text, lang)) {
    const date = iso(w.year, w.month, w.day);
    if (date && (!best || w.at < best.at)) best = { at: w.at, date, minguo: w.minguo };
  }
  return best && { date: best.date, minguo: best.minguo };
}

/** A full date anywhere in `text` (the first one the calendar has), as `YYYY-MM-DD`. */
export const findDate = (text: string, lang: LanguageTag): string | undefined => firstDate(text, lang)?.date;

/** Characters of a line that opens with a date and names the time or place after it (`2027年9月8日 政府總部西翼新聞發布室`). */
const DATE_AND_PLACE = 40;

/**
 * True when `text` is written as a date and little else (`2025年8月28日`, `107年12月13日（星期四）`, `Transcript, 14
 * October 2025`): the layout of the page, so a line such as `2026年2月30日` is a date line too, though no date
 * (findDate gives none for it); or opens with a date and, after a space and no sentence, names the time or the place.
 */
export function isDateLine(text: string, lang: LanguageTag): boolean {
  const line = text.trim();
  const dates = writtenDates(line, lang);
  if (dates.length === 0) return false;
  // A date opening a short line, a space and the time or the place after it (`2027年9月8日 政府總部西翼新聞發布室`,
  // `2027-03-15 08:30 发表于江苏`): no sentence, so the line's date. A headline runs its date into its words
  // (`2026年1月15日外交部发言人林剑主持例行记者会`).
  const opening = dates.find((d) => d.at === 0);
  if (opening && /^[\s\u3000]/u.test(line.slice(opening.end)) && [...line].length <= DATE_AND_PLACE && !/[，。！？；,;!?]/u.test(line)) return true;
  // A time of day after the date (`上午10時`, `下午3时30分`) is the date line's too, as is 中華民國 before it.
  const rest = text.replace(/(?:中[華华])?民[國国]|\d+|[年月日時时点點分\-/.,:\s\u3000（）()]|[上下中]午|早上|晚上|凌晨|星期.|週.|周.|January|February|March|April|May|June|July|August|September|October|November|December/gu, '');
  return (rest.match(/\p{Script=Han}/gu)?.length ?? 0) <= 4 && [...rest].length <= 12;
}

/** A month and day (`3月8日`, a dateline's `北京3月8日电`) with the year found in `context` (`2026年…`). */
export function monthDay(text: string, context: string): string | undefined {
  const md = /(\d{1,2})月(\d{1,2})日/u.exec(text);
  const year = /(?:19|20)\d\d(?=年|\D|$)/u.exec(context)?.[0];
  return md && year ? iso(Number(year), Number(md[1]), Number(md[2])) : undefined;
}

/**
 * A date as an editor states it (front matter, a sidecar, the config file, `--date`): `2026-03-08`, `2026/3/8`, `2026年3月8日`, each
 * alone or with a time after it (`2026-03-08T10:00`), or a YAML date →
 * `{ date: '2026-03-08' }`; written so but a day the calendar does not have (`2026-02-30`) → `{ problem }` in
 * words (dates.ts, `calendarProblem`); anything else → undefined.
 */
export function readStatedDate(value: unknown): { date: string } | { problem: string } | undefined {
  if (value instanceof Date) return { date: value.toISOString().slice(0, 10) };
  // The whole value: a typo (`2026-06-041`, `2026-06-04 garbage`) is refused, not cut short; a time after the day (front
  // matter's `2026-03-08T10:00:00+08:00`) is allowed, the day taken as written.
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u.exec(String(value).trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const problem = calendarProblem(year, month, day);
  return problem ? { problem } : { date: calendarDate(year, month, day)! };
}
