/**
 * The HTML special-report page: one file, plus `<stem>.assets/` holding the
 * subset web fonts and any local images. Works offline; no script needed.
 */
import type { Document } from '../ast/types.js';
import { subsetFonts } from '../fonts.js';
import type { Metadata } from '../metadata.js';
import type { OutputFile, RenderContext, Renderer } from './context.js';
import { collectImages } from './images.js';
import { stylesheet } from './styles.js';
import { textByFontRole } from './text-by-font.js';
import { buildView } from './view.js';

const HEADER = new Set(['masthead', 'kicker', 'headline', 'deck']);

export const html: Renderer = {
  name: 'html',
  async render(doc: Document, context: RenderContext): Promise<OutputFile[]> {
    const assetsDir = `${context.stem}.assets`;
    const images = collectImages(doc, context, `${assetsDir}/images/`);
    const view = buildView(doc, context.meta, 'html', { assets: images.urls(`${encodeURIComponent(assetsDir)}/images/`) });
    const labelsText = Object.values(view.labels).join('') + Object.values(context.meta).join('');
    const fonts = await subsetFonts(context.meta.lang, textByFontRole(doc, labelsText), `${encodeURIComponent(assetsDir)}/fonts/`);
    const page = context.templates.page('html', 'page')({
      ...view,
      headerNodes: view.front.filter((n) => HEADER.has(n.type)),
      ledeNodes: view.front.filter((n) => !HEADER.has(n.type)),
      css: `${fonts.css}\n${stylesheet('base', 'html')}`,
      jsonLd: jsonLd(context.meta),
    });
    return [
      { path: `${context.stem}.html`, data: page },
      ...fonts.files.map((f) => ({ path: `${assetsDir}/fonts/${f.name}`, data: f.data })),
      ...images.files,
    ];
  },
};

/** schema.org NewsArticle, serialised so that it cannot close its <script> element. */
function jsonLd(meta: Metadata): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: meta.title,
    description: meta.description,
    datePublished: meta.date,
    inLanguage: meta.lang,
    author: { '@type': 'Organization', name: meta.author },
    publisher: { '@type': 'Organization', name: meta.publisher },
    ...(meta.canonicalUrl ? { mainEntityOfPage: meta.canonicalUrl } : {}),
  };
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
