/**
 * The one schema behind the library API, the CLI and the config file: every
 * option, its default, its meaning and its CLI flag. `build()`, `huozi build`
 * and `huozi.config.*` all end in `resolveOptions()`; the CLI's flags, their
 * help and the README's options table are generated from it
 * (src/cli/options.ts, src/cli/reference.ts).
 *
 * Each entry may carry `v.metadata({ flag })`: the CLI spelling of its value
 * (`<dir>`), a short alias, or `negate` for a boolean whose flag turns it off.
 * Messages are written without the key; `resolveOptions()` names the key the
 * way the user wrote it (`--paper` on the command line, `paper` in a file).
 */
import * as v from 'valibot';
import { ExitCode, HuoziError } from '../errors.js';
import { notADay, readStatedDate } from '../source/dates.js';
import { supportedEncodings } from '../source/decode.js';

export const FORMATS = ['pdf', 'epub', 'html'] as const;
export type Format = (typeof FORMATS)[number];
export const MARKS = ['crop', 'cross'] as const;
/** Numerals of the PDF's folios and contents page numbers (page-css.ts). */
export const FOLIO_NUMERALS = ['arabic', 'cjk'] as const;
export type FolioNumerals = (typeof FOLIO_NUMERALS)[number];

/** Named trim sizes in mm, width × height: ISO A4/A5/B5 and the Chinese 16开 and 32开. */
export const PAPER_SIZES = { a4: [210, 297], a5: [148, 210], b5: [176, 250], '16k': [185, 260], '32k': [130, 184] } as const;
export const PAPERS = Object.keys(PAPER_SIZES) as Array<keyof typeof PAPER_SIZES>;
/**
 * A `WxH` trim size must lie within these bounds, in mm, on each side. The least holds ten lines (or, set
 * vertically, ten columns) of body type at its 18 pt pitch inside the least margins (paper.ts: 10 × 18 pt / 0.78
 * = 81.4 mm across, / 0.81 = 78.4 mm down), rounded up to whole mm; smaller pages broke the print of the example
 * (148×60: the cover's text was cut off; 50×200: the contents print had a page fewer than the body's contents).
 */
export const PAPER_MM = { min: 82, max: 1000 } as const;

/** A trim size as the renderer uses it. */
export interface PaperSize {
  /** `a5`, or `140x203` for a custom size. */
  name: string;
  /** Finished (trim) width in mm. */
  width: number;
  /** Finished (trim) height in mm. */
  height: number;
}

/** How a key appears on the command line; read by src/cli/options.ts. */
export interface FlagSpec {
  /** Placeholder of the value, e.g. `dir`; absent for a boolean. */
  value?: string;
  /** One-letter alias, e.g. `o`. */
  short?: string;
  /** A boolean on by default: the flag is `--no-<key>`. */
  negate?: boolean;
  /** What the default is called in help and README, when its value says too little. */
  shownDefault?: string;
}

const flag = <T>(spec: FlagSpec) => v.metadata<T, { flag: FlagSpec }>({ flag: spec });
const orList = (names: readonly string[]) => `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;

/** A list: comma-separated (CLI, config) or an array (config, API). */
const list = <T extends string>(names: readonly T[], what: string) =>
  v.pipe(
    v.union([v.string(), v.array(v.string())], `must be a list of ${what}s such as ${names.join(',')}`),
    // A name given twice (`html,HTML`) is one: each edition is built and written once.
    v.transform((x) => [...new Set((Array.isArray(x) ? x : x.split(',')).map((s) => s.trim().toLowerCase()).filter(Boolean))]),
    v.array(v.picklist(names, (issue) => `unknown ${what} "${String(issue.input)}" (use ${orList(names)})`)),
  );

/** Text; YAML reads `title: 2026` or `author: yes` as a number or a boolean, so the message says to quote it. */
const text = (what: string) =>
  v.pipe(
    v.string((issue) => (typeof issue.input === 'number' || typeof issue.input === 'boolean' ? `must be ${what}: write it in quotes ("${String(issue.input)}"), as YAML reads ${String(issue.input)} as a ${typeof issue.input}` : `must be ${what}`)),
    v.trim(),
    v.nonEmpty(`must not be empty`),
  );

/** `a5` or `140x203` → its size in mm; anything else is refused with the choices. */
export function paperSize(name: string): PaperSize | undefined {
  const key = name.trim().toLowerCase();
  const known = (PAPER_SIZES as Record<string, readonly [number, number]>)[key];
  if (known) return { name: key, width: known[0], height: known[1] };
  const m = /^(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)$/.exec(key);
  if (!m) return undefined;
  const [width, height] = [Number(m[1]), Number(m[2])];
  const fits = (mm: number) => mm >= PAPER_MM.min && mm <= PAPER_MM.max;
  return fits(width) && fits(height) ? { name: `${width}x${height}`, width, height } : undefined;
}

const Paper = v.pipe(
  v.string('must be a paper size'),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const size = paperSize(dataset.value);
    if (size) return size;
    addIssue({
      message: `"${dataset.value}" is not a paper size (use ${PAPERS.join(', ')} or WIDTHxHEIGHT in mm, each side ${PAPER_MM.min}–${PAPER_MM.max}, e.g. 140x203)`,
    });
    return NEVER;
  }),
);

const Bleed = v.pipe(
  v.union([v.number(), v.string()], 'must be a length in mm, e.g. 3mm'),
  v.transform((x) => String(x).trim()),
  v.regex(/^\d+(\.\d+)?(mm)?$/, (issue) => `"${String(issue.input)}" is not a length in mm (write e.g. 3mm)`),
  v.transform(parseFloat),
  v.maxValue(10, (issue) => `${String(issue.input)}mm is more than the 10mm a printer asks for`),
);

/**
 * Whether `text` is an absolute web address, as a page's canonical link and `og:url` need one: `http://` or
 * `https://` then a host, parsed by the WHATWG URL parser (`URL.canParse`), with no whitespace or control character
 * (which the parser would drop while the page kept them). `javascript:`, `data:`, `file:`, a relative or
 * scheme-relative address (`//example.com`, `example.com`) are not. The rule: RFC 6596 (the canonical link's
 * target is an absolute IRI) and the Open Graph protocol (`og:url`, an absolute http(s) URL), with the schemes a
 * browser opens as a page and runs nothing from.
 */
export function isWebUrl(text: string): boolean {
  return /^https?:\/\/[^/?#\\]/i.test(text) && !/[\s\p{Cc}]/u.test(text) && URL.canParse(text);
}

/** How a metadata option ranks (README, "Metadata"): a flag wins over the document, a config key only over what huozi recognises. */
const OVERRIDES = '; a flag overrides the document, a config key only what huozi recognises in it (front matter and sidecars win).';

/**
 * The metadata options, declared once: the CLI flags, the config keys, the
 * API's `MetadataOptions` and the metadata model's layers all come from here.
 */
export const MetadataOptions = v.object({
  title: v.pipe(v.optional(text('a title')), v.description(`Title of the book${OVERRIDES}`), flag({ value: 'text', shownDefault: 'the headline' })),
  author: v.pipe(v.optional(text('a name')), v.description(`Author${OVERRIDES}`), flag({ value: 'text', shownDefault: 'the publisher, else none' })),
  publisher: v.pipe(v.optional(text('a name')), v.description(`Publisher${OVERRIDES}`), flag({ value: 'text', shownDefault: 'none' })),
  date: v.pipe(
    v.optional(
      v.pipe(
        v.string('must be a date, YYYY-MM-DD'),
        v.trim(),
        // Written as front matter may write it (`2026/3/8`, `2026年3月8日`), and a day the calendar has (not 2026-02-30).
        v.rawTransform(({ dataset, addIssue, NEVER }) => {
          const read = readStatedDate(dataset.value);
          if (read && 'date' in read) return read.date;
          addIssue({ message: read ? notADay(dataset.value, read.problem) : `"${dataset.value}" is not a date (write YYYY-MM-DD, e.g. 2026-03-08)` });
          return NEVER;
        }),
      ),
    ),
    v.description(`Publication date${OVERRIDES}`),
    flag({ value: 'YYYY-MM-DD', shownDefault: 'the dateline, else SOURCE_DATE_EPOCH, else none (no edition prints a date)' }),
  ),
  identifier: v.pipe(v.optional(text('an identifier')), v.description('Book identifier.'), flag({ value: 'id', shownDefault: 'a UUID derived from title and date (untitled: and the text)' })),
  region: v.pipe(
    v.optional(v.pipe(v.string('must be a region, e.g. TW'), v.trim(), v.regex(/^[A-Za-z]{2}$/, (issue) => `"${String(issue.input)}" is not a region (write two letters, e.g. TW)`), v.toUpperCase())),
    v.description('Region added to the language tag, e.g. TW → zh-Hant-TW.'),
    flag({ value: 'XX' }),
  ),
  canonicalUrl: v.pipe(
    v.optional(
      v.pipe(
        v.string('must be a URL'),
        v.trim(),
        v.check(isWebUrl, (issue) => `"${String(issue.input)}" is not an absolute http: or https: URL, the only kind allowed (write it in full, e.g. https://example.com/report)`),
      ),
    ),
    v.description('Canonical URL of the HTML page: an absolute http: or https: URL.'),
    flag({ value: 'url' }),
  ),
});
export type MetadataOptions = v.InferOutput<typeof MetadataOptions>;
export type MetadataKey = keyof MetadataOptions;
export const METADATA_KEYS = Object.keys(MetadataOptions.entries) as MetadataKey[];

/** Every option a config file may set. */
export const ConfigOptions = v.object({
  out: v.pipe(v.optional(text('a folder'), 'output'), v.description('Output folder; in a config file, relative to the file.'), flag({ value: 'dir', short: 'o' })),
  formats: v.pipe(
    v.optional(list(FORMATS, 'format'), FORMATS.join(',')),
    v.minLength(1, 'give at least one format'),
    v.description(`Editions to build: ${FORMATS.join(', ')}.`),
    flag({ value: 'list', short: 'f' }),
  ),
  encoding: v.pipe(
    v.optional(text('an encoding')),
    v.description(`Encoding of the input: ${orList(supportedEncodings)}.`),
    flag({ value: 'label', shownDefault: 'detected' }),
  ),
  dropWebResidue: v.pipe(
    v.optional(v.boolean('must be true or false'), false),
    v.description('Leave out the lines a copy from a web page drags along (a breadcrumb, 字号 大 中 小, a WeChat footer…), each still warned; off: kept as text.'),
    flag({}),
  ),
  paper: v.pipe(v.optional(Paper, 'a5'), v.description(`PDF trim size in mm: ${Object.entries(PAPER_SIZES).map(([n, [w, h]]) => `${n} (${w}×${h})`).join(', ')}, or WxH.`), flag({ value: 'size' })),
  topicPageBreak: v.pipe(v.optional(v.boolean('must be true or false'), false), v.description('Start each topic, and each top-level part (一、…), on a new PDF page.'), flag({})),
  press: v.pipe(
    v.optional(v.boolean('must be true or false'), false),
    v.description('PDF in CMYK for the press (Ghostscript): black text 100 % K overprinting, an OutputIntent; off: RGB (see "Press").'),
    flag({}),
  ),
  vertical: v.pipe(
    v.optional(v.boolean('must be true or false'), false),
    v.description('The vertical edition (竖排) of every format: columns right to left, pages turning leftward (see "Vertical edition").'),
    flag({}),
  ),
  folioNumerals: v.pipe(
    v.optional(v.picklist(FOLIO_NUMERALS, (issue) => `"${String(issue.input)}" is not a numeral style (write ${orList(FOLIO_NUMERALS)})`), 'arabic'),
    v.description('Numerals of the PDF\'s folios and contents page numbers: arabic (1, 12) or cjk, Chinese informal numerals (一, 十二, 一百零五: CSS simp-/trad-chinese-informal).'),
    flag({ value: 'style' }),
  ),
  bleed: v.pipe(v.optional(Bleed, '0'), v.description('PDF bleed on each side in mm, e.g. 3mm (at most 10mm).'), flag({ value: 'mm' })),
  marks: v.pipe(v.optional(list(MARKS, 'mark'), ''), v.description(`Printer's marks outside the bleed: ${MARKS.join(', ')}.`), flag({ value: 'list', shownDefault: 'none' })),
  epubFonts: v.pipe(
    v.optional(v.boolean('must be true or false'), true),
    v.description('Embed subset fonts (and their licences) in the EPUB; off: reading systems use their own.'),
    flag({ negate: true }),
  ),
  theme: v.pipe(
    v.optional(text('a folder')),
    v.description('Theme folder: its templates/ and styles/ files replace the built-in ones, file by file (see "Themes"); in a config file, relative to the file.'),
    flag({ value: 'dir', shownDefault: 'none' }),
  ),
  ...MetadataOptions.entries,
});

/** The options of `build()`: what a config file may set, plus which config file to use. */
export const BuildOptions = v.object({
  ...ConfigOptions.entries,
  config: v.pipe(
    v.optional(v.union([text('a file'), v.literal(false)], 'must be a file name (or false in the API)')),
    v.description('Config file to use instead of searching upward from the input (API: false for none).'),
    flag({ value: 'file', shownDefault: 'huozi.config.* found upward' }),
  ),
});

export type BuildOptions = v.InferInput<typeof BuildOptions>;
export type ResolvedOptions = v.InferOutput<typeof BuildOptions>;
export type OptionKey = keyof typeof BuildOptions.entries;

/** Where options came from, so a problem names the key as the user wrote it. */
export type OptionSource = 'api' | 'cli' | { file: string };

/** `topicPageBreak` → `--topic-page-break`; a negated boolean → `--no-epub-fonts`. */
export function flagName(key: string): string {
  const kebab = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const spec = flagSpec(key);
  return `--${spec?.negate ? 'no-' : ''}${kebab}`;
}

/** The CLI spelling of a key, if it has one. */
export function flagSpec(key: string): FlagSpec | undefined {
  const entry = (BuildOptions.entries as Record<string, v.GenericSchema>)[key];
  return entry ? (v.getMetadata(entry as never) as { flag?: FlagSpec }).flag : undefined;
}

/**
 * Validates options and fills the defaults. `strict` refuses keys the schema
 * does not know (a config file); the API ignores them as TypeScript would flag them.
 * Throws a usage error (exit 2) naming the key as `source` spells it.
 */
export function resolveOptions(input: unknown, source: OptionSource = 'api', strict = false): ResolvedOptions {
  if (strict && input && typeof input === 'object') {
    const known = Object.keys(ConfigOptions.entries);
    const unknown = Object.keys(input).find((k) => !known.includes(k));
    if (unknown) throw optionError(source, undefined, `"${unknown}" is not a setting huozi knows (the settings are ${known.join(', ')})`);
  }
  const result = v.safeParse(BuildOptions, input ?? {});
  if (result.success) return result.output;
  const issue = result.issues[0];
  const key = issue.path?.[0]?.key;
  // `title:` with nothing after it (a line of the `huozi init` template uncommented as it stands) is YAML's null.
  const message = issue.input === null && issue.path?.length === 1 ? 'has no value: give it one, or leave the key out' : issue.message;
  throw optionError(source, typeof key === 'string' ? key : undefined, message);
}

function optionError(source: OptionSource, key: string | undefined, message: string): HuoziError {
  const label = key === undefined ? '' : `${source === 'cli' ? flagName(key) : key}: `;
  return new HuoziError(`${label}${message}`, ExitCode.usage, typeof source === 'object' ? source.file : undefined);
}
