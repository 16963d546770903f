declare module 'fonteditor-core/lib/ttf/ttf2woff' {
  /** An sfnt (TrueType) font as WOFF 1.0; `deflate` compresses one table's bytes (a table stays stored when that is not smaller). */
  export default function ttf2woff(sfnt: ArrayBuffer, options?: { deflate?: (table: number[]) => ArrayLike<number> }): ArrayBuffer;
}
