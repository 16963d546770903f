/**
 * Rule 4, no-break rules beyond the engine's `line-break: strict` (CLREQ
 * §3.1.7 and §3.2 "Prohibition rules for line start and line end"): the dash
 * `——` and the ellipsis `……` are never split; the interpunct never starts a
 * line (it stays with the character before it; Unicode gives `·` no
 * prohibition of its own), and neither does a single dash joining two words
 * (`中国—阿拉伯`: Unicode allows a break before U+2014, which Chromium takes
 * in vertical text); a number stays with the unit or measure word after
 * it (`30万吨`, `15公里`, `5.2%`, `第2758号`, `第5条`, `28路`, `30余家`); and a
 * range of numbers is one unit (`2024—2026年`, `3～5天`, GB/T 15834 §4.13 连接号):
 * the connector ends no line, for `2024—` at a line end reads as an open range.
 */
import { markClass } from './classes.js';
import { type Composition, isChinese, type Run } from './composition.js';

/** Units and measure words that follow a number. */
const UNIT = new Set('万亿千百余多吨公里米克元角分年月日时秒天周岁人次件家项座个条條辆輛台户所名位倍度斤亩届期批号號款章节節页頁版卷集册冊层層楼樓栋棟线線路站场場轮輪份张張套间間篇本%‰℃°');
/** Connectors of a range between numbers (GB/T 15834 §4.13): the one-em dash, en dash, wave dash and tilde. */
const RANGE = /[—–～〜~]/u;
/** Words that multiply or round the number before the unit: `万吨`, `亿元`, `30余家`, `300多名`. */
const BEFORE_UNIT = /[万亿千百余多]/u;

export function noBreak(run: Run, out: Composition): void {
  if (!isChinese(run)) return;
  const { chars } = run;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    // A mark that joins the word before it: there is one, not a space.
    const afterWord = i > 0 && !/\s/u.test(chars[i - 1]!);
    if (markClass(c) === 'inseparable' && chars[i + 1] === c) {
      // A dash, of one em or two, joins the words around it and never starts a line (CLREQ §3.2).
      out.keeps.push([c === '—' && afterWord ? i - 1 : i, i + 2]);
      i++;
    } else if (RANGE.test(c) && /\p{Nd}/u.test(chars[i - 1] ?? '') && /\p{Nd}/u.test(chars[i + 1] ?? '')) {
      out.keeps.push([i - 1, i + 2]);
    } else if ((markClass(c) === 'middle' || c === '—') && afterWord) {
      out.keeps.push([i - 1, i + 1]);
    } else if (/\p{Nd}/u.test(c) && !/\p{Nd}/u.test(chars[i + 1] ?? '') && UNIT.has(chars[i + 1] ?? '')) {
      let end = i + 2;
      // 万吨, 亿元, 余家: a multiplier or an approximation and the unit after it.
      if (BEFORE_UNIT.test(chars[i + 1]!) && UNIT.has(chars[end] ?? '') && !BEFORE_UNIT.test(chars[end]!)) end++;
      out.keeps.push([i, end]);
    }
  }
}
