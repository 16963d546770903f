/**
 * The print edition, in named steps: plan the print (`pdf/plan.ts`: HTML, CSS, images, how the second
 * pass is rendered); print it (`pdf/print-book.ts`: the main print, where
 * things landed, the contents numbers and recto heads laid over, bookmarks,
 * boxes and document information). Folios and verso heads are margin boxes of
 * the main print.
 */
import type { Document } from '../ast/types.js';
import type { OutputFile, RenderContext, Renderer } from './context.js';
import { planPrint } from './pdf/plan.js';
import { printBook } from './pdf/print-book.js';
import { pressPdf } from './pdf/press.js';

/** The PDF renderer: one `<stem>.pdf` (bytes), printed in the build's shared Chromium. Throws if Chromium fails or a contents entry has no destination in the print. */
export const pdf: Renderer = {
  name: 'pdf',
  async render(doc: Document, context: RenderContext): Promise<OutputFile[]> {
    const plan = planPrint(doc, context);
    const { data, pages } = await printBook(plan, context.browser(), context.doneWithBrowser);
    if (!context.options.press) return [{ path: `${context.stem}.pdf`, data, pages }];
    return [{ path: `${context.stem}.pdf`, data: await pressPdf(data), pages, tagged: data }];
  },
};
