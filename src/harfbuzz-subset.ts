/**
 * harfbuzz's subsetter (hb-subset, harfbuzzjs's WebAssembly build) keeping the face of the font it last cut open: a
 * font is copied into WebAssembly memory and its face made once for a run of cuts of that font. subset-font (which
 * this replaces, with its defaults: every layout feature kept, TrueType out; its cuts are byte for byte the same)
 * copied the font in, made its face and loaded its tables again on every cut: the 16 cuts of the example's
 * all-three build (6 fonts) took 760–970 ms in a fresh process, 320–390 ms with the face kept. One face at a time:
 * the module's memory is fixed at 65 MB, and keeping every font open failed the fifth CJK font of a build (10–30 MB
 * each). The cutter's thread serves the open font's cuts first (font-cut-worker.ts).
 */

/** The exports of `harfbuzz-subset.wasm` used here (pointers are offsets into its memory). */
interface Exports {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(bytes: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

/** hb.h: the blob's bytes may be written by harfbuzz (no copy is made). */
const HB_MEMORY_MODE_WRITABLE = 2;
/** hb-subset.h: the set of layout feature tags to keep. */
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

/**
 * A font file (TrueType or OpenType) to be read straight into harfbuzz's memory: a fresh buffer of 10–30 MB per font
 * cost more in page faults than the read itself (7 CJK fonts from the page cache: 314 ms into fresh buffers, 12 ms
 * into memory already touched).
 */
export interface FontFile {
  /** Its size in bytes. */
  bytes: number;
  /** Fills `target` (`bytes` long) with the file's bytes. */
  readInto(target: Uint8Array): void;
}

export interface HarfbuzzSubset {
  /**
   * `file` cut to the characters of `text`, as TrueType bytes (a copy the caller owns). `open` gives the font when
   * `file` is not the open font; its face then replaces the open one. Throws what `open` throws, or if harfbuzz cannot
   * cut it (not a font, or a damaged one).
   */
  cut(file: string, open: () => FontFile, text: string): Uint8Array;
  /** The font whose face is open, if any. */
  openFile(): string | undefined;
}

/** Instantiates `harfbuzz-subset.wasm` (its bytes; 0.7 MB, compiled at once: this runs in the cutter's thread). */
export function harfbuzzSubset(wasm: Uint8Array<ArrayBuffer>): HarfbuzzSubset {
  const hb = new WebAssembly.Instance(new WebAssembly.Module(wasm)).exports as unknown as Exports;
  hb._initialize();
  // A view of the memory at each use: a build of the module whose memory grows would detach an older one.
  const heap = () => new Uint8Array(hb.memory.buffer);
  let open: { file: string; face: number; data: number } | undefined;

  const close = () => {
    if (!open) return;
    hb.hb_face_destroy(open.face);
    hb.free(open.data);
    open = undefined;
  };
  const faceOf = (file: string, openFont: () => FontFile): number => {
    if (open?.file === file) return open.face;
    close();
    const font = openFont();
    // The bytes stay for as long as the face, which reads them in place.
    const data = hb.malloc(font.bytes);
    if (data === 0) throw new Error(`harfbuzz could not cut ${file}: ${font.bytes} bytes do not fit in its memory`);
    try {
      font.readInto(heap().subarray(data, data + font.bytes));
    } catch (e) {
      hb.free(data);
      throw e;
    }
    const blob = hb.hb_blob_create(data, font.bytes, HB_MEMORY_MODE_WRITABLE, 0, 0);
    const face = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    open = { file, face, data };
    return face;
  };

  return {
    openFile: () => open?.file,
    cut(file, openFont, text) {
      const face = faceOf(file, openFont);
      const input = hb.hb_subset_input_create_or_fail();
      if (input === 0) throw new Error('harfbuzz could not start a cut (out of memory)');
      let subset: number;
      try {
        // Every layout feature kept (hb-subset's --layout-features=*): vertical forms, proportional marks, kerning.
        const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
        hb.hb_set_clear(features);
        hb.hb_set_invert(features);
        const unicodes = hb.hb_subset_input_unicode_set(input);
        for (const char of text) hb.hb_set_add(unicodes, char.codePointAt(0)!);
        subset = hb.hb_subset_or_fail(face, input);
      } finally {
        hb.hb_subset_input_destroy(input);
      }
      const unreadable = () => new Error(`harfbuzz could not cut ${file}: not a font it can read`);
      if (subset === 0) throw unreadable();
      const blob = hb.hb_face_reference_blob(subset);
      try {
        const length = hb.hb_blob_get_length(blob);
        if (length === 0) throw unreadable();
        const at = hb.hb_blob_get_data(blob, 0);
        return heap().slice(at, at + length);
      } finally {
        hb.hb_blob_destroy(blob);
        hb.hb_face_destroy(subset);
      }
    },
  };
}
