declare module 'fontkit' {
  /** The part of fontkit's Font huozi reads: names, the table directory and the character map. */
  export interface Font {
    postscriptName: string;
    directory: { tables: Record<string, unknown> };
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): { id: number };
    layout(text: string, features?: string[], script?: string, language?: string): { glyphs: Array<{ id: number }> };
  }
  export function create(buffer: Uint8Array): Font;
}
