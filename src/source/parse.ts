/**
 * The source stage: bytes → text → document AST. The only place that looks
 * at bytes, encodings or the raw shape of a transcript.
 */
import type { Document, LanguageTag, StatedMetadata } from '../ast/types.js';
import type { Warning } from '../warnings.js';
import { basename } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { inputError } from '../errors.js';
import { applyCorrections, leadingYaml, readFrontMatter, retitle, sidecarFor } from './corrections.js';
import type { Origins } from './front.js';
import { splitBlocks } from './blocks.js';
import { clean } from './clean.js';
import { decode, otherEncoding } from './decode.js';
import { timed } from '../step-timings.js';
import { refuseForeignFormat } from './foreign-formats.js';
import { checkNesting } from './nesting.js';
import { detectLanguage } from './language.js';
import { normalisePunctuation } from './punctuation.js';
import { isWebResidue, webResidue } from './residue.js';
import { markdownLine, type Shape, shapeOf } from './shape.js';
import { recogniseMarkdown } from './shapes/markdown.js';
import { type Repair, recogniseReport } from './shapes/report.js';
import { recogniseSubtitles } from './shapes/subtitles.js';

export interface ParseOptions {
  /** Name used in messages (default: none). */
  file?: string;
  /** Force an encoding instead of detecting it (default: detect). */
  encoding?: string;
  /** Force the document language, e.g. `zh-Hant-TW` (default: detect zh-Hans, zh-Hant or en). */
  lang?: string;
  /** Read `<stem>.huozi.yaml` beside `file` when there is one (default: true). */
  sidecar?: boolean;
  /** Leave out the lines a copy from a web page drags along (residue.ts), each still warned (default: false, kept). */
  dropWebResidue?: boolean;
}

export interface Parsed {
  doc: Document;
  warnings: Warning[];
  /** The encoding the bytes were read in. */
  encoding: string;
  /** Which recogniser read the text. */
  shape: Shape;
  /** What was mended on the way (page-break splits joined, punctuation and spacing normalised), for `huozi check`. */
  repairs: Repair[];
}

/** True when a turn in `nodes` is spoken by `name` (its label or the person it names). */
function hasSpeaker(nodes: RootContent[], name: string): boolean {
  let found = false;
  visit({ type: 'root', children: nodes } as Root, 'turn', (t) => {
    if (t.speaker === name || t.person === name) found = true;
  });
  return found;
}

/** Bytes of a transcript → its document AST and warnings. Throws `HuoziError` (exit 1, `inputError`) on empty, whitespace-only, binary or undecodable input, a PDF or Word file, nesting deeper than `MAX_NESTING`, or an unknown `encoding`. */
export function parse(bytes: Uint8Array, options: ParseOptions = {}): Parsed {
  const { file } = options;
  refuseForeignFormat(bytes, file);
  const decoded = timed('decode', () => decode(bytes, file, options.encoding));
  const cleaned = clean(decoded.text);
  checkNesting(cleaned.text, file);
  if (!/[^\s\u3000]/u.test(cleaned.text)) throw inputError(file, 'the file holds only whitespace, no text');
  const shape = shapeOf(file, cleaned.text);
  // A plain-text transcript may open with a YAML block, as Markdown does (corrections.ts).
  const leading = shape === 'plain' ? leadingYaml(cleaned.text) : undefined;
  const text = leading ? leading.rest : cleaned.text;
  const lang: LanguageTag = options.lang ?? detectLanguage(text);
  const warnings = [...cleaned.warnings, ...webResidue(text, options.dropWebResidue)];
  const markdownAt = shape === 'markdown' && !/\.(md|markdown)$/i.test(file ?? '') ? markdownLine(cleaned.text) : undefined;
  if (markdownAt !== undefined) {
    const line = cleaned.text.split('\n')[markdownAt - 1]!.trim().slice(0, 30);
    warnings.push({ code: 'markdown-shape', line: markdownAt, message: `line ${markdownAt} ("${line}") is Markdown, so the whole file is read as Markdown: #, **, - [ ], > and &lt; there are markup, not text; if the file is plain text, write that line's # or ** full-width (＃, ＊＊), which Markdown does not read` });
  }
  const other = options.encoding ? otherEncoding(bytes, decoded.encoding) : undefined;
  if (other) {
    warnings.unshift({ code: 'encoding-doubt', message: `read as ${decoded.encoding}, as --encoding says, but the bytes read as ${other} without it; if the text shows wrong characters, leave out --encoding` });
  }
  const sidecar = options.sidecar === false ? undefined : sidecarFor(file);
  const fixed = new Map(Object.entries(sidecar?.corrections.speakers ?? {}));
  const fromFront: StatedMetadata = {};
  const frontOrigins: Origins = {};
  // A plain text's front matter is read as Markdown's; the sidecar's roles win over its roles.
  if (leading) for (const [name, role] of readFrontMatter(leading.yaml, fromFront, frontOrigins, warnings)) if (!fixed.has(name)) fixed.set(name, role);
  const blocks = splitBlocks(text).map((b) => ({ ...b, text: normalisePunctuation(b.text, lang) }));
  const { children, stated, origins, warnings: found, repairs = [], infoLines = [] } =
    shape === 'subtitles'
      ? recogniseSubtitles(text, lang, fixed)
      : shape === 'markdown'
        ? recogniseMarkdown(text, lang, warnings, fixed)
        : recogniseReport(blocks, lang, fixed);
  warnings.push(...found);
  const residue = warnings.filter((w) => w.code === 'web-residue' && w.line !== undefined && infoLines.includes(w.line));
  for (const w of residue) warnings.splice(warnings.indexOf(w), 1);
  if (options.dropWebResidue) dropResidue(children);
  Object.assign(stated, fromFront);
  Object.assign(origins, frontOrigins);
  if (sidecar) applyCorrections(sidecar.corrections, stated, origins, `sidecar ${basename(sidecar.path)}`);
  // A title corrects a recognised headline; a Markdown heading is the author's own, whatever the front matter says.
  const corrected = sidecar?.corrections.title ?? (leading ? fromFront.title : undefined);
  if (corrected && shape === 'plain') retitle(children, corrected);
  for (const name of fixed.keys()) {
    if (!hasSpeaker(children, name)) warnings.push({ code: 'unknown-speaker', message: `speakers: "${name}" names no speaker of the transcript; check the spelling` });
  }
  const declared = declaredBy(stated, origins);
  const doc: Document = { type: 'root', children, data: { lang, stated, origins, ...(declared ? { declared } : {}) } };
  const normalised = splitBlocks(text).flatMap((b, k) => (b.text !== blocks[k]!.text ? [b.line] : []));
  if (shape === 'plain' && normalised.length > 0) {
    repairs.push({ line: normalised[0]!, message: `punctuation and spacing normalised on ${normalised.length} line(s): ${lineRanges(normalised)} (README, "Punctuation")` });
  }
  return { doc, warnings, encoding: decoded.encoding, shape, repairs };
}

/**
 * Leaves out the paragraphs that are web-page residue (never a field of a source block, never inside a turn: residue
 * stands apart) at every depth; their warnings say so (`webResidue`). Changes `children` in place.
 */
function dropResidue(children: RootContent[]): void {
  visit({ type: 'root', children } as Root, 'paragraph', (node, index, parent) => {
    if (parent === undefined || index === undefined || parent.type === 'turn' || node.data?.field || !isWebResidue(toString(node))) return;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
}

/** Ranges of the first `MAX_RANGES` runs of sorted line numbers: `[3, 4, 5, 9]` → `lines 3–5, 9`; more are counted (`… and 4 more`). */
function lineRanges(lines: number[]): string {
  const runs: Array<[number, number]> = [];
  for (const n of lines) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  const shown = runs.slice(0, MAX_RANGES).map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`));
  const more = runs.length - shown.length;
  return `line${lines.length > 1 ? 's' : ''} ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
const MAX_RANGES = 12;

/** Origins that the editor wrote on purpose (front matter, a sidecar): they beat the config file (README, "Metadata"). */

const declaring = (origin: string | undefined) => origin === 'front matter' || origin?.startsWith('sidecar') === true;

/** The part of `stated` that front matter or a sidecar declares, or undefined when none does. */
function declaredBy(stated: StatedMetadata, origins: Partial<Record<keyof StatedMetadata, string>> | undefined): StatedMetadata | undefined {
  const keys = (Object.keys(stated) as Array<keyof StatedMetadata>).filter((k) => declaring(origins?.[k]));
  return keys.length > 0 ? Object.fromEntries(keys.map((k) => [k, stated[k]])) : undefined;
}
