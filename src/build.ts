/**
 * The library API: `build(inputs, options)` reads each transcript, renders
 * the requested editions, and only then writes them, so a failure leaves no
 * half-written output.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { sharedBrowser } from './browser.js';
import { type BuildOptions, type ResolvedOptions, resolveOptions } from './config/schema.js';
import { ExitCode, HuoziError, inputError, usageError } from './errors.js';
import { resolveMetadata } from './metadata.js';
import { exampleInput } from './paths.js';
import type { OutputFile, RenderContext } from './render/context.js';
import { markMissingGlyphs } from './render/missing-glyphs.js';
import { renderers } from './render/registry.js';
import { createTemplates } from './render/templates.js';
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
  const warnings: FileWarning[] = [];
  const timings: Record<string, number> = {};
  const outputs: OutputFile[] = [];
  try {
    for (const [i, file] of files.entries()) {
      const display = inputs.length > 0 ? file : 'examples/press-conference.txt';
      const parsed = parse(readInput(file, display), { file: display, ...(opts.encoding ? { encoding: opts.encoding } : {}) });
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
      const doc = markMissingGlyphs(parsed.doc, context.warn);
      for (const format of opts.formats) {
        const started = performance.now();
        outputs.push(...(await renderers[format].render(doc, context)));
        timings[format] = (timings[format] ?? 0) + performance.now() - started;
      }
    }
  } finally {
    await browser.close();
  }
  return { written: writeOutputs(resolve(opts.out), outputs), warnings, timings };
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

/** Each file is written beside its final name and renamed, so readers never see half a file. */
function writeOutputs(out: string, files: OutputFile[]): string[] {
  try {
    return files.map((f) => {
      const target = join(out, f.path);
      mkdirSync(dirname(target), { recursive: true });
      const partial = `${target}.partial`;
      writeFileSync(partial, f.data);
      renameSync(partial, target);
      return target;
    });
  } catch (e) {
    for (const f of files) rmSync(`${join(out, f.path)}.partial`, { force: true });
    throw new HuoziError(`cannot write to ${out}: ${(e as Error).message}`, ExitCode.badInput);
  }
}
