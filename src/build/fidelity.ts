/**
 * Fidelity inside every build: each passage of the AST's text (a paragraph,
 * a heading, a speaker label, a table cell …) must be found in each edition's
 * text — for the PDF, the text it prints. Whitespace never counts (typed
 * spaces at Han–Latin boundaries are normalised, lines wrap). A passage found
 * only after the accepted transformations is a warning; one not found at all
 * fails the build, naming where the first lost passage breaks off.
 *
 * Accepted transformations (README, "Fidelity in every edition"): whitespace
 * added or dropped; punctuation width (full- and half-width forms, NFKC);
 * quotation marks of any style (“” ‘’ 「」 『』 " '); letter case; default-
 * ignorable code points (ZWJ, variation selectors), which draw no glyph of
 * their own. Speaker labels, topic numbers and brackets the templates add are
 * insertions, never a loss. An image's alternative text is not printed in the
 * PDF (the image is shown; the text is in its structure tree).
 */
import type { Document } from '../ast/types.js';
import { noteLinks } from '../render/note-links.js';
import type { Warning } from '../warnings.js';

/** Nodes whose children are inline content: one passage each. */
const INLINE = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'inlineCode', 'footnoteReference', 'break', 'image', 'imageReference', 'html']);

interface AnyNode {
  type: string;
  value?: unknown;
  identifier?: string;
  alt?: string | null;
  speaker?: string;
  subject?: string;
  dateline?: string;
  title?: AnyNode[];
  children?: AnyNode[];
}

export interface PassageOptions {
  /** Leave out images' alternative text (the PDF shows the image, not its text). */
  withoutAlt?: boolean;
}

/** The document's text as passages in reading order, each as the AST holds it. */
export function passagesOf(doc: Document, options: PassageOptions = {}): string[] {
  const out: string[] = [];
  const { number } = noteLinks(doc);
  const inline = (node: AnyNode): string => {
    if (node.type === 'image' || node.type === 'imageReference') {
      if (!options.withoutAlt && node.alt) out.push(node.alt);
      return '';
    }
    // A note reference shows its note's number, whatever its identifier (note-links.ts).
    if (node.type === 'footnoteReference') return String(number.get(node.identifier ?? '') ?? '');
    if (typeof node.value === 'string') return node.value;
    return (node.children ?? []).map(inline).join('');
  };
  const block = (node: AnyNode) => {
    for (const field of [node.speaker, node.subject, node.dateline]) if (field) out.push(field);
    if (node.title) out.push(node.title.map(inline).join(''));
    const children = node.children ?? [];
    if (children.length > 0 && children.every((c) => INLINE.has(c.type))) out.push(children.map(inline).join(''));
    else if (typeof node.value === 'string') out.push(node.value);
    else children.forEach(block);
  };
  (doc.children as AnyNode[]).forEach(block);
  return out.map(squeeze).filter(Boolean);
}

/** Whitespace never counts. */
const squeeze = (s: string) => s.replace(/[\s\u3000\u00ad]+/gu, '');

const QUOTES = /[“”‘’「」『』"'＂＇«»‹›〝〞〟]/gu;
/** The accepted transformations applied to both sides: width, quotes, case, default-ignorables. */
export const canonical = (s: string) => squeeze(s.normalize('NFKC')).replace(/\p{Default_Ignorable_Code_Point}/gu, '').replace(QUOTES, '"').toLowerCase();

export interface FidelityResult {
  /** Where the first passage not found breaks off, shown as `…found|lost…`; undefined when nothing is lost. */
  lost?: string;
  /** The first passage found only after an accepted transformation. */
  transformed?: string;
}

/**
 * Looks for every passage in the edition's text, in order where it can (a
 * cursor moves on past each one found) and anywhere else (notes, which an
 * EPUB shows at the end of each chapter citing them).
 */
export function compare(passages: string[], editionText: string): FidelityResult {
  const raw = squeeze(editionText);
  let canon: string | undefined;
  let cursor = 0;
  let transformed: string | undefined;
  for (const passage of passages) {
    const at = raw.indexOf(passage, cursor);
    if (at >= 0) {
      cursor = at + passage.length;
      continue;
    }
    if (raw.includes(passage)) continue;
    // Characters an edition inserts inside a passage (a running head and folio where a paragraph turns the page,
    // a display line's break) are never a loss: the passage's characters in order, each within MAX_GAP of the last.
    if (gapped(passage, raw)) continue;
    canon ??= canonical(editionText);
    const p = canonical(passage);
    if (p === '' || canon.includes(p)) {
      transformed ??= passage;
      continue;
    }
    return { lost: breakOff(passage, raw), ...(transformed ? { transformed } : {}) };
  }
  return transformed ? { transformed } : {};
}

/** Characters an edition may insert between two characters of a passage. */
const MAX_GAP = 80;

/** True when the passage's characters occur in `text` in order, each at most MAX_GAP after the one before. */
function gapped(passage: string, text: string): boolean {
  const chars = [...passage];
  // Anchor on the first two characters where possible: few candidate starts.
  for (let start = text.indexOf(chars[0]!); start >= 0; start = text.indexOf(chars[0]!, start + 1)) {
    let at = start + chars[0]!.length;
    let ok = true;
    for (const ch of chars.slice(1)) {
      const next = text.indexOf(ch, at);
      if (next < 0 || next - at > MAX_GAP) {
        ok = false;
        break;
      }
      at = next + ch.length;
    }
    if (ok) return true;
  }
  return false;
}

/** The passage cut where its longest prefix found in the text ends: `…the last found characters|what is lost…`. */
function breakOff(passage: string, text: string): string {
  const chars = [...passage];
  let lo = 0;
  let hi = chars.length;
  // The longest prefix found (binary search: a prefix of a found prefix is found).
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (text.includes(chars.slice(0, mid).join(''))) lo = mid;
    else hi = mid - 1;
  }
  const before = chars.slice(Math.max(0, lo - 12), lo).join('');
  const after = chars.slice(lo, lo + 16).join('');
  return `${lo > 12 ? '…' : ''}${before}|${after}${lo + 16 < chars.length ? '…' : ''}`;
}

/** The warning for a passage found only after an accepted transformation. */
export function transformedWarning(format: string, passage: string): Warning {
  const shown = [...passage].slice(0, 24).join('');
  return {
    code: 'fidelity-transformed',
    message: `the ${format} edition shows "${shown}${shown.length < passage.length ? '…' : ''}" changed by an accepted transformation (punctuation width, quotes, letter case or invisible characters)`,
  };
}
