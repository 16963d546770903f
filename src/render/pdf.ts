/**
 * The print edition, in named steps: warn about characters no pinned font
 * covers; plan the print (`pdf/plan.ts`: HTML, CSS, images, how the second
 * pass is rendered); print it (`pdf/print-book.ts`: the main print, where
 * things landed, the contents numbers and recto heads laid over, bookmarks,
 * boxes and document information). Folios and verso heads are margin boxes of
 * the main print.
 */
import type { Document } from '../ast/types.js';
import { uncovered } from '../fonts.js';
import type { OutputFile, RenderContext, Renderer } from './context.js';
import { planPrint } from './pdf/plan.js';
import { printBook } from './pdf/print-book.js';
import { documentText } from './text-by-face.js';

export const pdf: Renderer = {
  name: 'pdf',
  async render(doc: Document, context: RenderContext): Promise<OutputFile[]> {
    warnMissingGlyphs(doc, context);
    const plan = planPrint(doc, context);
    return [{ path: `${context.stem}.pdf`, data: await printBook(plan, await context.browser()) }];
  },
};

/** A character no pinned font covers would print from a system font or as a blank: say which. */
function warnMissingGlyphs(doc: Document, context: RenderContext): void {
  const missing = uncovered(documentText(doc), context.meta.lang);
  if (missing.length === 0) return;
  const list = missing.map((cp) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')} ${String.fromCodePoint(cp)}`).join(', ');
  context.warn({ code: 'missing-glyph', message: `${missing.length} character(s) not in the pinned fonts (Chromium draws them from a system font): ${list}` });
}
