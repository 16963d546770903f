/**
 * The library API: `build(inputs, options)` reads each transcript, renders
 * the requested editions, and only then writes them as one set, so a failure,
 * Ctrl-C or a concurrent build leaves no half-written output. Limits, signals,
 * the build timeout and the set's writing live in `build/`.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import type { Document } from './ast/types.js';
import { type SharedBrowser, sharedBrowser } from './browser.js';
import { type Interrupts, watchInterrupts } from './build/interrupt.js';
import { editionText } from './build/edition-text.js';
import { compare, passagesOf, transformedWarning } from './build/fidelity.js';
import { checkInputSize, checkNesting } from './build/limits.js';
import { writeOutputSet } from './build/write-outputs.js';
import { type BuildOptions, type ResolvedOptions, resolveOptions } from './config/schema.js';
import { ExitCode, HuoziError, inputError, usageError } from './errors.js';
import { resolveMetadata } from './metadata.js';
import { exampleInput } from './paths.js';
import type { OutputFile, RenderContext } from './render/context.js';
import { type FormatName, renderers } from './render/registry.js';
import { createTemplates } from './render/templates.js';
import { decode } from './source/decode.js';
import { parse } from './source/parse.js';
import type { Warning } from './warnings.js';

export interface FileWarning extends Warning {
  file: string;
}

export interface BuildResult {
  /** Paths of the files written, absolute. */
  written: string[];
  warnings: FileWarning[];
  /** Milliseconds spent per format, summed over inputs. */
  timings: Record<string, number>;
}

export async function build(inputs: string[], options: BuildOptions = {}): Promise<BuildResult> {
  const opts = resolveOptions(options);
  const files = inputs.length > 0 ? inputs : [exampleInput];
  const stems = files.map((f) => basename(f, extname(f)));
  const dup = stems.find((s, i) => stems.indexOf(s) !== i);
  if (dup) throw usageError(`two inputs have the same name "${dup}": their outputs would overwrite each other`);

  const templates = createTemplates();
  const browser = sharedBrowser();
  const interrupts = watchInterrupts(() => browser.close());
  const warnings: FileWarning[] = [];
  const timings: Record<string, number> = {};
  const outputs: OutputFile[] = [];
  try {
    for (const [i, file] of files.entries()) {
      const display = inputs.length > 0 ? file : 'examples/press-conference.txt';
      checkInputSize(file, display);
      const bytes = readInput(file, display);
      checkNesting(decode(bytes, display, opts.encoding).text, display);
      const parsed = parse(bytes, { file: display, ...(opts.encoding ? { encoding: opts.encoding } : {}) });
      warnings.push(...parsed.warnings.map((w) => ({ ...w, file: display })));
      const context: RenderContext = {
        meta: resolveMetadata(parsed.doc, metadataOptions(opts)),
        templates,
        options: opts,
        stem: stems[i]!,
        inputDir: dirname(resolve(file)),
        browser: () => browser.get(),
        // Renderers meet the same problem (an image they cannot use, say) each in turn: tell it once.
        warn: (w) => {
          if (!warnings.some((x) => x.file === display && x.code === w.code && x.message === w.message)) warnings.push({ ...w, file: display });
        },
      };
      for (const format of opts.formats) {
        interrupts.check();
        const started = performance.now();
        const files = await renderOnce(format, parsed.doc, context, browser, interrupts, display);
        timings[format] = (timings[format] ?? 0) + performance.now() - started;
        interrupts.check();
        const checked = performance.now();
        await checkFidelity(format, parsed.doc, files, context, display);
        timings.fidelity = (timings.fidelity ?? 0) + performance.now() - checked;
        outputs.push(...files);
      }
    }
    interrupts.check();
    return { written: await writeOutputSet(resolve(opts.out), outputs, () => interrupts.check()), warnings, timings };
  } catch (e) {
    throw interrupts.error ?? e;
  } finally {
    await browser.close();
    interrupts.end();
  }
}

/** Every passage of the AST's text in the edition, else a one-line error (exit 4) naming where the first lost one breaks off. */
async function checkFidelity(format: FormatName, doc: Document, files: OutputFile[], context: RenderContext, display: string): Promise<void> {
  const result = compare(passagesOf(doc, { withoutAlt: format === 'pdf' }), await editionText(format, files));
  if (result.transformed) context.warn(transformedWarning(format, result.transformed));
  if (result.lost) throw new HuoziError(`the ${format} edition lost text: "${result.lost}" (the first passage not in it breaks off at |)`, ExitCode.internal, display);
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
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code})`;
    throw inputError(display, why);
  }
}

function metadataOptions(o: ResolvedOptions) {
  const { title, author, publisher, date, identifier, region, canonicalUrl } = o;
  return Object.fromEntries(Object.entries({ title, author, publisher, date, identifier, region, canonicalUrl }).filter(([, v]) => v !== undefined));
}
