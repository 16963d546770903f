/** A problem worth telling the user that does not stop the build. */
export interface Warning {
  /** Short stable identifier, e.g. `web-residue`, `missing-glyph`. */
  code: string;
  message: string;
  /** 1-based line in the source, when known. */
  line?: number;
}
