/**
 * The metadata model: what every edition states about the report. Each field
 * is taken from the document where it says so, otherwise from the options,
 * otherwise from a documented default. A date is never the current time, so
 * builds are reproducible.
 */
import { sectionTitle } from './ast/section-title.js';
import { createHash } from 'node:crypto';
import { toString } from 'mdast-util-to-string';
import type { Document, LanguageTag } from './ast/types.js';

export interface MetadataOptions {
  title?: string;
  author?: string;
  publisher?: string;
  /** `YYYY-MM-DD`. */
  date?: string;
  identifier?: string;
  /** Region for the language tag, e.g. `TW` → `zh-Hant-TW`. */
  region?: string;
  canonicalUrl?: string;
}

export interface Metadata {
  title: string;
  masthead?: string;
  kicker?: string;
  description: string;
  author: string;
  publisher: string;
  /** Publication date, `YYYY-MM-DD`. */
  date: string;
  /** `dcterms:modified` and PDF dates: the date at 00:00:00 UTC. */
  modified: string;
  /** BCP 47 tag of the whole document. */
  lang: LanguageTag;
  /** `urn:uuid:` derived from title + date unless configured. */
  identifier: string;
  canonicalUrl?: string;
}

/** Used when neither the document, the options nor SOURCE_DATE_EPOCH give a date. */
export const DEFAULT_DATE = '2000-01-01';
export const DEFAULT_TITLE = '无标题';
export const DEFAULT_PUBLISHER = 'huozi';

export function resolveMetadata(doc: Document, options: MetadataOptions = {}, env = process.env): Metadata {
  const stated = doc.data.stated;
  const first = (type: string) => {
    const node = doc.children.find((c) => c.type === type);
    return node ? toString(node) : undefined;
  };
  const title = stated.title ?? options.title ?? firstHeadingText(doc) ?? DEFAULT_TITLE;
  const date = stated.date ?? options.date ?? dateFromEpoch(env.SOURCE_DATE_EPOCH) ?? DEFAULT_DATE;
  const lang = options.region ? `${doc.data.lang}-${options.region}` : doc.data.lang;
  const publisher = stated.source ?? options.publisher ?? DEFAULT_PUBLISHER;
  const meta: Metadata = {
    title,
    description: stated.description ?? first('deck') ?? first('lede')?.slice(0, 120) ?? title,
    author: stated.author ?? options.author ?? publisher,
    publisher,
    date,
    modified: `${date}T00:00:00Z`,
    lang,
    identifier: options.identifier ?? uuidFrom(`${title}\n${date}`),
  };
  const masthead = first('masthead');
  const kicker = first('kicker');
  if (masthead) meta.masthead = masthead;
  if (kicker) meta.kicker = kicker;
  if (options.canonicalUrl) meta.canonicalUrl = options.canonicalUrl;
  return meta;
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
