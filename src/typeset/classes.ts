/**
 * The character classes line composition works with (CLREQ §3.1, "Punctuation
 * marks"; GB/T 15834-2011): the CJK marks by where their ink sits in the em
 * box, Han characters, and the letters and digits of Latin text.
 *
 * In zh-Hans fonts (and in the pinned faces, measured) an opening mark has its
 * ink in the right half of the em and blank on the left; a closing mark and a
 * pause or stop (，。、；：？！) have ink on the left and blank on the right.
 * zh-Hant fonts centre the pauses and stops (CLREQ §3.1.2), so only brackets
 * and quotes have a half em of blank to give there.
 */

export type MarkClass = 'opening' | 'closing' | 'stop' | 'middle' | 'inseparable';

const OPENING = '（〔［｛《〈「『【“‘〖〘';
const CLOSING = '）〕］｝》〉」』】”’〗〙';
/** Pauses and stops (点号). */
const STOP = '，。、；：？！';
/** The interpunct (间隔号) and its look-alikes. */
const MIDDLE = '·・‧';
/** Marks two ems wide that never split (CLREQ §3.1.7): the dash and the ellipsis. */
const INSEPARABLE = '—…';

const CLASS = new Map<string, MarkClass>();
for (const [chars, cls] of [[OPENING, 'opening'], [CLOSING, 'closing'], [STOP, 'stop'], [MIDDLE, 'middle'], [INSEPARABLE, 'inseparable']] as const) {
  for (const c of chars) CLASS.set(c, cls);
}

/** The CLREQ class of a CJK mark, or undefined for any other character. */
export const markClass = (ch: string | undefined): MarkClass | undefined => (ch === undefined ? undefined : CLASS.get(ch));

const HAN = /^[\p{Script=Han}\u3005\u3007]$/u;
/** A Han character (including 々 and 〇). */
export const isHan = (ch: string | undefined) => ch !== undefined && HAN.test(ch);

/** A Latin letter, a digit, or a letter of another alphabetic script set proportionally. */
export const isLatin = (ch: string | undefined) => ch !== undefined && /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}]$/u.test(ch);

/** Marks that carry a half em of blank on the side named (zh-Hans fonts; see above). */
export function blankSide(cls: MarkClass | undefined, hant: boolean): 'start' | 'end' | undefined {
  if (cls === 'opening') return 'start';
  if (cls === 'closing') return 'end';
  if (cls === 'stop' && !hant) return 'end';
  return undefined;
}

/** Every mark with a half em of blank at its end (see `blankSide`), as one string. */
export const endBlankMarks = (hant: boolean): string => [...CLASS].filter(([, cls]) => blankSide(cls, hant) === 'end').map(([c]) => c).join('');

/** Code points of a string, as strings (so surrogate pairs stay whole). */
export const chars = (text: string) => Array.from(text);
