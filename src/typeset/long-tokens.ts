/**
 * Rule 5, long tokens: a URL, an e-mail address, a long number or a long
 * Latin word breaks after `/ . - _ ? & = @` (after the last of a run of
 * them, so `://` stays whole), with no hyphen added, and as a last resort
 * anywhere inside it (`lt`: `overflow-wrap: anywhere`), so it never overflows
 * the measure, scales a printed page or loses its tail. Its last character
 * stays with the marks that follow it, so no line starts with `，`.
 */
import { isHan, markClass } from './classes.js';
import type { Composition, Run } from './composition.js';
import { mark } from './composition.js';

/** A token this long (code points) may not fit a phone's line: 12 em of Latin at about 0.55 em a character. */
const LONG = 20;
const AFTER = new Set('/.-_?&=@');
const inToken = (ch: string) => !/\s/u.test(ch) && !isHan(ch) && markClass(ch) === undefined;

export function longTokens(run: Run, out: Composition): void {
  const { chars } = run;
  for (let start = 0; start < chars.length; ) {
    if (!inToken(chars[start]!)) {
      start++;
      continue;
    }
    let end = start;
    while (end < chars.length && inToken(chars[end]!)) end++;
    if (end - start >= LONG) {
      for (let i = start; i < end; i++) {
        mark(out, i, 'lt');
        if (i + 1 < end && AFTER.has(chars[i]!) && !AFTER.has(chars[i + 1]!)) out.breaks.add(i + 1);
      }
      // The token's last character and the marks after it: a last-resort break inside the token never leaves `，` alone.
      let tail = end;
      while (tail < chars.length && /^(closing|stop|inseparable)$/.test(markClass(chars[tail]) ?? '')) tail++;
      if (tail > end) out.keeps.push([end - 1, tail]);
    }
    start = end;
  }
}
