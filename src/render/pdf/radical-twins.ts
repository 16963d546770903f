/**
 * Radicals that stand in for the characters of the text. A CJK font draws
 * a radical (⻓ U+2ED3, ⺠ U+2EA0 …, CJK Radicals Supplement and Kangxi
 * Radicals) and its unified ideograph (长, 民) with one glyph; in vertical
 * text Chromium 156 names such a glyph in the PDF's ToUnicode map by the
 * radical (measured: ⺠⻓⻅⻢⻛⻣⻋ in the example), so copying and searching
 * give ⻓ for 长. The Supplement's radicals have no NFKC form to find their
 * twin by (to-unicode.ts), so the twins are read from the pinned faces
 * themselves: the radical and the character of the text that share a glyph.
 */
import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import type { LanguageTag } from '../../ast/types.js';
import { faceFile, type FontRole, type FontWeight } from '../../fonts.js';

/** CJK Radicals Supplement and Kangxi Radicals (U+2E80–U+2FDF). */
const RADICALS = Array.from({ length: 0x2fe0 - 0x2e80 }, (_, i) => 0x2e80 + i);
const FACES: Array<[FontRole, FontWeight]> = [['serif', '400'], ['serif', '700'], ['sans', '400'], ['sans', '700'], ['kai', '400'], ['kai', '700']];

/**
 * Radical → the character of `text` drawn with the same glyph in one of the
 * faces of `lang`; radicals the text itself uses are left out. Reads the font
 * files (throws if one is missing: run .ci/install).
 */
export function radicalTwins(text: string, lang: LanguageTag): Map<string, string> {
  const present = new Set(text);
  const twins = new Map<string, string>();
  for (const [role, weight] of FACES) {
    const font = fontkit.create(readFileSync(faceFile(role, weight, lang)));
    const byGlyph = new Map<number, string>();
    for (const cp of RADICALS) {
      const r = String.fromCodePoint(cp);
      if (!present.has(r) && font.hasGlyphForCodePoint(cp)) byGlyph.set(font.glyphForCodePoint(cp).id, r);
    }
    for (const c of present) {
      const radical = byGlyph.get(font.glyphForCodePoint(c.codePointAt(0)!).id);
      if (radical !== undefined && /\p{Script=Han}/u.test(c)) twins.set(radical, c);
    }
  }
  return twins;
}
