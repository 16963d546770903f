/**
 * Text as glyph outlines: the pinned fonts, subset to the text, read with
 * HarfBuzz, so an SVG can draw the text as paths and never depends on a
 * font being available where it is shown (a cover is shown by library
 * views, shops and file managers that load no fonts). One glyph per
 * character, advanced by its width: enough for Chinese headlines; Latin
 * kerning and ligatures are not applied.
 */
import { Blob, Face, Font } from 'harfbuzzjs';
import type { LanguageTag } from '../../ast/types.js';
import { type FontAsset, type FontRole, subsetFaces } from '../../fonts.js';

/** A face the outlines are drawn from: a role of the pinned fonts at one weight. */
export interface OutlineFace {
  role: FontRole;
  weight: '400' | '700';
}

/** One drawn character: its outline and advance. */
export interface Glyph {
  char: string;
  /** SVG path data in font units (`unitsPerEm` to the em), y up; empty for a character no font has. */
  path: string;
  unitsPerEm: number;
  /** Advance in em. */
  advance: number;
}

export interface Outlines {
  glyphs(face: OutlineFace, text: string): Glyph[];
  /** Whether the face's file has a glyph for every character of `text`. */
  draws(face: OutlineFace, text: string): boolean;
}

/**
 * Outlines from fonts already cut (`subsetFaces` files, named `<role>-<weight>.ttf` for a face). A face's file is read
 * into HarfBuzz when it is first asked for: a book's cuts include faces (its body serif) the cover never draws.
 */
export function outlinesOf(files: FontAsset[]): Outlines {
  const loaded = new Map<string, Font[]>();
  const candidates = (face: OutlineFace) => {
    const name = `${face.role}-${face.weight}.ttf`;
    if (!loaded.has(name)) loaded.set(name, files.filter((f) => f.name === name).map((f) => new Font(new Face(new Blob(f.data)))));
    return loaded.get(name)!;
  };
  return {
    glyphs(face, text) {
      return [...text].map((char) => {
        for (const font of candidates(face)) {
          const id = font.nominalGlyph(char.codePointAt(0)!);
          const unitsPerEm = font.face.upem;
          if (id !== undefined) return { char, path: font.glyphToPath(id), unitsPerEm, advance: font.glyphHAdvance(id) / unitsPerEm };
        }
        return { char, path: '', unitsPerEm: 1000, advance: /\s/.test(char) ? 1 / 3 : 1 / 2 };
      });
    },
    draws: (face, text) => [...text].every((char) => candidates(face).some((font) => font.nominalGlyph(char.codePointAt(0)!) !== undefined)),
  };
}

/** Loads the pinned fonts, each cut to its text in `textByFace`. */
export async function loadOutlines(lang: LanguageTag, textByFace: Array<[OutlineFace, string]>): Promise<Outlines> {
  const { files } = await subsetFaces(lang, textByFace.map(([face, text]) => ({ ...face, text })), '', 'truetype');
  return outlinesOf(files);
}
