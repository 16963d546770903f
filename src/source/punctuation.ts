/**
 * Punctuation-width normalisation (documented in README, "Normalisation").
 * Only ASCII `, : ; ? ! ( )`, straight double quotes, `--` and `...` next to
 * Han text change; nothing inside a Latin word, a number or a URL does.
 */
import type { LanguageTag } from '../ast/types.js';

const HAN = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFF0F\uFF1A-\uFF20\u2018-\u201F\u2026\u2014\u300A-\u300F]/u;
const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
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
  let out = widen(masked);
  out = dashesAndEllipses(out);
  out = quotes(out, lang);
  return out.replace(/\u0000(\d+)\u0000/g, (_, i: string) => kept[Number(i)]!);
}

const MARKS = /[,:;?!()]/g;

/** Widens each ASCII mark next to Han text; edits are collected by UTF-16 index so long text is not copied per character. */
function widen(text: string): string {
  const edits = new Map<number, string>();
  const openStack: Array<{ index: number; widened: boolean }> = [];
  for (const m of text.matchAll(MARKS)) {
    const i = m.index;
    const c = m[0];
    let widen = isHan(neighbour(text, i - 1, -1)) || isHan(neighbour(text, i + 1, 1));
    if (c === '(') openStack.push({ index: i, widened: widen });
    if (c === ')') {
      const open = openStack.pop();
      // A closing bracket follows its opening one: (APEC) inside Chinese becomes （APEC）.
      if (open) {
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
