/**
 * The library API: `build(inputs, options)` reads each transcript, renders
 * the requested editions, and only then writes them as one set, so a failure,
 * Ctrl-C or a concurrent build leaves no half-written output. Limits, signals,
 * the build timeout and the set's writing live in `build/`.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import pMap from 'p-map';
import type { Document } from './ast/types.js';
import { type SharedBrowser, sharedBrowser } from './browser.js';
import { type Interrupts, watchInterrupts } from './build/interrupt.js';
import { type EditionText, openEditionText } from './build/edition-text.js';
import { compare, passagesOf, transformedWarning } from './build/fidelity.js';
import { VERTICAL_QUOTES } from './typeset/vertical-quotes.js';
import { unreadable } from './build/inputs.js';
import { checkInputSize } from './build/limits.js';
import type { BuildHooks } from './build/progress.js';
import { checkWritable, writeOutputSet } from './build/write-outputs.js';
import { resolveBuild } from './config/resolve.js';
import type { BuildOptions, Format, OptionSource } from './config/schema.js';
import { ExitCode, HuoziError, inputError, usageError } from './errors.js';
import { startFontCutter } from './font-cut.js';
import { defaultedWarnings, forEveryInput, resolveMetadataWithSources, sharedTitle, unsettled } from './metadata.js';
import { exampleInput } from './paths.js';
import type { OutputFile, RenderContext } from './render/context.js';
import { markMissingGlyphs } from './render/missing-glyphs.js';
import { type FormatName, renderers } from './render/registry.js';
import { createTemplates } from './render/templates.js';
import { loadTheme } from './render/theme.js';
import { parse } from './source/parse.js';
import { retitle } from './source/corrections.js';
import type { Warning } from './warnings.js';
import { type StepTimings, withStepClock } from './step-timings.js';

export interface FileWarning extends Warning {
  /** The input the warning is about, as given. */
  file: string;
}

/** One input as huozi read it. */
export interface InputReport {
  /** The input as given (`examples/press-conference.txt` for the built-in example). */
  file: string;
  /** Size of the file in bytes. */
  bytes: number;
  /** The encoding it was read in, e.g. `utf-8`, `gb18030`. */
  encoding: string;
  /** Which recogniser read it: `plain` or `markdown`. */
  shape: string;
  /** BCP 47 tag of the document, e.g. `zh-Hans`. */
  lang: string;
  /** The title every edition carries. */
  title: string;
}

/** One file written. */
export interface WrittenFile {
  /** Absolute path. */
  path: string;
  /** The edition it belongs to; an HTML page's fonts and images belong to `html`. */
  format: Format;
  /** The input it was made from, as given. */
  input: string;
  /** Size in bytes. */
  bytes: number;
  /** Number of pages, for a PDF. */
  pages?: number;
}

/** Wall-clock milliseconds, summed over inputs and editions (both run at once, so the sums may exceed the build's own time). */
export interface BuildTimings {
  /** Reading, decoding and recognising the inputs (`read` + `parse`), rendering, the fidelity check of every edition, writing. */
  stages: { read: number; parse: number; render: number; fidelity: number; write: number };
  /** Rendering time of each format built. */
  formats: Partial<Record<Format, number>>;
  /** Time of each named step inside the stages that ran (step-timings.ts `BUILD_STEPS`). */
  steps: StepTimings;
}

export interface BuildResult {
  /** Paths of the files written, absolute. */
  written: string[];
  /** The same files with their format, input, size and page count. */
  files: WrittenFile[];
  inputs: InputReport[];
  warnings: FileWarning[];
  timings: BuildTimings;
  /** Absolute path of the config file used, if any. */
  configFile?: string;
}

/**
 * Inputs built at once, in one browser: while one input's Node work (parsing,
 * typesetting, cutting fonts, checking) runs, another's pages are laid out in
 * Chromium. Two, for the two cores huozi is measured on (README, "Use").
 */
const CONCURRENT_INPUTS = 2;

/**
 * Builds the editions of `inputs` (the built-in example when empty) into
 * `options.out`. Options come from `options`, over a `huozi.config.*` found
 * upward from the inputs (or `options.config`), over the schema's defaults.
 * Throws `HuoziError` (exit code in `.code`); writes nothing unless every edition rendered.
 * `source` only changes how a bad option is named (`--paper` for the CLI).
 * `options.onProgress` hears each step; `options.browser` is a browser the caller keeps (build/progress.ts).
 */
export async function build(inputs: string[], options: BuildOptions & BuildHooks = {}, source: OptionSource = 'api'): Promise<BuildResult> {
  const { onProgress: emit = () => {}, browser: keptBrowser, ...schemaOptions } = options;
  const { options: opts, metadata, configFile } = await resolveBuild(inputs, schemaOptions, source);
  const files = inputs.length > 0 ? inputs : [exampleInput];
  const stems = files.map((f) => basename(f, extname(f)));
  const dup = stems.find((s, i) => stems.indexOf(s) !== i);
  if (dup) throw usageError(`two inputs have the same name "${dup}": their outputs would overwrite each other`);

  checkWritable(resolve(opts.out));
  // A theme the config file set (no flag or option did) is the config file's to fix: the error names it.
  const templates = createTemplates(opts.theme ? loadTheme(opts.theme, schemaOptions.theme === undefined ? configFile : undefined) : undefined);
  // A caller's browser (watch keeps one warm between builds) is used and left open.
  const browser = keptBrowser ?? sharedBrowser();
  const interrupts = watchInterrupts(() => browser.close());
  const timings: BuildTimings = { stages: { read: 0, parse: 0, render: 0, fidelity: 0, write: 0 }, formats: {}, steps: {} };
  const lap = (started: number) => performance.now() - started;
  // The build's own browser closes once no edition may use it (each has rendered, or said it is done with it), not
  // after the checks and the writing: Chromium held 1.4 GB (a 1 MB transcript) while Node finished the PDF and read it
  // back, and the two peaks added up (README, "Prints").
  let rendersLeft = files.length * opts.formats.length;
  /** A render's release of the browser, told once however often it is called. */
  const browserRelease = () => {
    let told = false;
    return async () => {
      if (told) return;
      told = true;
      if (--rendersLeft === 0 && !keptBrowser) await browser.close();
    };
  };

  /** One input read, recognised, rendered to every format and checked: its report, warnings and outputs (nothing written). */
  const buildInput = async (file: string, i: number) => {
    const display = inputs.length > 0 ? file : 'examples/press-conference.txt';
    emit({ step: 'read', input: display, index: i, of: files.length });
    // Every edition cuts fonts once it has typeset: the cutter's thread starts while this input is parsed.
    startFontCutter();
    let started = performance.now();
    checkInputSize(file, display);
    const bytes = readInput(file, display);
    timings.stages.read += lap(started);
    started = performance.now();
    const parsed = parse(bytes, { file: display, ...(opts.encoding ? { encoding: opts.encoding } : {}), dropWebResidue: opts.dropWebResidue });
    const { meta, sources } = resolveMetadataWithSources(parsed.doc, metadata);
    // A flag's or the config's title is the headline, as front matter's and a sidecar's are (parse sees to those).
    if (forEveryInput(sources.title)) retitle(parsed.doc.children, meta.title);
    timings.stages.parse += lap(started);
    const report: InputReport = { file: display, bytes: bytes.byteLength, encoding: parsed.encoding, shape: parsed.shape, lang: meta.lang, title: meta.title };
    const shared = files.length > 1 && forEveryInput(sources.title) ? [sharedTitle(meta.title, sources.title, files.length)] : [];
    const warnings: FileWarning[] = [...unsettled(parsed.warnings, sources), ...defaultedWarnings(meta, sources, parsed.doc), ...shared].map((w) => ({ ...w, file: display }));
    const outputs: Array<OutputFile & { format: Format; input: string }> = [];
    const context: Omit<RenderContext, 'doneWithBrowser'> = {
      meta,
      templates,
      options: opts,
      stem: stems[i]!,
      inputDir: dirname(resolve(file)),
      browser: () => browser.get(),
      // Renderers meet the same problem (an image they cannot use, say) each in turn: tell it once.
      warn: (w) => {
        if (!warnings.some((x) => x.code === w.code && x.message === w.message)) warnings.push({ ...w, file: display });
      },
    };
    const doc = markMissingGlyphs(parsed.doc, context.warn);
    /** One edition rendered and checked; its warnings kept apart, so they are told in format order whatever finishes first. */
    const renderFormat = async (format: FormatName) => {
      const told: Warning[] = [];
      const release = browserRelease();
      // The edition's reader opens once the render is done with the browser: pdf.js's thread (73 MB) loads while
      // the PDF is finished, not beside Chromium's main print, where the build's memory peaks (README, "Prints").
      let reader: EditionText | undefined;
      const opened = () => (reader ??= openEditionText(format));
      const doneWithBrowser = async () => {
        opened();
        await release();
      };
      const own: RenderContext = { ...context, warn: (w) => told.push(w), doneWithBrowser };
      interrupts.check();
      emit({ step: 'render', input: display, format });
      const began = performance.now();
      try {
        const rendered = await renderOnce(format, doc, own, browser, interrupts, display);
        timings.formats[format] = (timings.formats[format] ?? 0) + lap(began);
        timings.stages.render += lap(began);
        await doneWithBrowser();
        interrupts.check();
        const checking = performance.now();
        // Against the document as rendered: characters no pinned font has are already 〓 there, told by missing-glyph.
        await checkFidelity(format, doc, await opened().read(rendered), own, display);
        timings.stages.fidelity += lap(checking);
        const pages = rendered.find((f) => f.pages !== undefined)?.pages;
        emit({ step: 'rendered', input: display, format, ms: lap(began), ...(pages === undefined ? {} : { pages }) });
        return { format, rendered, told };
      } finally {
        await reader?.close();
      }
    };
    // An input's editions render at once: while Chromium lays out the PDF's pages, Node typesets the HTML and the EPUB.
    // Every render is waited for (a failed one stops the build only once the others have cleaned up after themselves).
    const settled = await Promise.allSettled(opts.formats.map(renderFormat));
    const editions = settled.map((r) => {
      if (r.status === 'rejected') throw r.reason;
      return r.value;
    });
    for (const { format, rendered, told } of editions) {
      told.forEach(context.warn);
      outputs.push(...rendered.map((f) => ({ ...f, format, input: display })));
    }
    return { report, warnings, outputs };
  };

  try {
    // Results in input order, whatever order the inputs finish in.
    const built = await withStepClock(timings.steps, () => pMap(files, buildInput, { concurrency: CONCURRENT_INPUTS }));
    const reports = built.map((b) => b.report);
    const warnings = built.flatMap((b) => b.warnings);
    const outputs = built.flatMap((b) => b.outputs);
    interrupts.check();
    emit({ step: 'write', files: outputs.length });
    const started = performance.now();
    const written = await writeOutputSet(resolve(opts.out), outputs, () => interrupts.check());
    timings.stages.write = lap(started);
    const report = outputs.map((f, i): WrittenFile => ({
      path: written[i]!,
      format: f.format,
      input: f.input,
      bytes: typeof f.data === 'string' ? Buffer.byteLength(f.data) : f.data.byteLength,
      ...(f.pages === undefined ? {} : { pages: f.pages }),
    }));
    return { written, files: report, inputs: reports, warnings, timings, ...(configFile ? { configFile } : {}) };
  } catch (e) {
    throw interrupts.error ?? e;
  } finally {
    if (!keptBrowser) await browser.close();
    interrupts.end();
  }
}

/** Every passage of the AST's text in the edition's text, else a one-line error (exit 4) naming where the first lost one breaks off. */
async function checkFidelity(format: FormatName, doc: Document, text: string, context: RenderContext, display: string): Promise<void> {
  const passages = passagesOf(doc, { withoutAlt: format === 'pdf' });
  // The vertical edition's corner brackets are huozi's own typesetting, not a change worth a warning.
  const typeset = context.options.vertical ? passages.map((p) => Array.from(p, (c) => VERTICAL_QUOTES[c] ?? c).join('')) : passages;
  const result = compare(typeset, text);
  if (result.transformed) context.warn(transformedWarning(format, result.transformed));
  if (!result.lost) return;
  throw new HuoziError(`the ${format} edition lost text: "${result.lost}" (the first passage not in it breaks off at |)`, ExitCode.internal, display);
}

/**
 * Renders one edition; when Chromium crashes or hangs, once more with a fresh
 * browser, then gives up with exit code 4 and the reason.
 */
async function renderOnce(format: FormatName, doc: Document, context: RenderContext, browser: SharedBrowser, interrupts: Interrupts, display: string): Promise<OutputFile[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await renderers[format].render(doc, context);
    } catch (e) {
      interrupts.check();
      const why = browser.failure(e);
      if (!why) throw e;
      await browser.close();
      if (attempt === 2) throw new HuoziError(`${why}, again after a retry, while rendering the ${format} edition`, ExitCode.internal, display);
    }
  }
}

function readInput(file: string, display: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    throw inputError(display, unreadable((e as NodeJS.ErrnoException).code));
  }
}

