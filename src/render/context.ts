/**
 * What every renderer receives, and what it returns. Renderers return bytes;
 * only the build layer writes files, so a failed build leaves no half-written
 * output.
 */
import type { Browser } from 'puppeteer-core';
import type { Document } from '../ast/types.js';
import type { ResolvedOptions } from '../config/schema.js';
import type { Metadata } from '../metadata.js';
import type { Warning } from '../warnings.js';
import type { Templates } from './templates.js';

export interface RenderContext {
  meta: Metadata;
  templates: Templates;
  options: ResolvedOptions;
  /** Output file stem, e.g. `press-conference`. */
  stem: string;
  /** Folder of the input file: the only place local images are read from. */
  inputDir: string;
  /** The build's one shared headless Chromium, launched on first use. */
  browser(): Promise<Browser>;
  /**
   * Tells the build that this render uses the browser no more (its prints are made, its pages closed): the build's
   * own browser closes once no render of the build may use it, before this render's remaining Node work.
   */
  doneWithBrowser(): Promise<void>;
  /** Renderers add warnings here; the CLI prints them. */
  warn(warning: Warning): void;
}

/** A file of an edition, its path relative to the output folder. */
export interface OutputFile {
  path: string;
  data: Uint8Array | string;
  /** Number of pages, for a paged edition (the PDF). */
  pages?: number;
  /**
   * The tagged print a `--press` PDF was converted from, whose text the build's
   * fidelity check reads: Ghostscript drops the structure tree and marked
   * content, and changes colours, never text (test/render/pdf-press.test.ts).
   */
  tagged?: Uint8Array;
}

export interface Renderer {
  /** Format name used by `--formats`. */
  name: string;
  render(doc: Document, context: RenderContext): Promise<OutputFile[]>;
}
