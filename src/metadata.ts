/**
 * The metadata model: what every edition states about the report. Each field
 * comes from the first of these layers that gives it (README, "Metadata"):
 * the CLI flags or API options, then what the document declares (front matter
 * or a `<stem>.huozi.yaml` sidecar), then the config file, then what huozi
 * recognised in the text, then a documented default. A date is never the
 * current time, so builds are reproducible.
 */
import { sectionTitle } from './ast/section-title.js';
import { createHash } from 'node:crypto';
import { toString } from 'mdast-util-to-string';
import type { Document, LanguageTag, StatedMetadata } from './ast/types.js';
import type { MetadataOptions } from './config/schema.js';
import type { Warning } from './warnings.js';

export type { MetadataOptions };

/** The option layers the metadata model reads, highest first. */
export interface MetadataLayers {
  /** CLI flags or `build()` options: override the document. */
  flags?: MetadataOptions;
  /** The config file: below what the document declares. */
  config?: MetadataOptions;
}

/** Where a metadata field came from, highest precedence first. */
export type MetadataSource = 'flag' | 'declared' | 'config' | 'text' | 'default';

/** A layer outside the document (a flag, the config file), which gives every input of a build the same value. */
export const forEveryInput = (source: MetadataSource): source is 'flag' | 'config' => source === 'flag' || source === 'config';

export interface Metadata {
  title: string;
  masthead?: string;
  kicker?: string;
  description: string;
  /** The byline, else the publisher standing in for it; absent when neither is known. */
  author?: string;
  /** Absent when neither the options nor the document name one: huozi is the tool, not the publisher. */
  publisher?: string;
  /** Publication date, `YYYY-MM-DD`; absent when no layer gives one: no edition prints an invented date. */
  date?: string;
  /** How the printed date is written when not in the Gregorian calendar: `minguo`, as the text recognised wrote it (`民國114年3月20日`). */
  calendar?: 'minguo';
  /** `dcterms:modified` and the PDF's file dates: the date at 00:00:00 UTC (2000-01-01 when undated: the files need one). */
  modified: string;
  /** BCP 47 tag of the whole document. */
  lang: LanguageTag;
  /** `urn:uuid:` derived from title + date (and the text, when untitled) unless configured. */
  identifier: string;
  canonicalUrl?: string;
}

/**
 * The files' own dates (`dcterms:modified`, the PDF's creation date) and the identifier's seed when neither the options,
 * the document nor SOURCE_DATE_EPOCH give a date; never printed.
 */
export const DEFAULT_DATE = '2000-01-01';
/** The title of a book no layer titles, in the document's script (`zh-Hant`: 無標題; English: Untitled). */
export const defaultTitle = (lang: string): string => (/^zh-Hant/i.test(lang) ? '無標題' : /^en\b/i.test(lang) ? 'Untitled' : '无标题');

/**
 * `warnings` without the guesses a stated value settled: `title-uncertain` once the title comes from a flag, the
 * config, front matter or a sidecar rather than the text, and `date-uncertain` likewise for the date.
 */
export function unsettled<W extends { code: string }>(warnings: W[], sources: Record<'title' | 'date', MetadataSource>): W[] {
  return warnings.filter((w) => !((w.code === 'title-uncertain' && sources.title !== 'text') || (w.code === 'date-uncertain' && sources.date !== 'text')));
}

/**
 * Warnings for values no layer gave: `title-missing` (every edition is titled 无标题, defaultTitle) and `date-missing` (no edition
 * prints a date, unless `SOURCE_DATE_EPOCH` dates the build), so that the editor gives them before press;
 * and `title-from-heading` when no layer gave a title and the first heading of `doc` stands in. `build` and `check` both give them.
 */
export function defaultedWarnings(meta: Metadata, sources: Record<'title' | 'date', MetadataSource>, doc: Document): Warning[] {
  const given = '(--{key}, {key}: in the config, front matter or a sidecar)';
  const warnings: Warning[] = [];
  if (sources.title === 'text' && doc.data.stated.title === undefined && !doc.children.some((c) => c.type === 'headline')) {
    warnings.push({ code: 'title-from-heading', message: `no headline was found; every edition is titled "${meta.title}", the text's first heading; if that names a part, not the whole, give the title ${given.replaceAll('{key}', 'title')}` });
  }
  if (sources.title === 'default') warnings.push({ code: 'title-missing', message: `no title was found in the text or given ${given.replaceAll('{key}', 'title')}; every edition is titled ${meta.title}` });
  if (meta.date === undefined) warnings.push({ code: 'date-missing', message: `no date was found in the text or given ${given.replaceAll('{key}', 'date')}; no edition prints a date` });
  return warnings;
}

export function resolveMetadata(doc: Document, layers: MetadataLayers = {}, env = process.env): Metadata {
  return resolveMetadataWithSources(doc, layers, env).meta;
}

/**
 * The warning `title-shared` for a title a flag or the config gives each of `inputs` (more than one) inputs alike.
 */
export function sharedTitle(title: string, source: 'flag' | 'config', inputs: number): Warning {
  const where = source === 'flag' ? '--title' : 'the config\'s title:';
  return { code: 'title-shared', message: `${where} titles all ${inputs} inputs "${title}"; give each its own title in its front matter or a <name>.huozi.yaml beside it` };
}

/**
 * The metadata and, for each field an option can set, the layer it came from
 * (what `huozi check` shows the editor).
 */
export function resolveMetadataWithSources(
  doc: Document,
  { flags = {}, config = {} }: MetadataLayers = {},
  env = process.env,
): { meta: Metadata; sources: Record<'title' | 'date' | 'author' | 'publisher' | 'identifier', MetadataSource> } {
  const stated = doc.data.stated;
  const origins = doc.data.origins ?? {};
  // Front matter and a sidecar are the editor's own statements (origins `front matter`, `sidecar …`); the rest was recognised.
  const isDeclared = (key: keyof StatedMetadata) => /^(front matter|sidecar)/.test(origins[key] ?? '');
  const declared = (key: keyof StatedMetadata) => (isDeclared(key) ? stated[key] : undefined);
  const recognised = (key: keyof StatedMetadata) => (isDeclared(key) ? undefined : stated[key]);
  /** The first layer that gives a value; `text` and `fallback` are the document's own. */
  const pick = <Last extends string | undefined>(option: keyof MetadataOptions, key: keyof StatedMetadata | undefined, fallback: () => string | undefined, last: Last) => {
    const layers: Array<[MetadataSource, string | undefined]> = [
      ['flag', flags[option]],
      ['declared', key && declared(key)],
      ['config', config[option]],
      ['text', (key && recognised(key)) ?? fallback()],
    ];
    const hit = layers.find(([, value]) => value !== undefined);
    return hit ? { value: hit[1]! as string | Last, source: hit[0] } : { value: last as string | Last, source: 'default' as const };
  };
  const first = (type: string) => {
    const node = doc.children.find((c) => c.type === type);
    return node ? toString(node) : undefined;
  };
  const none = () => undefined;
  const title = pick('title', 'title', () => firstHeadingText(doc), defaultTitle(doc.data.lang));
  const date = pick('date', 'date', none, dateFromEpoch(env.SOURCE_DATE_EPOCH));
  const publisher = pick('publisher', 'source', none, undefined);
  const author = pick('author', 'author', none, publisher.value);
  // Untitled, a book is known by its words: every untitled book would otherwise share one identifier. Titled by a flag or
  // the config, which may title several inputs alike, it is known by its own title too.
  const own = title.source === 'default' ? toString(doc) : forEveryInput(title.source) ? (recognised('title') ?? firstHeadingText(doc) ?? toString(doc)) : undefined;
  const identifier = pick('identifier', undefined, none, uuidFrom(`${title.value}\n${date.value ?? DEFAULT_DATE}${own !== undefined ? `\n${own}` : ''}`));
  const region = flags.region ?? config.region;
  const canonicalUrl = flags.canonicalUrl ?? config.canonicalUrl;
  const meta: Metadata = {
    title: title.value,
    description: stated.description ?? first('deck') ?? first('lede')?.slice(0, 120) ?? title.value,
    modified: `${date.value ?? DEFAULT_DATE}T00:00:00Z`,
    lang: region ? `${doc.data.lang}-${region}` : doc.data.lang,
    identifier: identifier.value,
  };
  const masthead = first('masthead');
  const kicker = first('kicker');
  if (date.value) meta.date = date.value;
  if (date.source === 'text' && stated.calendar) meta.calendar = stated.calendar;
  if (author.value) meta.author = author.value;
  if (publisher.value) meta.publisher = publisher.value;
  if (masthead) meta.masthead = masthead;
  if (kicker) meta.kicker = kicker;
  if (canonicalUrl) meta.canonicalUrl = canonicalUrl;
  return {
    meta,
    sources: { title: title.source, date: date.source, author: author.source, publisher: publisher.source, identifier: identifier.source },
  };
}

function firstHeadingText(doc: Document): string | undefined {
  const node = doc.children.find((c) => c.type === 'headline' || c.type === 'heading' || c.type === 'section');
  if (!node) return undefined;
  return node.type === 'section' ? sectionTitle(node) : toString(node);
}

function dateFromEpoch(value: string | undefined): string | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  return new Date(Number(value) * 1000).toISOString().slice(0, 10);
}

/** A name-based UUID (version 5 layout over SHA-1), so the same title and date give the same book. */
function uuidFrom(text: string): string {
  const h = createHash('sha1').update(text).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
