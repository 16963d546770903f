/**
 * The source stage: bytes → text → document AST. The only place that looks
 * at bytes, encodings or the raw shape of a transcript.
 */
import type { Document, LanguageTag } from '../ast/types.js';
import type { Warning } from '../warnings.js';
import { inputError } from '../errors.js';
import { splitBlocks } from './blocks.js';
import { clean } from './clean.js';
import { decode } from './decode.js';
import { refuseForeignFormat } from './foreign-formats.js';
import { detectLanguage } from './language.js';
import { normalisePunctuation } from './punctuation.js';
import { webResidue } from './residue.js';
import { type Shape, shapeOf } from './shape.js';
import { recogniseMarkdown } from './shapes/markdown.js';
import { recogniseReport } from './shapes/report.js';
import { recogniseSubtitles } from './shapes/subtitles.js';

export interface ParseOptions {
  /** Name used in messages (default: none). */
  file?: string;
  /** Force an encoding instead of detecting it (default: detect). */
  encoding?: string;
  /** Force the document language, e.g. `zh-Hant-TW` (default: detect zh-Hans, zh-Hant or en). */
  lang?: string;
}

export interface Parsed {
  doc: Document;
  warnings: Warning[];
  /** The encoding the bytes were read in. */
  encoding: string;
  /** Which recogniser read the text. */
  shape: Shape;
}

export function parse(bytes: Uint8Array, options: ParseOptions = {}): Parsed {
  const { file } = options;
  refuseForeignFormat(bytes, file);
  const decoded = decode(bytes, file, options.encoding);
  const cleaned = clean(decoded.text);
  if (!/[^\s\u3000]/u.test(cleaned.text)) throw inputError(file, 'the file holds only whitespace, no text');
  const lang: LanguageTag = options.lang ?? detectLanguage(cleaned.text);
  const warnings = [...cleaned.warnings, ...webResidue(cleaned.text)];
  const shape = shapeOf(file, cleaned.text);
  const { children, stated, origins, warnings: found } =
    shape === 'subtitles'
      ? recogniseSubtitles(cleaned.text, lang)
      : shape === 'markdown'
      ? recogniseMarkdown(cleaned.text, lang, warnings)
      : recogniseReport(splitBlocks(cleaned.text).map((b) => ({ ...b, text: normalisePunctuation(b.text, lang) })), lang);
  warnings.push(...found);
  const doc: Document = { type: 'root', children, data: { lang, stated, origins } };
  return { doc, warnings, encoding: decoded.encoding, shape };
}
