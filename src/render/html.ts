/**
 * The HTML special-report page: one file, plus `<stem>.assets/` holding the
 * subset web fonts and any local images. Works offline; no script needed.
 */
import type { Document } from '../ast/types.js';
import type { Metadata } from '../metadata.js';
import type { OutputFile, RenderContext, Renderer } from './context.js';
import { cutFaces } from '../fonts.js';
import { collectImages } from './images.js';
import { type FaceStyle, textByFace } from './text-by-face.js';
import { buildView } from './view.js';
import { publisherAndDate } from './written-date.js';
import { typesetMarkup } from '../typeset/index.js';

/**
 * Faces as `styles/html.css` sets them: sans 700 for headings, the band,
 * labels and strong text; kai for the deck, pull quotes (topic titles) and
 * block quotes; serif 400 for the rest.
 */
const FACES: FaceStyle = {
  nodes: { masthead: 'sans-700', kicker: 'sans-700', headline: 'sans-700', heading: 'sans-700', strong: 'sans-700', deck: 'kai-400', topicTitle: 'kai-400', blockquote: 'kai-400', tableHeaderCell: 'sans-700' },
  labels: 'sans-700',
};
/** What the index lists; everything before the first of these is the opening. */

/** The HTML renderer: `<stem>.html` and `<stem>.assets/` (subset WOFF fonts, images). Needs no browser. */
export const html: Renderer = {
  name: 'html',
  async render(doc: Document, context: RenderContext): Promise<OutputFile[]> {
    const { meta } = context;
    const assetsDir = `${context.stem}.assets`;
    const images = collectImages(doc, context, `${assetsDir}/images/`);
    const { vertical } = context.options;
    const view = buildView(doc, meta, 'html', { assets: images.urls(`${encodeURIComponent(assetsDir)}/images/`), vertical });
    const footer = publisherAndDate(meta);
    // An index of topics for a press conference, a table of contents for a document of sections.
    const indexLabel = doc.children.some((n) => n.type === 'topic') ? view.labels.topicIndex : view.labels.contents;
    const faces = textByFace(doc, FACES, {
      'sans-700': [meta.title, view.labels.skipToContent, indexLabel, view.labels.backToTop].join(''),
      'kai-400': view.quotes.open + view.quotes.close,
      // The footer, footnote marks and backlinks (spaced apart), the markers of numbered lists and notes (`1.`), and the
      // emphasis dot (text-emphasis: filled dot draws U+2022).
      'serif-400': `${footer} ↑0123456789.•`,
    });
    // Cut in the cutter's thread while the page is composed (HTML alone, 1 MB: 2.77 → 2.59 s).
    const fonts = cutFaces(meta.lang, faces, `${encodeURIComponent(assetsDir)}/fonts/`);
    const page = typesetMarkup(context.templates.page('html', 'page')({
      ...view,
      footer,
      indexLabel,
      // The vertical page: columns on wide screens, horizontal lines on phones (styles/vertical-html.css).
      css: `${fonts.css}\n${context.templates.stylesheet('base', 'html', ...(vertical ? ['vertical', 'vertical-html'] : []))}`,
      jsonLd: jsonLd(meta),
    }), { lang: meta.lang, fragment: false, xhtml: false, vertical });
    return [
      { path: `${context.stem}.html`, data: page },
      ...(await fonts.files).map((f) => ({ path: `${assetsDir}/fonts/${f.name}`, data: f.data })),
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
    ...(meta.date ? { datePublished: meta.date, dateModified: meta.date } : {}),
    inLanguage: meta.lang,
    // A person when one is named apart from the publisher (a byline), else the publisher, standing in for one.
    ...(meta.author ? { author: { '@type': meta.author === meta.publisher ? 'Organization' : 'Person', name: meta.author } } : {}),
    ...(meta.publisher ? { publisher: { '@type': 'Organization', name: meta.publisher } } : {}),
    ...(meta.canonicalUrl ? { mainEntityOfPage: meta.canonicalUrl, url: meta.canonicalUrl } : {}),
  };
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
