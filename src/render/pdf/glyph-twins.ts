/**
 * The characters of the text that a PDF's ToUnicode map names by a twin.
 * A CJK font draws several code points with one glyph: a radical and its
 * ideograph (⻓ U+2ED3 and 长, ⺠ U+2EA0 and 民), the em dash U+2014 and the
 * horizontal bar U+2015. In vertical text Chromium 156 names such a glyph by
 * one of its code points, often not the text's (measured on the example:
 * ⺠⻓⻅⻢⻛⻣⻋ and ― for —), so copying and searching give ⻓ for 长.
 * Neither radicals of the Supplement nor the bar have an NFKC form to find
 * the twin by (to-unicode.ts), so twins are read from the pinned faces: the
 * character of the text drawn with the same glyph. The dash is turned by the
 * faces' `vert` feature into a glyph outside their character maps, so its
 * twin is named here (LOOK_ALIKES).
 */
import type * as fontkit from 'fontkit';
import type { LanguageTag } from '../../ast/types.js';
import { faceFile, type FontRole, type FontWeight, openFont } from '../../fonts.js';

/** Look-alikes whose vertical glyph no character map names: the horizontal bar printed for the em dash. */
const LOOK_ALIKES: Readonly<Record<string, string>> = { '―': '—' };

const FACES: Array<[FontRole, FontWeight]> = [['serif', '400'], ['serif', '700'], ['sans', '400'], ['sans', '700'], ['kai', '400'], ['kai', '700']];

/**
 * A function giving, for a character absent from `text`, the character of
 * `text` that one of the faces of `lang` draws with the same glyph (undefined
 * when none does, or when the character is in the text). The fonts are read on
 * the first call; throws if a font file is missing (run .ci/install).
 */
export function glyphTwins(text: string, lang: LanguageTag): (c: string) => string | undefined {
  const present = new Set(text);
  let faces: Array<{ font: fontkit.Font; byGlyph: Map<number, string> }> | undefined;
  const load = () =>
    FACES.map(([role, weight]) => {
      const font = openFont(faceFile(role, weight, lang));
      const byGlyph = new Map<number, string>();
      for (const c of present) {
        const id = font.glyphForCodePoint(c.codePointAt(0)!).id;
        if (id !== 0 && !byGlyph.has(id)) byGlyph.set(id, c);
      }
      return { font, byGlyph };
    });
  return (c) => {
    if (present.has(c) || [...c].length !== 1) return undefined;
    const alike = LOOK_ALIKES[c];
    if (alike !== undefined && present.has(alike)) return alike;
    faces ??= load();
    for (const { font, byGlyph } of faces) {
      const id = font.hasGlyphForCodePoint(c.codePointAt(0)!) ? font.glyphForCodePoint(c.codePointAt(0)!).id : 0;
      const twin = id === 0 ? undefined : byGlyph.get(id);
      if (twin !== undefined) return twin;
    }
    return undefined;
  };
}
