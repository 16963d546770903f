/**
 * Format name → renderer. Adding an output format means adding one renderer
 * file, its templates, and one line here (and its name in config/schema.ts).
 * Each renderer's module is imported on its first render, so a build loads
 * only what its formats need (pdf-lib only for PDF, the EPUB packer only for EPUB).
 */
import type { Document } from '../ast/types.js';
import type { RenderContext, Renderer } from './context.js';

/** A renderer whose module loads when it first renders. */
function lazy(name: string, load: () => Promise<Renderer>): Renderer {
  return { name, render: async (doc: Document, context: RenderContext) => (await load()).render(doc, context) };
}

/** Every renderer by its format name. */
export const renderers = {
  pdf: lazy('pdf', async () => (await import('./pdf.js')).pdf),
  epub: lazy('epub', async () => (await import('./epub.js')).epub),
  html: lazy('html', async () => (await import('./html.js')).html),
} satisfies Record<string, Renderer>;
export type FormatName = keyof typeof renderers;
