/**
 * `check()`: what huozi recognised in a transcript, in the editor's terms —
 * the metadata with where each value came from, the outline (topics or
 * sections), every speaker with role and turn count, the repairs made and the
 * warnings — without building any edition (README, "Checking what was
 * recognised"). `formatCheck()` prints it as `huozi check` does.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { toString } from 'mdast-util-to-string';
import type { Nodes } from 'mdast';
import type { Document, Section, SpeakerRole, StatedMetadata, Topic } from './ast/types.js';
import { unreadable } from './build/inputs.js';
import { inputError } from './errors.js';
import { defaultedWarnings, type MetadataLayers, resolveMetadataWithSources, unsettled } from './metadata.js';
import { skippedImages } from './render/images.js';
import { parse, type ParseOptions } from './source/parse.js';
import type { Shape } from './source/shape.js';
import type { Repair } from './source/shapes/report.js';
import type { Warning } from './warnings.js';

export interface CheckedValue {
  value: string;
  /** Where the document states it (`line 3: 发表时间`, `front matter`, `sidecar x.huozi.yaml`). */
  from: string;
}

export interface OutlineEntry {
  kind: 'topic' | 'section';
  /** 1 for top-level sections and every topic. */
  depth: number;
  /** `7 谈中美关系`, `一、综合`. */
  heading: string;
  /** Turns inside it (nested sections included). */
  turns: number;
}

export interface CheckedSpeaker {
  /** The person, aliases resolved. */
  speaker: string;
  /** Every label the transcript prints for them (`局长邵明远`, `邵局长`). */
  labels: string[];
  role: SpeakerRole;
  turns: number;
}

export interface CheckReport {
  file: string;
  shape: Shape;
  encoding: string;
  lang: string;
  /** Each value the document states; absent keys are not stated (the build falls back on options and defaults). */
  metadata: Partial<Record<keyof StatedMetadata, CheckedValue>>;
  outline: OutlineEntry[];
  speakers: CheckedSpeaker[];
  repairs: Repair[];
  warnings: Warning[];
}

/**
 * Checks each input file. `options.metadata` holds the metadata the flags and the config file give (as `build`
 * resolves them), which settle `title-uncertain`/`date-uncertain` and `title-missing`/`date-missing` as a build would.
 * @throws HuoziError (one line, naming the file) when a file cannot be read or is not a transcript.
 */
export function check(inputs: string[], options: Pick<ParseOptions, 'encoding'> & { metadata?: MetadataLayers } = {}): CheckReport[] {
  const { metadata, ...parseOptions } = options;
  return inputs.map((file) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      throw inputError(file, unreadable((e as NodeJS.ErrnoException).code));
    }
    const parsed = parse(bytes, { file, ...parseOptions });
    const { meta, sources } = resolveMetadataWithSources(parsed.doc, metadata);
    const warnings = [...unsettled(parsed.warnings, sources), ...skippedImages(parsed.doc, dirname(resolve(file))), ...defaultedWarnings(meta, sources, parsed.doc)];
    return { file, shape: parsed.shape, encoding: parsed.encoding, lang: String(parsed.doc.data.lang), ...recognised(parsed.doc), repairs: parsed.repairs, warnings };
  });
}

function recognised(doc: Document): Pick<CheckReport, 'metadata' | 'outline' | 'speakers'> {
  const { stated, origins = {} } = doc.data;
  const metadata: CheckReport['metadata'] = {};
  for (const key of ['title', 'date', 'author', 'source', 'description'] as const) {
    const value = stated[key];
    if (value) metadata[key] = { value, from: origins[key] ?? 'the document' };
  }
  const outline: OutlineEntry[] = [];
  const speakers = new Map<string, CheckedSpeaker>();
  const walk = (nodes: readonly Nodes[] | Document['children'], depth: number) => {
    for (const node of nodes) {
      if (node.type === 'topic' || node.type === 'section') {
        outline.push({ kind: node.type, depth, heading: heading(node), turns: countTurns(node) });
        walk(node.children, node.type === 'section' ? depth + 1 : depth);
      } else if (node.type === 'turn') {
        const person = node.person ?? node.speaker;
        const entry = speakers.get(person) ?? { speaker: person, labels: [], role: node.role, turns: 0 };
        if (!entry.labels.includes(node.speaker)) entry.labels.push(node.speaker);
        entry.turns++;
        speakers.set(person, entry);
      }
    }
  };
  walk(doc.children, 1);
  return { metadata, outline, speakers: [...speakers.values()] };
}

const heading = (node: Topic | Section) => (node.type === 'topic' ? `${node.number} ${node.subject}` : toString({ type: 'paragraph', children: node.title }));

function countTurns(node: Topic | Section): number {
  return node.children.reduce((n, c) => n + (c.type === 'turn' ? 1 : c.type === 'section' ? countTurns(c) : 0), 0);
}

const SHAPES: Record<Shape, string> = { plain: 'plain text', markdown: 'Markdown', subtitles: 'subtitles' };
const KEYS: Record<Exclude<keyof StatedMetadata, 'calendar'>, string> = { title: 'title', date: 'date', author: 'author', source: 'publisher', description: 'deck' };

/** The report as `huozi check` prints it: one block per file, in the editor's terms. */
export function formatCheck(report: CheckReport): string {
  const lines = [`${report.file}: ${SHAPES[report.shape]}, ${report.encoding}, ${report.lang}`, 'metadata'];
  for (const key of ['title', 'date', 'author', 'source', 'description'] as const) {
    const m = report.metadata[key];
    if (m) lines.push(`  ${KEYS[key].padEnd(10)}${m.value}  (${m.from})`);
    else if (key !== 'description' && key !== 'source') lines.push(`  ${KEYS[key].padEnd(10)}not stated`);
  }
  lines.push('outline');
  if (report.outline.length === 0) lines.push('  no topics or sections');
  for (const o of report.outline) lines.push(`  ${'  '.repeat(o.depth - 1)}${o.kind} ${o.heading}  (${o.turns} turn${o.turns === 1 ? '' : 's'})`);
  lines.push('speakers');
  if (report.speakers.length === 0) lines.push('  no speaker turns');
  for (const s of report.speakers) {
    const also = s.labels.filter((l) => l !== s.speaker);
    lines.push(`  ${s.speaker}${also.length > 0 ? ` (as ${also.join(', ')})` : ''}: ${s.role}, ${s.turns} turn${s.turns === 1 ? '' : 's'}`);
  }
  lines.push('repairs');
  if (report.repairs.length === 0) lines.push('  none');
  for (const r of report.repairs) lines.push(`  ${r.message}`);
  lines.push('warnings');
  if (report.warnings.length === 0) lines.push('  none');
  for (const w of report.warnings) lines.push(`  ${w.line && !w.message.includes(`line ${w.line}`) ? `line ${w.line}: ` : ''}${w.message}`);
  return lines.join('\n');
}
