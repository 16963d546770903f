/**
 * The Handlebars environment every renderer shares: the partials in
 * `templates/partials/` (a topic, a turn, a paragraph… each written once) and
 * the helpers they use. `{{ }}` escapes; transcript text never goes through a
 * triple-stash, so nothing read from a transcript becomes markup.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { projectPath } from '../paths.js';
import { backlinks, type NoteLinks } from './note-links.js';
import { phrases } from '../typeset/display-lines.js';

export type Template = (context: object) => string;

export interface Templates {
  /** Renders `templates/<format>/<name>.hbs`. Throws (Handlebars) on a node type without a partial. */
  page(format: string, name: string): Template;
  /**
   * Renders one shared partial (`blocks` for nodes, `footnotes`, `toc`…) with
   * `context` as its `this`, as a page of `view` would: the view is the
   * templates' `@root` (format, labels, assets, note ids). For tests of single
   * partials; renderers render pages. Throws if there is no such partial.
   */
  partial(name: string, context: unknown, view: object): string;
}

const SAFE_SCHEMES = /^(https?:|mailto:)/i;

/** A fresh Handlebars environment with the shared partials and helpers; templates compile on first use and are cached. Throws (fs) if `templates/` is unreadable. */
export function createTemplates(): Templates {
  const hbs = Handlebars.create();
  const dir = projectPath('templates', 'partials');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.hbs'))) {
    // A partial's trailing newline would leak into inline output.
    hbs.registerPartial(basename(file, '.hbs'), readFileSync(join(dir, file), 'utf8').replace(/\n$/, ''));
  }
  hbs.registerHelper({
    eq: (a: unknown, b: unknown) => a === b,
    and: (a: unknown, b: unknown) => Boolean(a) && Boolean(b),
    /** Only http(s) and mailto links are kept; anything else renders as plain text. */
    safeUrl: (url: unknown) => (typeof url === 'string' && SAFE_SCHEMES.test(url.trim()) ? url.trim() : ''),
    /** Images resolved by the renderer (local files beside the input); unknown ones render as their alt text. */
    assetUrl(this: unknown, url: unknown, options: Handlebars.HelperOptions) {
      const assets = options.data.root.assets as Record<string, string> | undefined;
      return typeof url === 'string' ? (assets?.[url] ?? '') : '';
    },
    headingLevel: (depth: number) => Math.min(6, depth + 1),
    gt: (a: number, b: number) => a > b,
    footnoteLabel: (id: string) => id,
    /** Ids of notes and citations (see note-links.ts); the page's view carries `noteLinks`. */
    noteId: (identifier: string, options: Handlebars.HelperOptions) => links(options).noteId.get(identifier) ?? '',
    citationId(this: unknown, node: object, options: Handlebars.HelperOptions) {
      return links(options).citationId.get(node) ?? '';
    },
    /** Back-links to the citations on this page (an EPUB chapter: its nodes and notes). */
    backlinks(identifier: string, options: Handlebars.HelperOptions) {
      const root = options.data.root as { nodes?: object[]; notes?: object[] };
      return backlinks(links(options), identifier, root.nodes ? [...root.nodes, ...(root.notes ?? [])] : undefined);
    },
    /** A full-width colon after a Chinese label, `: ` after a Latin one. */
    speakerColon: (speaker: string) => (/[A-Za-z.]$/.test(speaker) ? ': ' : '：'),
    /** `{{#display}}…{{/display}}`: text inside is a display line (text.hbs breaks it into phrases). */
    display(this: unknown, options: Handlebars.HelperOptions) {
      const data = Handlebars.createFrame(options.data);
      data.display = true;
      return options.fn(this, { data });
    },
    /** Escaped text with `<wbr />` between its phrases (typeset/display-lines.ts); nothing is inserted in the text itself. */
    phrases(text: unknown, options: Handlebars.HelperOptions) {
      const lang = String(options.data.root.meta?.lang ?? 'zh-Hans');
      const units = phrases(String(text ?? ''), lang).map((u) => Handlebars.escapeExpression(u));
      return new Handlebars.SafeString(units.reduce((out, u) => (out === '' || /\s$/.test(out) ? out + u : `${out}<wbr />${u}`), ''));
    },
  });
  const links = (options: Handlebars.HelperOptions) => options.data.root.noteLinks as NoteLinks;
  const cache = new Map<string, Template>();
  return {
    partial(name, context, view) {
      if (!/^[A-Za-z]+$/.test(name) || !hbs.partials[name]) throw new Error(`no partial "${name}"`);
      return hbs.compile(`{{> ${name} partialContext}}`)({ ...view, partialContext: context });
    },
    page(format, name) {
      const key = `${format}/${name}`;
      let t = cache.get(key);
      if (!t) {
        const source = readFileSync(projectPath('templates', format, `${name}.hbs`), 'utf8');
        t = hbs.compile(source, { noEscape: false });
        cache.set(key, t);
      }
      return t;
    },
  };
}
