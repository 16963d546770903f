/**
 * The look every renderer shares: the Handlebars partials in
 * `templates/partials/` (a topic, a turn, a paragraph… each written once),
 * the helpers they use, the page templates and the stylesheets — each the
 * theme's file when the build has a theme (render/theme.ts), else the
 * built-in one. `{{ }}` escapes; transcript text never goes through a
 * triple-stash, so nothing read from a transcript becomes markup.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, relative } from 'node:path';
import Handlebars from 'handlebars';
import { HuoziError } from '../errors.js';
import { projectPath } from '../paths.js';
import { backlinks, type NoteLinks } from './note-links.js';
import { stylesheets } from './styles.js';
import { checkTemplate, templateError } from './theme-check.js';
import { lookPath, type Theme, themePartials } from './theme.js';
import { phrases } from '../typeset/display-lines.js';

const HAN = /\p{Script=Han}/u;

/**
 * The colon after a speaker label: full-width after a label with Chinese in it (`路透社记者John Smith：`) or before
 * Chinese speech (`A：你每天…`, `Kevin Zhou：谢谢…`, `lang` the speech's language tag), `: ` after an all-Latin label
 * before speech in another language (`GAO ZHENYU: Thank you`).
 */
export const speakerColon = (speaker: string, lang: string): string => (HAN.test(speaker) || /^zh/iu.test(lang) ? '：' : ': ');

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
  /** `styles/<name>.css` for each name, concatenated in order; read once. */
  stylesheet(...names: string[]): string;
}

const SAFE_SCHEMES = /^(https?:|mailto:)/i;

/**
 * A fresh Handlebars environment with the shared partials and helpers, over
 * `theme` if given; templates compile on first use and are cached. Every
 * theme template is checked first (theme-check.ts), and a theme template
 * failing while it renders is reported as its own; both throw a usage error
 * `<file>:<line>: <problem>` (exit 2). Throws (fs) if `templates/` is unreadable.
 */
export function createTemplates(theme?: Theme): Templates {
  const hbs = Handlebars.create();
  const builtIn = readdirSync(projectPath('templates', 'partials')).filter((f) => f.endsWith('.hbs')).map((f) => basename(f, '.hbs'));
  const partials = new Map([...builtIn.map((name): [string, string] => [name, lookPath(theme, 'templates', 'partials', `${name}.hbs`)]), ...themePartials(theme)]);
  const themed = new Set(theme?.files.values());
  for (const [name, file] of partials) {
    const source = templateSource(file, true);
    hbs.registerPartial(name, themed.has(file) ? owned(file, hbs.compile(source)) : builtInTemplate(hbs, file, source));
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
    /** A note's number (note-links.ts), shown by its citations and at the start of its item in the notes list. */
    noteNumber: (identifier: string, options: Handlebars.HelperOptions) => links(options).number.get(identifier) ?? '',
    /** Ids of notes and citations (see note-links.ts); the page's view carries `noteLinks`. */
    noteId(identifier: string, options: Handlebars.HelperOptions) {
      const n = links(options).number.get(identifier);
      return n === undefined ? '' : `fn-${n}`;
    },
    citationId(this: unknown, node: object, options: Handlebars.HelperOptions) {
      return links(options).citationId.get(node) ?? '';
    },
    /** Back-links to the citations on this page (an EPUB chapter: its nodes and notes). */
    backlinks(identifier: string, options: Handlebars.HelperOptions) {
      const root = options.data.root as { nodes?: object[]; notes?: object[] };
      return backlinks(links(options), identifier, root.nodes ? [...root.nodes, ...(root.notes ?? [])] : undefined);
    },
    /** `{{speakerColon speaker lang…}}`: the first language tag given (a paragraph's own, then the document's) is the speech's. */
    speakerColon: (speaker: string, ...args: unknown[]) => speakerColon(speaker, String(args.slice(0, -1).find((a) => typeof a === 'string') ?? '')),
    /** Whether a label has Chinese in it: in an English paragraph it keeps the document's language. */
    chineseLabel: (speaker: string) => HAN.test(speaker),
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
  const known = { helpers: new Set(Object.keys(hbs.helpers)), partials: new Set(partials.keys()) };
  for (const file of themed) if (file.endsWith('.hbs')) checkTemplate(readFileSync(file, 'utf8'), file, known);
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
        const file = lookPath(theme, 'templates', format, `${name}.hbs`);
        const source = templateSource(file, false);
        t = themed.has(file) ? owned(file, hbs.compile(source)) : builtInTemplate(hbs, file, source);
        cache.set(key, t);
      }
      return t;
    },
    stylesheet: stylesheets(theme),
  };
}

/** A template's text as it is compiled: a partial's trailing newline would leak into inline output. */
const templateSource = (file: string, partial: boolean) => {
  const text = readFileSync(file, 'utf8');
  return partial ? text.replace(/\n$/, '') : text;
};

/** A built-in template as `npm run build` precompiled it: the SHA-256 of the text it was compiled from, and the spec. */
interface Precompiled {
  sha256: string;
  spec: Parameters<typeof Handlebars.template>[0];
}

let precompiled: Record<string, Precompiled> | undefined;

/**
 * The built-in template `file` (its text `source`): the build's precompiled spec (scripts/precompile-templates.mjs,
 * `dist/templates.cjs`) while the file's text is what it was compiled from, else compiled now. Compiling the
 * 43 built-ins took 0.14–0.26 s of every cold run (0.07 s of the example's EPUB), loading their specs 5 ms.
 */
export function builtInTemplate(hbs: typeof Handlebars, file: string, source: string): Handlebars.TemplateDelegate {
  precompiled ??= readPrecompiled();
  const entry = precompiled[templateKey(file)];
  return entry?.sha256 === sha256(source) ? hbs.template(entry.spec) : hbs.compile(source);
}

const readPrecompiled = (): Record<string, Precompiled> => {
  try {
    return createRequire(import.meta.url)(projectPath('dist', 'templates.cjs')) as Record<string, Precompiled>;
  } catch {
    return {}; // not built (tests run from the sources): every template compiles
  }
};

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const templateKey = (file: string) => relative(projectPath(), file).split('\\').join('/');

/**
 * Every built-in template precompiled, as the CommonJS module `dist/templates.cjs` that `builtInTemplate` reads: keys are
 * paths under the project root (`templates/partials/turn.hbs`). Run by the build (scripts/precompile-templates.mjs).
 */
export function precompileBuiltIns(): string {
  const entries = ['partials', ...readdirSync(projectPath('templates')).filter((d) => d !== 'partials')].flatMap((folder) =>
    readdirSync(projectPath('templates', folder))
      .filter((f) => f.endsWith('.hbs'))
      .map((f) => {
        const file = projectPath('templates', folder, f);
        const source = templateSource(file, folder === 'partials');
        return `${JSON.stringify(templateKey(file))}: { sha256: ${JSON.stringify(sha256(source))}, spec: ${Handlebars.precompile(source)} }`;
      }),
  );
  return `// Generated by scripts/precompile-templates.mjs from templates/: do not edit.\nmodule.exports = {\n${entries.join(',\n')}\n};\n`;
}

/** A theme template whose failure while rendering names it, as `<file>:<line>: <problem>` (the line when Handlebars knows it). */
function owned(file: string, template: Handlebars.TemplateDelegate): Handlebars.TemplateDelegate {
  return (context, options) => {
    try {
      return template(context, options);
    } catch (e) {
      if (e instanceof HuoziError) throw e;
      const error = e as { lineNumber?: number; message?: string };
      throw templateError(file, error.lineNumber, String(error.message ?? e).split('\n')[0]!.replace(/ - \d+:\d+$/, ''));
    }
  };
}
