/**
 * The e-book, in four named steps: the EPUB view of the document; what it
 * embeds (its local images, a cover drawn from the masthead, kicker, headline
 * and deck, the subset fonts); the plan of its documents, spine, landmarks
 * and navigation (`epub/plan.ts`: the same plan from the same input); the zip (`epub/package.ts`).
 */
import type { Document } from '../ast/types.js';
import type { OutputFile, RenderContext, Renderer } from './context.js';
import { coverAlt, coverFaces, coverText, renderCover } from './epub/cover.js';
import { embeddedFonts } from './epub/embedded-fonts.js';
import { packageEpub } from './epub/package.js';
import { type BookResources, planBook } from './epub/plan.js';
import { collectImages } from './images.js';
import { buildView, type View } from './view.js';
import { timed } from '../step-timings.js';

/** The EPUB renderer: one `<stem>.epub` (bytes). Throws what planning (a node without a partial) or packaging throws; needs no browser. */
export const epub: Renderer = {
  name: 'epub',
  async render(doc: Document, context: RenderContext): Promise<OutputFile[]> {
    const view = buildView(doc, context.meta, 'epub', { vertical: context.options.vertical });
    const plan = await planBook(view, bookResources(view, context), context.templates);
    return [{ path: `${context.stem}.epub`, data: timed('epub-package', () => packageEpub(plan)) }];
  },
};

/**
 * The images beside the input, the cover (SVG, drawn from the book's cuts), and the fonts cut to what the book prints.
 * The cuts, and the cover drawn from them, are made while the book's documents are composed (EPUB alone, 1 MB: 3.87 →
 * 3.53 s).
 */
function bookResources(view: View, context: RenderContext): BookResources {
  const { meta, templates } = context;
  const deck = view.front.find((n) => n.type === 'deck');
  const text = coverText(meta, deck, view.quotes);
  const printed = Object.values(view.labels).join('') + (meta.publisher ?? '') + view.date;
  // The book's fonts are cut to the cover's words as well, and the cover is drawn from them.
  const fonts = embeddedFonts(view.doc, meta, printed, context.options.epubFonts, coverFaces(text));
  const svg = fonts.files.then((files) => renderCover(text, meta.lang, templates.page('epub', 'cover.svg'), files));
  // A failed cover is thrown where the plan awaits it, not reported as unhandled while the book is composed.
  svg.catch(() => undefined);
  return { images: collectImages(view.doc, context, '').entries, cover: { svg, alt: coverAlt(text) }, fonts };
}
