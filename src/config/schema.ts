/**
 * The one schema behind both the library API and the CLI: every option, its
 * default and its meaning. `build()` and `huozi build` both end in
 * `resolveOptions()`.
 */
import * as v from 'valibot';
import { usageError } from '../errors.js';

export const FORMATS = ['pdf', 'epub', 'html'] as const;
export const PAPERS = ['a4', 'a5', 'b5', '16k', '32k'] as const;
export const MARKS = ['crop', 'cross'] as const;

const Paper = v.pipe(
  v.string(),
  v.check((s) => (PAPERS as readonly string[]).includes(s.toLowerCase()) || /^\d+(\.\d+)?x\d+(\.\d+)?$/i.test(s), 'paper must be a4, a5, b5, 16k, 32k or WxH in mm (e.g. 140x203)'),
  v.description('Trim size of the PDF (default: a5).'),
);

export const BuildOptions = v.object({
  out: v.pipe(v.optional(v.string(), 'output'), v.description('Output folder (default: output).')),
  formats: v.pipe(
    v.optional(v.array(v.picklist(FORMATS, `format must be one of ${FORMATS.join(', ')}`)), [...FORMATS]),
    v.minLength(1, 'give at least one format'),
    v.description('Editions to build (default: pdf, epub, html).'),
  ),
  encoding: v.pipe(v.optional(v.string()), v.description('Encoding of the input; detected when absent.')),
  region: v.pipe(
    v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'region must be two capital letters, e.g. TW'))),
    v.description('Region added to the language tag, e.g. TW → zh-Hant-TW (default: none).'),
  ),
  title: v.pipe(v.optional(v.string()), v.description('Title when the document states none.')),
  author: v.pipe(v.optional(v.string()), v.description('Author when the document states none (default: the publisher).')),
  publisher: v.pipe(v.optional(v.string()), v.description('Publisher when the document states none (default: huozi).')),
  date: v.pipe(
    v.optional(v.pipe(v.string(), v.isoDate('date must be YYYY-MM-DD'))),
    v.description('Publication date when the document states none (then SOURCE_DATE_EPOCH, then 2000-01-01).'),
  ),
  identifier: v.pipe(v.optional(v.string()), v.description('Book identifier (default: a UUID derived from title and date).')),
  canonicalUrl: v.pipe(v.optional(v.pipe(v.string(), v.url('canonical URL must be a URL'))), v.description('Canonical URL of the HTML page.')),
  paper: v.pipe(v.optional(Paper, 'a5')),
  topicPageBreak: v.pipe(v.optional(v.boolean(), false), v.description('Start each topic on a new PDF page (default: false).')),
  press: v.pipe(v.optional(v.boolean(), false), v.description('PDF in CMYK for the press: black text 100 % K overprinting, an OutputIntent (default: false, RGB).')),
  bleed: v.pipe(
    v.optional(v.pipe(v.string(), v.regex(/^\d+(\.\d+)?(mm)?$/, 'bleed must be a length in mm, e.g. 3mm'), v.transform(parseFloat)), '0'),
    v.check((mm) => mm <= 10, 'bleed must be at most 10mm'),
    v.description('PDF bleed on each side in mm (default: 0).'),
  ),
  epubFonts: v.pipe(v.optional(v.boolean(), true), v.description('Embed subset fonts (and their licences) in the EPUB (default: true).')),
  marks: v.pipe(
    v.optional(v.array(v.picklist(MARKS, `marks must be ${MARKS.join(', ')}`)), []),
    v.description('Printer\'s marks outside the bleed: crop, cross (default: none).'),
  ),
});

export type BuildOptions = v.InferInput<typeof BuildOptions>;
export type ResolvedOptions = v.InferOutput<typeof BuildOptions>;

/** Validates options; a problem is a usage error naming the option. */
export function resolveOptions(input: unknown): ResolvedOptions {
  const result = v.safeParse(BuildOptions, input ?? {});
  if (result.success) return result.output;
  const issue = result.issues[0];
  const key = issue.path?.map((p) => String(p.key)).join('.') ?? 'options';
  throw usageError(`${key}: ${issue.message}`);
}
