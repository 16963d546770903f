/**
 * Characters no font draws. Each edition would otherwise show them as nothing,
 * an empty box or a system font's glyph; instead they are set as 〓 (GETA MARK,
 * the compositor's sign for a sort the case lacks) in every edition, and the
 * build warns naming each code point.
 */
import type { Document } from '../ast/types.js';
import { MISSING_MARK, uncovered } from '../fonts.js';
import type { Warning } from '../warnings.js';
import { documentText, eachNode, TEXT_FIELDS, type TextNode } from './text-by-face.js';

/** The metadata the document states about itself, which editions print too. */
const statedText = (doc: Document) => Object.values(doc.data.stated).filter((v): v is string => typeof v === 'string');

/**
 * The document with every character no font draws replaced by 〓 (a copy; the
 * input is unchanged), after one `missing-glyph` warning listing them as
 * `U+XXXX c`. Returns the input itself when nothing is missing.
 */
export function markMissingGlyphs(doc: Document, warn: (w: Warning) => void): Document {
  const missing = uncovered(documentText(doc) + statedText(doc).join(''), doc.data.lang);
  if (missing.length === 0) return doc;
  const list = missing.map((cp) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')} ${String.fromCodePoint(cp)}`).join(', ');
  warn({ code: 'missing-glyph', message: `${missing.length} character(s) in no pinned or fallback font, set as ${MISSING_MARK}: ${list}` });
  const pattern = new RegExp(`[${missing.map((cp) => `\\u{${cp.toString(16)}}`).join('')}]`, 'gu');
  const mark = (s: string) => s.replace(pattern, MISSING_MARK);
  const copy = structuredClone(doc);
  const stated = copy.data.stated as Record<string, unknown>;
  for (const [key, value] of Object.entries(stated)) if (typeof value === 'string') stated[key] = mark(value);
  eachNode(copy as TextNode, (node) => {
    for (const key of TEXT_FIELDS) if (typeof node[key] === 'string') node[key] = mark(node[key]);
  });
  return copy;
}
