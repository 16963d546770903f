/**
 * Vertical edition only (`--vertical`): short numbers stand upright
 * (CLREQ §3.5, "Mixed text composition in vertical writing mode";
 * CSS Writing Modes `text-combine-upright`). A number of one or two ASCII
 * digits standing on its own (`第3号`, `30万`, `8日`) is marked `tcy` and set
 * across the column in one em (styles/vertical.css); a longer number (`2026年`),
 * or a digit run that is part of a larger token (`3.5%`, `10:30`,
 * `COVID-19`), is left to the engine, which sets it rotated with the Latin
 * text around it (`text-orientation: mixed`). Three or four digits in one em
 * were set at 0.6 and 0.45 of the body size: a year was 4.7 pt, unreadable.
 */
import { isLatin } from './classes.js';
import { type Composition, mark, type Run } from './composition.js';

/** The longest number set upright: two digits fit one em at a readable size (CSS allows up to four). */
export const MAX_UPRIGHT_DIGITS = 2;

/** A neighbour that makes a digit run part of a longer token (a decimal, a time, a code, a percentage). */
const JOINS = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}.,:;/%‰℃°$€£¥+\-_'’&@#=]/u;

/**
 * Ranges [start, end) of code points in `chars` that are numbers set upright:
 * maximal runs of ASCII digits of length 1–2 whose neighbours do not join them
 * to a longer token. Pure; `chars` are code points.
 */
export function uprightNumbers(chars: readonly string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < chars.length; ) {
    if (!/^[0-9]$/.test(chars[i]!)) {
      i++;
      continue;
    }
    let end = i;
    while (end < chars.length && /^[0-9]$/.test(chars[end]!)) end++;
    const joined = (ch: string | undefined) => ch !== undefined && (isLatin(ch) || JOINS.test(ch));
    if (end - i <= MAX_UPRIGHT_DIGITS && !joined(chars[i - 1]) && !joined(chars[end])) ranges.push([i, end]);
    i = end;
  }
  return ranges;
}

/**
 * The rule, last in `RULES`: every digit of an upright number gets `tcy` and
 * `tcy-N` (N its number of digits, for the print's own setting of 3 and 4), and
 * the number is made whole — a kept range (a number and its unit, no-break.ts)
 * that starts or ends inside it is widened to the whole number, and no break
 * opportunity is left inside it — so apply.ts writes it as one span, which CSS
 * combines into one em. Only in vertical runs.
 */
export function uprightNumbersRule(run: Run, out: Composition): void {
  if (!run.vertical) return;
  for (const [start, end] of uprightNumbers(run.chars)) {
    for (let i = start; i < end; i++) {
      mark(out, i, 'tcy');
      mark(out, i, `tcy-${end - start}`);
    }
    for (let i = start + 1; i < end; i++) out.breaks.delete(i);
    for (const keep of out.keeps) {
      if (keep[0] > start && keep[0] < end) keep[0] = start;
      if (keep[1] > start && keep[1] < end) keep[1] = end;
    }
  }
}
