/**
 * Display lines (issue 12, rule 6): headlines, decks, topic titles, covers,
 * contents entries and running heads break only between phrases, and their
 * lines are balanced.
 *
 * A break opportunity is a boundary BudouX (Google's phrase segmenter, the
 * one behind Chrome's `word-break: auto-phrase`; zh-Hans and zh-Hant models)
 * puts between phrases **and** `Intl.Segmenter` (ICU's dictionary) puts
 * between words: BudouX alone sometimes splits a dictionary word (元|首外交,
 * 稳如|泰山), the dictionary alone splits phrases (乱象丛|生). Languages
 * without a BudouX model use the word boundaries alone (fallback). A date
 * (`2026年3月8日`), a numeral run or ordinal (`十五五`, `第58集`) and a short
 * quoted term (`“十五五”`, `《岛屿对话》`) are never broken, and a lone Han character joins its neighbour
 * (`新能源车`, not `新|能源车`: the two segmenters agreed on a cut the dictionary word spans).
 *
 * In markup the phrases are joined with `<wbr>` and the line is set with
 * `word-break: keep-all` and `text-wrap: balance` (see the stylesheets): no
 * character is inserted, so copied and searched text is unchanged. Glyph
 * layouts (the EPUB's SVG cover) break with `balanceLines`.
 */
import { Parser, zhHansModel, zhHantModel } from 'budoux';
import type { LanguageTag } from '../ast/types.js';
import { isSurname } from '../source/surnames.js';

// The plain parser, not the package's `loadDefault…Parser()` (an HTML-processing parser): text is all it is given,
// and the command's bundle then leaves out the HTML DOM that parser carries (scripts/bundle-cli.mjs).
const parsers = new Map<string, Parser>();

/** The BudouX parser for a Chinese tag (zh-Hant → Traditional model), or undefined for other languages. */
function budoux(lang: LanguageTag): Parser | undefined {
  const tag = String(lang);
  if (!tag.startsWith('zh')) return undefined;
  const key = tag.startsWith('zh-Hant') ? 'hant' : 'hans';
  let parser = parsers.get(key);
  if (!parser) {
    parser = new Parser(key === 'hant' ? zhHantModel : zhHansModel);
    parsers.set(key, parser);
  }
  return parser;
}

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * ICU's word segmenter for `lang`, made once per language: making one loads its dictionary, five times the cost of
 * segmenting a heading (2,000 headings: 88 ms made each time, 17 ms made once).
 */
function wordSegmenter(lang: LanguageTag): Intl.Segmenter {
  const tag = String(lang);
  let segmenter = segmenters.get(tag);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(tag, { granularity: 'word' });
    segmenters.set(tag, segmenter);
  }
  return segmenter;
}

/** Code-unit offsets (inside the string, never 0 or its length) where a segmentation puts a boundary. */
const boundaries = (segments: string[]): Set<number> => {
  const out = new Set<number>();
  let at = 0;
  for (const s of segments.slice(0, -1)) out.add((at += s.length));
  return out;
};

/** A date (`2026年3月8日`, `115年3月18日`, `3月8日`, `二〇二六年三月`): one unit of a display line, never broken. */
const DATE = /(?:[0-9０-９〇零一二三四五六七八九十]{1,4}年)?[0-9０-９〇零一二三十]{1,2}月(?:[0-9０-９〇零一二三四五六七八九十]{1,3}[日号號])?|[0-9０-９〇零一二三四五六七八九十]{1,4}年/gu;

/**
 * A run of Chinese numerals (`十五五`, `二〇三五`) and an ordinal with its counter (`第58集`, `第十四届`, `第二次`):
 * both segmenters cut `十五|五` and `第58|集`.
 */
const NUMBERS = /第[0-9０-９〇零一二三四五六七八九十百千万两]+[集次届章节条款号號期回轮輪批项項个個位名天年月日页頁版卷部场場]?|[0-9０-９〇零一二三四五六七八九十百千万两]{2,}/gu;

/** Longest quoted term kept on one line, in characters inside the marks: a name or a term (`“十五五”`, `《岛屿对话》`), not a quoted sentence. */
const QUOTED_TERM = 8;

/** A short quotation or title in book-title marks (GB/T 15834 4.1, 4.15): one unit, never broken inside. */
const QUOTED = new RegExp(`“[^“”]{1,${QUOTED_TERM}}”|‘[^‘’]{1,${QUOTED_TERM}}’|「[^「」]{1,${QUOTED_TERM}}」|『[^『』]{1,${QUOTED_TERM}}』|《[^《》]{1,${QUOTED_TERM}}》|〈[^〈〉]{1,${QUOTED_TERM}}〉`, 'gu');

/** Offsets inside a date, a number, an ordinal or a short quoted term of `text`, where no display line may break. */
function unbreakable(text: string): Set<number> {
  const out = new Set<number>();
  for (const pattern of [DATE, NUMBERS, QUOTED])
    for (const m of text.matchAll(pattern)) for (let at = m.index + 1; at < m.index + m[0].length; at++) out.add(at);
  return out;
}

/**
 * Characters that end a word as its suffix (`翻译家`, `传染病`, `诈骗案`, `现代化`), the level of a place or an office
 * (`江州市`, `临江县`, `交通局`) and a gas (`天然气`: ICU cuts `天然|气`): a lone one after a word joins it.
 */
const SUFFIX = /^[家者员員师師手性化界病型式率感案会會市省县縣区區镇鎮乡鄉村州局厅廳署气氣]$/u;
/** Characters of a personal name ICU's dictionary does not know: a surname and one or two given-name characters. */
const NAME = 3;

/**
 * Offsets where ICU's dictionary cuts a word it does not know (`segments`, its word segments): a suffix after a word
 * (`翻译|家`), and a personal name it gives character by character (`沈|慕|秋`: a surname, surnames.ts, and the one or
 * two lone characters after it).
 */
function unknownWords(segments: string[]): Set<number> {
  const lone = (s: string | undefined) => s !== undefined && /^\p{Script=Han}$/u.test(s);
  let at = 0;
  const starts = segments.map((s) => (at += s.length) - s.length);
  const suffix = (i: number) => lone(segments[i]) && SUFFIX.test(segments[i]!) && /^\p{Script=Han}{2,}$/u.test(segments[i - 1] ?? '');
  const out = new Set<number>();
  for (let i = 0; i < segments.length; i++) {
    if (suffix(i)) out.add(starts[i]!);
    if (!lone(segments[i]) || !isSurname(segments[i]!) || (lone(segments[i - 1]) && !suffix(i - 1))) continue;
    for (let k = i + 1; k < i + NAME && lone(segments[k]) && !suffix(k); k++) out.add(starts[k]!);
  }
  return out;
}

/** The BudouX phrases of `text` (the whole text for a language without a model): what the display-line test checks against. */
export function budouxPhrases(text: string, lang: LanguageTag): string[] {
  return budoux(lang)?.parse(text) ?? [text];
}

/**
 * `text` cut into the units a display line may break between (see the
 * module comment); joined they give `text` back exactly. Spaces stay inside
 * the unit they follow.
 */
export function phrases(text: string, lang: LanguageTag): string[] {
  if (text === '') return [];
  const segments = [...wordSegmenter(lang).segment(text)].map((s) => s.segment);
  const words = boundaries(segments);
  const parser = budoux(lang);
  const whole = new Set([...unbreakable(text), ...(parser ? unknownWords(segments) : [])]);
  const cuts = (parser ? [...boundaries(parser.parse(text))].filter((at) => words.has(at)) : [...words]).filter((at) => !whole.has(at));
  // Without a model, only break after a space (Latin text) — the engine does that itself; never between letters.
  const allowed = parser ? cuts : cuts.filter((at) => /\s/.test(text[at - 1]!));
  const out: string[] = [];
  let from = 0;
  const sorted = allowed.sort((a, b) => a - b);
  for (const [k, at] of sorted.entries()) {
    // A lone Han character is no phrase to end or start a line with (`新|能源车`, `调查|组`): it joins the phrase after
    // it, or, a particle or complement (`编制|好`), the phrase before.
    const unit = text.slice(from, at);
    if ((LONE_HAN.test(unit) && !TRAILING.test(unit)) || LONE_HAN.test(text.slice(at)) || TRAILING.test(text.slice(at, sorted[k + 1] ?? text.length))) continue;
    out.push(unit);
    from = at;
  }
  out.push(text.slice(from));
  return out;
}

/** One Han character, nothing else. */
const LONE_HAN = /^\p{Script=Han}$/u;
/** Particles and complements that end the phrase before them (`的`, `了`, `好`): a lone one joins backwards. */
const TRAILING = /^[的地得了着著过過好完们們吗嗎呢吧啊]$/u;

/**
 * Breaks units (phrases, each a list of measured items) into balanced lines:
 * the fewest lines no wider than `max` that greedy filling gives, then the
 * narrowest measure that still needs no more lines, so the lines come out
 * about equally long (as `text-wrap: balance` does). A unit wider than `max`
 * is broken between its items. Widths in any unit, the same for both.
 */
export function balanceLines<T>(units: T[][], width: (items: T[]) => number, max: number): T[][] {
  const fitting = units.flatMap((u) => (width(u) > max ? u.map((item) => [item]) : [u]));
  const fill = (measure: number): T[][] => {
    const lines: T[][] = [];
    let line: T[] = [];
    for (const unit of fitting) {
      if (line.length > 0 && width([...line, ...unit]) > measure) {
        lines.push(line);
        line = [];
      }
      line.push(...unit);
    }
    if (line.length > 0) lines.push(line);
    return lines;
  };
  const best = fill(max);
  // Bisect the measure down to the narrowest that keeps the line count (0.1 % of max is close enough to balanced).
  let low = Math.max(0, ...fitting.map(width));
  let high = max;
  while (high - low > max / 1000) {
    const mid = (low + high) / 2;
    if (fill(mid).length <= best.length) high = mid;
    else low = mid;
  }
  return fill(high);
}

/** Characters of a text segmented at first when shortening it; doubled while every phrase in them still fits. */
const SHORTEN_WINDOW = 256;

/**
 * `text` shortened at a phrase boundary to fit (`fits` measures, and grows
 * with the text), with an ellipsis (…… in Chinese, CLREQ; … otherwise). The
 * whole text when it fits; at least the first phrase. Only the opening is
 * segmented (a window that doubles while it all fits) and phrases are added
 * one at a time: a paragraph of 200 000 characters (a speech-recognition
 * export in one line) took minutes and the heap when every shorter prefix
 * was joined and tried from the longest down.
 */
export function shorten(text: string, lang: LanguageTag, fits: (candidate: string) => boolean): string {
  if (fits(text)) return text;
  const ellipsis = String(lang).startsWith('zh') ? '……' : '…';
  const ending = (kept: string) => kept.replace(/[\s，、；：,;:]+$/u, '') + ellipsis;
  for (let window = SHORTEN_WINDOW; ; window *= 2) {
    const whole = window >= text.length;
    const units = phrases(whole ? text : text.slice(0, window), lang);
    // A window's last phrase may be cut short by it, and the whole text's last does not fit: neither is tried.
    const tried = units.slice(0, -1);
    let kept = units[0]!;
    for (let n = 1; n < tried.length; n++) {
      if (!fits(ending(kept + tried[n]!))) return ending(kept);
      kept += tried[n]!;
    }
    if (whole) return ending(kept);
  }
}
