/**
 * Punctuation-width normalisation (documented in README, "Normalisation").
 * Only ASCII `, : ; ? ! ( )`, straight double quotes, `--` and `...` next to
 * Han text change; nothing inside a Latin word, a number or a URL does.
 */
import type { LanguageTag } from '../ast/types.js';

const HAN = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFF0F\uFF1A-\uFF20\u2018-\u201F\u2026\u2014\u300A-\u300F]/u;
const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
const URL = /\b(?:https?|ftp|mailto):[^\s\p{Script=Han}，。；！？、（）“”]+|\bwww\.[^\s\p{Script=Han}，。；！？、（）“”]+/gu;

const isHan = (ch: string | undefined) => ch !== undefined && HAN.test(ch);

/** Normalises one paragraph's text. */
export function normalisePunctuation(text: string, lang: LanguageTag): string {
  // URLs are cut out first and put back untouched.
  const urls: string[] = [];
  const masked = text.replace(URL, (u) => {
    urls.push(u);
    return `\u0000${urls.length - 1}\u0000`;
  });
  let out = widen(masked);
  out = dashesAndEllipses(out);
  out = quotes(out, lang);
  return out.replace(/\u0000(\d+)\u0000/g, (_, i: string) => urls[Number(i)]!);
}

function widen(text: string): string {
  const chars = [...text];
  const out = [...chars];
  const openStack: Array<{ index: number; widened: boolean }> = [];
  const neighbour = (i: number, step: number) => {
    let j = i + step;
    while (chars[j] === ' ') j += step;
    return chars[j];
  };
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (!(c in FULL)) continue;
    const before = neighbour(i, -1);
    const after = neighbour(i, 1);
    let widen = isHan(before) || isHan(after);
    if (c === '(') openStack.push({ index: i, widened: widen });
    if (c === ')') {
      const open = openStack.pop();
      // A closing bracket follows its opening one: (APEC) inside Chinese becomes （APEC）.
      if (open) {
        widen = widen || open.widened;
        if (widen && !open.widened) out[open.index] = FULL['(']!;
      }
    }
    if (c === ':' && /\d/.test(chars[i - 1] ?? '') && /\d/.test(chars[i + 1] ?? '')) widen = false; // 10:30
    if (widen) {
      out[i] = FULL[c]!;
      // A full-width mark carries its own space: drop typed spaces around it.
      for (let j = i - 1; chars[j] === ' '; j--) out[j] = '';
      for (let j = i + 1; chars[j] === ' '; j++) out[j] = '';
    }
  }
  return out.join('');
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
