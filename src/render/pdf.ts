/**
 * The print edition: the shared templates laid out by Chromium with CSS
 * paged media, loaded from a file:// URL so the pinned fonts are used, then
 * made reproducible (fixed dates and ID from the metadata model).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDocument, PDFName, PDFString, PDFHexString } from '@cantoo/pdf-lib';
import { createHash } from 'node:crypto';
import type { Document } from '../ast/types.js';
import { fontFacesByFileUrl } from '../fonts.js';
import type { Metadata } from '../metadata.js';
import type { OutputFile, RenderContext, Renderer } from './context.js';
import { collectImages } from './images.js';
import { pageCss, paperSize } from './pdf/paper.js';
import { stylesheet } from './styles.js';
import { buildView } from './view.js';

const COVER = new Set(['masthead', 'kicker', 'headline', 'deck']);

export const pdf: Renderer = {
  name: 'pdf',
  async render(doc: Document, context: RenderContext): Promise<OutputFile[]> {
    const work = mkdtempSync(join(tmpdir(), 'huozi-pdf-'));
    try {
      const images = collectImages(doc, context, '');
      for (const f of images.files) writeFileSync(join(work, f.path), f.data);
      const view = buildView(doc, context.meta, 'pdf', { assets: images.urls('') });
      const size = paperSize(context.options.paper);
      writeFileSync(join(work, 'print.css'), [fontFacesByFileUrl(context.meta.lang), stylesheet('base', 'pdf'), pageCss(size, context.meta)].join('\n'));
      const html = context.templates.page('pdf', 'page')({
        ...view,
        stylesheetHref: 'print.css',
        coverNodes: view.front.filter((n) => COVER.has(n.type)),
        ledeNodes: view.front.filter((n) => !COVER.has(n.type)),
      });
      const htmlPath = join(work, 'print.html');
      writeFileSync(htmlPath, html);
      const page = await (await context.browser()).newPage();
      try {
        await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load', timeout: 0 });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const printed = await page.pdf({
          preferCSSPageSize: true,
          printBackground: true,
          outline: true,
          tagged: true,
          timeout: 0,
        });
        return [{ path: `${context.stem}.pdf`, data: await reproducible(printed, context.meta) }];
      } finally {
        await page.close();
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};

/** Fixed dates and a document ID derived from the content, plus the metadata model's fields. */
async function reproducible(bytes: Uint8Array, meta: Metadata): Promise<Uint8Array> {
  const pdfDoc = await PDFDocument.load(bytes, { updateMetadata: false });
  const date = new Date(meta.modified);
  pdfDoc.setTitle(meta.title, { showInWindowTitleBar: true });
  pdfDoc.setAuthor(meta.author);
  pdfDoc.setSubject(meta.description);
  pdfDoc.setCreator('huozi');
  pdfDoc.setProducer('huozi (Chromium, pdf-lib)');
  pdfDoc.setCreationDate(date);
  pdfDoc.setModificationDate(date);
  pdfDoc.catalog.set(PDFName.of('Lang'), PDFString.of(meta.lang));
  const id = PDFHexString.of(createHash('md5').update(bytes).digest('hex'));
  pdfDoc.context.trailerInfo.ID = pdfDoc.context.obj([id, id]);
  return pdfDoc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}
