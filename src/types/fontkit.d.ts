declare module 'fontkit' {
  /** The part of fontkit's Font huozi reads: names, the table directory and the character map. */
  export interface Font {
    postscriptName: string;
    directory: { tables: Record<string, unknown> };
    hasGlyphForCodePoint(codePoint: number): boolean;
    /** The glyph the character map gives a code point (id 0, .notdef, when none), with its advance in font units. */
    glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number };
  }
  export function create(buffer: Uint8Array): Font;
}
