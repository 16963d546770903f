/**
 * Page numbers as the print tests expect them printed: a pattern matching one,
 * and a number written out. Written here from the rules, independently of the
 * CSS counter styles huozi prints with (page-css.ts), so the two are compared.
 */
/** How page numbers are written. */
export interface Numerals {
  pattern: string;
  write(n: number): string;
}
export const ARABIC: Numerals = { pattern: '\\d+', write: String };
/** Chinese informal numerals below 1,000, as CSS simp-chinese-informal writes them: 十二, 一百一十, 一百零五. */
export const CJK: Numerals = {
  pattern: '[零一二三四五六七八九十百]+',
  write(n) {
    const digit = '零一二三四五六七八九';
    const [h, t, u] = [Math.floor(n / 100), Math.floor((n % 100) / 10), n % 10];
    return `${h ? `${digit[h]}百` : ''}${t ? `${h || t > 1 ? digit[t] : ''}十` : h && u ? '零' : ''}${u ? digit[u] : ''}`;
  },
};
