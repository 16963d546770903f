/**
 * Corrections without editing the transcript (README, "Correcting what was
 * recognised"): front matter (a YAML block at the top of a Markdown or a
 * plain-text transcript, read the same way) or a sidecar `<stem>.huozi.yaml`
 * beside the input, setting `title`, `date`, `author` and
 * `speakers: {name: role}`. They are document-level metadata: they win over
 * what the recogniser found in the text, and the sidecar wins over front
 * matter. A sidecar holds only these keys; its errors are one line naming
 * the file and the key.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import * as v from 'valibot';
import type { PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import type { SpeakerRole, StatedMetadata } from '../ast/types.js';
import { inputError } from '../errors.js';
import type { Warning } from '../warnings.js';
import { findDate, notADay, readStatedDate } from './dates.js';

export const ROLES: readonly SpeakerRole[] = ['question', 'answer', 'moderator', 'interpreter', 'other'];

export interface Corrections {
  title?: string;
  /** `YYYY-MM-DD`. */
  date?: string;
  author?: string;
  /** Speaker (a label as printed or the person it names) → role. */
  speakers?: Record<string, SpeakerRole>;
}

const text = v.pipe(v.union([v.string(), v.number()], 'must be text'), v.transform(String), v.trim(), v.nonEmpty('must not be empty'));
const entries = {
    title: v.optional(text),
    date: v.optional(
      v.pipe(
        v.union([v.string(), v.date()], 'must be a date, YYYY-MM-DD'),
        v.rawTransform(({ dataset, addIssue, NEVER }) => {
          const value = dataset.value;
          const date = value instanceof Date ? value.toISOString().slice(0, 10) : findDate(value, 'zh-Hans');
          if (date) return date;
          const problem = readStatedDate(value);
          addIssue({ message: problem && 'problem' in problem ? notADay(String(value), problem.problem) : 'must be a date, YYYY-MM-DD' });
          return NEVER;
        }),
      ),
    ),
    author: v.optional(text),
    speakers: v.optional(v.record(v.string(), v.picklist(ROLES, `must be one of ${ROLES.join(', ')}`), 'must be a mapping of speaker: role')),
};
const schema = v.strictObject(entries, 'must be a mapping with the keys title, date, author, speakers');

/**
 * Reads and validates corrections from YAML text.
 * @param where the file named in errors (`interview.huozi.yaml`).
 * @throws HuoziError `huozi: <where>: key "date": must be a date, YYYY-MM-DD` on bad YAML, unknown keys or bad values.
 */
export function readCorrections(yaml: string, where: string): Corrections {
  let data: unknown;
  try {
    data = parseYaml(yaml) ?? {};
  } catch (e) {
    throw inputError(where, `the YAML cannot be read: ${String((e as Error).message).split('\n')[0]}`);
  }
  if (typeof data !== 'object' || Array.isArray(data)) throw inputError(where, 'must be a mapping with the keys title, date, author, speakers');
  const result = v.safeParse(schema, data);
  if (result.success) {
    const { title, date, author, speakers } = result.output;
    return { ...(title ? { title } : {}), ...(date ? { date } : {}), ...(author ? { author } : {}), ...(speakers ? { speakers } : {}) };
  }
  const issue = result.issues[0];
  const key = issue.path?.map((p) => String(p.key)).join('.');
  if (issue.type === 'strict_object' && key) throw inputError(where, `unknown key "${key}" (known: title, date, author, speakers)`);
  throw inputError(where, key ? `key "${key}": ${issue.message}` : issue.message);
}

/**
 * Front matter (Markdown, or a YAML block atop a plain-text transcript): title,
 * author, source (or publisher), description and date into `stated` (a bad date or unreadable
 * YAML is a warning and gives nothing), and the roles of its `speakers:`.
 * @throws HuoziError when `speakers` is not a mapping of speaker: role.
 */
export function readFrontMatter(source: string, stated: StatedMetadata, origins: Origins, warnings: Warning[]): Map<string, SpeakerRole> {
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (e) {
    warnings.push({ code: 'front-matter', message: `the YAML front matter cannot be read, so it gives no metadata: ${String((e as Error).message).split('\n')[0]}` });
    return new Map();
  }
  if (!data || typeof data !== 'object') return new Map();
  const record = data as Record<string, unknown>;
  // `publisher:` is the key the config and the flags use for what the text calls its source; it wins over `source:`.
  for (const [key, field] of [['title', 'title'], ['author', 'author'], ['source', 'source'], ['publisher', 'source'], ['description', 'description']] as const) {
    const value = record[key];
    if (value !== undefined && value !== null && String(value).trim()) [stated[field], origins[field]] = [String(value).trim(), 'front matter'];
  }
  if (record.date !== undefined && record.date !== null) {
    const read = readStatedDate(record.date);
    if (read && 'date' in read) [stated.date, origins.date] = [read.date, 'front matter'];
    else {
      const why = read ? notADay(String(record.date), read.problem) : `"${String(record.date)}" is not a date (use YYYY-MM-DD)`;
      warnings.push({ code: 'front-matter', message: `front matter date ${why}; it is ignored` });
    }
  }
  if (record.speakers === undefined) return new Map();
  return new Map(Object.entries(readCorrections(JSON.stringify({ speakers: record.speakers }), 'front matter').speakers ?? {}));
}

/** `<dir>/<stem>.huozi.yaml` beside `file`. */
export const sidecarPath = (file: string) => join(dirname(file), `${basename(file, extname(file))}.huozi.yaml`);

/** The sidecar beside `file`, read and validated, when there is one. */
export function sidecarFor(file: string | undefined): { path: string; corrections: Corrections } | undefined {
  if (!file) return undefined;
  const path = sidecarPath(file);
  if (!existsSync(path)) return undefined;
  return { path, corrections: readCorrections(readFileSync(path, 'utf8'), path) };
}

const LEADING_YAML = /^---[ \t]*\n((?:[^\n]*\n)*?)---[ \t]*(?:\n|$)/;

/** A YAML block at the very top of a plain-text transcript: its text, and the transcript after it. */
export function leadingYaml(text: string): { yaml: string; rest: string; lines: number } | undefined {
  const m = LEADING_YAML.exec(text);
  if (!m) return undefined;
  // Blank lines keep the line numbers of the text after the block.
  const lines = m[0].split('\n').length - 1;
  return { yaml: m[1]!, rest: '\n'.repeat(lines) + text.slice(m[0].length), lines };
}

type Origins = Partial<Record<keyof StatedMetadata, string>>;

/** Sets the corrected title, date and author over the stated ones, recording `where` as their origin. */
export function applyCorrections(c: Corrections, stated: StatedMetadata, origins: Origins, where: string): void {
  for (const key of ['title', 'date', 'author'] as const) {
    const value = c[key];
    if (value) [stated[key], origins[key]] = [value, where];
  }
}

/** Front nodes an editor's title may name: it then becomes the headline. */
const TITLE_CANDIDATES = new Set(['masthead', 'kicker', 'deck', 'paragraph']);

/**
 * The headline after an editor corrected the title of a transcript whose headline was recognised (a sidecar's
 * `title:`, or front matter atop plain text): the line recognised as the headline stays, as a paragraph, so no text
 * is lost; the front line reading as the title (a kicker, a deck, a paragraph) becomes the headline, else a
 * headline of the title's words takes the recognised one's place. Unchanged when the headline reads as the title;
 * without one, as `titleLine`. Changes `children` in place.
 */
export function retitle(children: RootContent[], title: string): void {
  const at = children.findIndex((c) => c.type === 'headline');
  if (at < 0) return titleLine(children, title);
  if (toString(children[at]!) === title) return;
  const named = children.findIndex((c) => TITLE_CANDIDATES.has(c.type) && toString(c) === title);
  const words = (node: RootContent) => ('children' in node ? node.children : []) as PhrasingContent[];
  children[at] = { type: 'paragraph', children: words(children[at]!) };
  if (named >= 0) children[named] = { type: 'headline', children: words(children[named]!) };
  else children.splice(at, 0, { type: 'headline', children: [{ type: 'text', value: title }] });
}

/**
 * With no headline recognised, a title given for the document (a flag, the config, front matter, a sidecar) that
 * reads as one of the paragraphs at its top: that paragraph becomes the headline, so its words are printed once, not
 * as the editions' title and again under it. Else unchanged (the editions print the title). Changes `children` in place.
 */
function titleLine(children: RootContent[], title: string): void {
  if (children.some((c) => c.type === 'headline')) return;
  const top = children.findIndex((c) => !TITLE_CANDIDATES.has(c.type));
  const named = children.slice(0, top < 0 ? children.length : top).findIndex((c) => c.type === 'paragraph' && toString(c).trim() === title.trim());
  if (named >= 0) children[named] = { type: 'headline', children: (children[named] as { children: PhrasingContent[] }).children };
}
