/** A problem worth telling the user that does not stop the build. */
export interface Warning {
  /**
   * Short stable identifier, e.g. `web-residue`, `missing-glyph`. The source
   * stage's recognition adds: `title-uncertain` (the headline choice was close
   * or weak; the message names the line chosen), `date-uncertain` (lines near
   * the top give different dates; the message names the one chosen),
   * `subtitle-comment` (WebVTT NOTE/STYLE/REGION blocks left out),
   * `unknown-speaker` (a correction's `speakers:` names no speaker).
   */
  code: string;
  message: string;
  /** 1-based line in the source, when known. */
  line?: number;
}
