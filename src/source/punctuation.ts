/**
 * Punctuation-width normalisation (documented in README, "Normalisation").
 * Only ASCII `, : ; ? ! ( )`, a full stop `.` after a Han character, straight
 * double quotes, `--` and `...` next to Han text change; nothing inside a Latin
 * word, a number or a URL does.
 */
import type { LanguageTag } from '../ast/types.js';
import { candidateLabel, isFieldRow } from './labels.js';
import { isWebResidue } from './residue.js';

const HAN = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFF0F\uFF1A-\uFF20\u2018-\u201F\u2026\u2014\u300A-\u300F]/u;
const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）', '.': '。' };
// URLs and HTML character references (`&amp;`, `&#x4E2D;`) pasted into a transcript are literal text: their `:` and `;` stay.
const UNTOUCHED = /\b(?:https?|ftp|mailto):[^\s\p{Script=Han}，。；！？、（）“”]+|\bwww\.[^\s\p{Script=Han}，。；！？、（）“”]+|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});/gu;

const isHan = (ch: string | undefined) => ch !== undefined && HAN.test(ch);

/** Normalises one paragraph's text. */
export function normalisePunctuation(text: string, lang: LanguageTag): string {
  const kept: string[] = [];
  // Cut out first and put back untouched.
  const masked = text.replace(UNTOUCHED, (u) => {
    kept.push(u);
    return `\u0000${kept.length - 1}\u0000`;
  });
  let out = widen(halfWidthAlphanumerics(masked));
  out = dashesAndEllipses(out);
  out = quotes(out, lang);
  out = dropTypedSpaces(out);
  return out.replace(/\u0000(\d+)\u0000/g, (_, i: string) => kept[Number(i)]!);
}

/** Full-width digits, with the separators inside a full-width number and its per cent sign (`２，４１７．５％`), and full-width Latin letters. */
const FULL_WIDTH_ALPHANUMERIC = /[０-９](?:[０-９]|[，．](?=[０-９]))*％?|[Ａ-Ｚａ-ｚ]+/gu;

/**
 * Full-width digits and Latin letters → half-width (`２０２６年` → `2026年`, `ＡＩ` → `AI`, `２，４１７，７６０` →
 * `2,417,760`, `３．５％` → `3.5%`), as GB/T 15835–2011 (出版物上数字用法, §5.1) sets Arabic numerals in horizontal text: the typesetting
 * stage then spaces them from Han text and keeps them whole, as typed half-width ones.
 */
function halfWidthAlphanumerics(text: string): string {
  return text.replace(FULL_WIDTH_ALPHANUMERIC, (run) => run.replace(/[０-９Ａ-Ｚａ-ｚ]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/，/gu, ',').replace(/．/gu, '.').replace(/％/gu, '%'));
}

const MARKS = /[,:;?!().]/g;
/** Text typed with ASCII punctuation: a `, ; : ? !` right beside a Han character (`各位听众,欢迎收听`). */
const ASCII_TYPED = /\p{Script=Han}[,;:?!]|[,;:?!]\p{Script=Han}/u;
/**
 * A `.` ends a Chinese sentence in text typed with ASCII punctuation (ASCII_TYPED; speech-recognition exports: `大家好.很高兴`) when
 * a Han character, a closing quote or bracket, or a per cent sign comes right before it (`蓝海”.县城`, `15%.`) and a Han
 * character, a quote or bracket, a space or the end after it — or a digit, after a Han character or a closing mark
 * (`数据.2025年`; a decimal point has a digit before it). Elsewhere a dot between Han characters is a name's or a
 * heading's (`马丁.路德.金`, `一.总体要求`) and stays; so do `3.5`, `www.gov.cn`, `Mr.` and `...`.
 */
const stopsSentence = (text: string, i: number) => {
  const before = text[i - 1] ?? '';
  const after = text[i + 1];
  const closes = /[\p{Script=Han}”’」』）)"']/u.test(before);
  if (!closes && !/[%‰]/u.test(before)) return false;
  return after === undefined || /[\s\p{Script=Han}“”‘’「」『』"'（）()]/u.test(after) || (closes && /\d/.test(after));
};

/** Widens each ASCII mark next to Han text; edits are collected by UTF-16 index so long text is not copied per character. */
function widen(text: string): string {
  const edits = new Map<number, string>();
  const openStack: Array<{ index: number; widened: boolean; glued: boolean }> = [];
  // Once per text, not once per `.` in it.
  const asciiTyped = ASCII_TYPED.test(text);
  for (const m of text.matchAll(MARKS)) {
    const i = m.index;
    const c = m[0];
    let widen = c === '.' ? asciiTyped && stopsSentence(text, i) : isHan(neighbour(text, i - 1, -1)) || isHan(neighbour(text, i + 1, 1));
    if (c === '(') openStack.push({ index: i, widened: widen, glued: /[A-Za-z0-9_]/.test(text[i - 1] ?? '') });
    if (c === ')') {
      const open = openStack.pop();
      // A closing bracket follows its opening one: (APEC) inside Chinese becomes （APEC）. Brackets glued to a Latin word
      // around no Han (`alert(document.cookie)`, `f(x)`) are code or the word's own, and stay as typed.
      if (open?.glued && !HAN.test(text.slice(open.index + 1, i))) widen = false;
      else if (open) {
        widen = widen || open.widened;
        if (widen && !open.widened) edits.set(open.index, FULL['(']!);
      }
    }
    if (c === ':' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) widen = false; // 10:30
    if (widen) {
      edits.set(i, FULL[c]!);
      // A full-width mark carries its own space: drop typed spaces around it.
      for (let j = i - 1; text[j] === ' '; j--) edits.set(j, '');
      for (let j = i + 1; text[j] === ' '; j++) edits.set(j, '');
    }
  }
  if (edits.size === 0) return text;
  let out = '';
  let last = 0;
  for (const i of [...edits.keys()].sort((a, b) => a - b)) {
    out += text.slice(last, i) + edits.get(i)!;
    last = i + 1;
  }
  return out + text.slice(last);
}

/** The first character that is not a space from `from` in direction `step` (a whole code point). */
function neighbour(text: string, from: number, step: 1 | -1): string | undefined {
  let j = from;
  while (text[j] === ' ') j += step;
  if (j < 0 || j >= text.length) return undefined;
  const unit = text.charCodeAt(j);
  if (step < 0 && unit >= 0xdc00 && unit <= 0xdfff && j > 0) return text.slice(j - 1, j + 1);
  return String.fromCodePoint(text.codePointAt(j)!);
}

function dashesAndEllipses(text: string): string {
  return text
    .replace(/(?<=\p{Script=Han}|[，。“”])\s*-{2,3}\s*|\s*-{2,3}\s*(?=\p{Script=Han})/gu, '——')
    .replace(/(?<=\p{Script=Han}|[，。“”！？])(?:\.{3,6}|…)(?!…)|(?:\.{3,6})(?=\p{Script=Han})/gu, '……');
}

/** Straight double quotes around or next to Han text become “…” (zh-Hans) or 「…」 (zh-Hant). */
function quotes(text: string, lang: LanguageTag): string {
  const [open, close] = String(lang).startsWith('zh-Hant') ? ['「', '」'] : ['“', '”'];
  return text.replace(/"([^"\n]*)"/g, (m, inner: string, offset: number) => {
    const before = text[offset - 1];
    const after = text[offset + m.length];
    return /\p{Script=Han}/u.test(inner) || isHan(before) || isHan(after) ? `${open}${inner}${close}` : m;
  });
}

/** Full-width marks that carry their own blank (CLREQ §3.1.2); quotes, which may be Western, only count next to Han text. */
const FULL_MARK = /[，。、；：？！（）《》〈〉「」『』【】〔〕……——]/u;
const QUOTE = /[“”‘’]/u;
const LATIN_OR_DIGIT = /[A-Za-z0-9%]/;
const hanChar = (ch: string) => /\p{Script=Han}/u.test(ch);

/**
 * A leading timestamp (`00:01:05 `, `[00:01] `), topic number (`1 谈…`) or news credit (`本报讯 `, `据新华社北京3月8日电 `)
 * keeps the space after it; a credit's bracket keeps the spaces between its names (`本报讯（记者 王宁 刘华）`).
 */
const LEAD = /^(?:(?:[[(（【]?\d{1,2}(?::\d{2}){1,2}[\])）】]?|\d{1,4})[ \t]+|[^\s，。]{1,30}?[讯訊电電](?:[（(][^）)]{1,30}[）)][ \t]*|[ \t]+))/u;

/**
 * Typed spaces the typesetting stage makes redundant (README, "Punctuation"): between two Han characters, between a
 * Han character and a Latin letter or digit (huozi sets its own ¼ em there), and next to a full-width mark (or a quote
 * beside Han text). Between two Han characters only in running text (a block with a pause or stop); copied web-page
 * chrome is left as it is, and outside running text two spaces or a tab between Han and a digit or Latin, which part
 * fields (`陈晓东  2025年7月8日`). A lead (LEAD) keeps its space, as does everything that is not between two such
 * neighbours, so English text, URLs and numbers are untouched.
 */
function dropTypedSpaces(text: string): string {
  if (isWebResidue(text) || isFieldRow(text)) return text;
  // Between two Han characters only in running text: a byline (`本报记者 陈嘉`), a menu line or a line ending in offices
  // and a name (`国务院新闻办公室新闻局副局长、新闻发言人 寿小丽：`, labels.ts; `主持人：…副局长、新闻发言人 邢慧娜`) keeps its separators.
  const prose = /[，。；！？]/u.test(text) || (/、/u.test(text) && !/[ \u3000]\p{Script=Han}{2,4}[:：]?$/u.test(text));
  // A label naming someone after their office or role keeps its space, speech after it or not (`主持人 柯雅：`, `中金公司分析师 何一鸣：请问…`).
  const label = candidateLabel(text);
  const spacedLabel = label && /[\p{Script=Han}）)][ \u3000]+\S/u.test(label.speaker) ? text.indexOf(label.speaker) + label.speaker.length : 0;
  const lead = Math.max(LEAD.exec(text)?.[0].length ?? 0, spacedLabel);
  // Outside running text two spaces or a tab between Han and a digit or Latin part fields (`陈晓东  2025年7月8日`, a signature): kept.
  const fields = (spaces: string, before: string, after: string) =>
    !prose && (spaces.length >= 2 || spaces.includes('\t')) && ((hanChar(before) && LATIN_OR_DIGIT.test(after)) || (LATIN_OR_DIGIT.test(before) && hanChar(after)));
  return text.slice(0, lead) + text.slice(lead).replace(/(?<=(.))[ \t]+(?=(.))/gsu, (spaces, before: string, after: string) => (!fields(spaces, before, after) && redundantSpace(before, after, prose) ? '' : spaces));
}

/**
 * Whether typed spaces between the characters `before` and `after` are redundant (the rules above): also asked at the
 * edge of Markdown emphasis (`**注意：** 这里`), where the two characters stand in different nodes.
 */
export function redundantSpace(before: string, after: string, prose: boolean): boolean {
  const han = hanChar(before) || hanChar(after);
  return (
    (prose && hanChar(before) && hanChar(after)) ||
    (han && (LATIN_OR_DIGIT.test(before) || LATIN_OR_DIGIT.test(after))) ||
    FULL_MARK.test(before) ||
    FULL_MARK.test(after) ||
    (han && (QUOTE.test(before) || QUOTE.test(after)))
  );
}
