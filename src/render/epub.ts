/**
 * The e-book: chapter bodies from the shared partials, packaged by
 * epub-gen-memory with our own OPF/nav/chapter shells (rendered by
 * Handlebars) and a subclass that fixes the identifier and zip dates, so two
 * builds are byte-identical. Only local file:// resources are given to it:
 * it would fetch any other URL.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Handlebars from 'handlebars';
import { EPub, type Chapter, type Options } from 'epub-gen-memory';
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Document } from '../ast/types.js';
import { subsetFonts } from '../fonts.js';
import type { OutputFile, RenderContext, Renderer } from './context.js';
import { stylesheet } from './styles.js';
import { textByFontRole } from './text-by-font.js';
import { buildView, tocOf } from './view.js';

/** Zip entry dates: the metadata model's date, read in a fixed time zone. */
class ReproducibleEPub extends EPub {
  constructor(options: Options, content: Chapter[], identifier: string, private readonly fixedDate: Date) {
    super(options, content);
    this.uuid = identifier;
  }
  override async genEpub(): Promise<Buffer> {
    await this.render();
    this.zip.forEach((_path, file) => {
      file.date = this.fixedDate;
    });
    return this.generateAsync({ type: 'nodebuffer', mimeType: 'application/epub+zip', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  }
}

interface ChapterPlan {
  id: string;
  filename: string;
  title: string;
  nodes: RootContent[];
}

export const epub: Renderer = {
  name: 'epub',
  async render(doc: Document, context: RenderContext): Promise<OutputFile[]> {
    const { meta, templates } = context;
    const view = buildView(doc, meta, 'epub');
    const plan = planChapters(view.body, meta.title);
    const fileOf = new Map(plan.flatMap((c) => c.nodes.map((n) => [(n as { id?: string }).id, c.filename] as const)));
    const toc = tocOf(doc.children, (id) => `${fileOf.get(id) ?? plan[0]!.filename}#${id}`);
    const shared = { ...view, toc };

    const work = mkdtempSync(join(tmpdir(), 'huozi-epub-'));
    try {
      const labelsText = Object.values(view.labels).join('');
      const fonts = await subsetFonts(meta.lang, textByFontRole(doc, labelsText), 'fonts/', 'truetype');
      const fontFiles = fonts.files.map((f) => {
        const path = join(work, f.name);
        writeFileSync(path, f.data);
        return { filename: f.name, url: pathToFileURL(path).href, mediaType: 'font/ttf' };
      });
      const chapters: Chapter[] = [
        ...(view.front.length > 0 ? [{ title: meta.title, filename: 'title.xhtml', content: templates.page('epub', 'title')(shared) }] : []),
        ...plan.map((c) => ({ title: c.title, filename: c.filename, content: templates.page('epub', 'topic')({ ...shared, nodes: c.nodes }) })),
      ];
      const manifestChapters = [...(view.front.length > 0 ? [{ id: 'title', filename: 'title.xhtml' }] : []), ...plan];
      const ejs = { title: new Handlebars.SafeString('<%= title %>'), content: new Handlebars.SafeString('<%- content %>') };
      const options: Options = {
        title: meta.title,
        author: meta.author,
        publisher: meta.publisher,
        description: meta.description,
        lang: meta.lang,
        date: meta.date,
        version: 3,
        verbose: false,
        css: `${fonts.css}\n${stylesheet('base', 'epub')}`,
        fonts: fontFiles.map(({ filename, url }) => ({ filename, url })),
        contentOPF: templates.page('epub', 'content.opf')({ ...shared, chapters: manifestChapters, fonts: fontFiles }),
        tocXHTML: templates.page('epub', 'nav.xhtml')({ ...shared, bodyStart: manifestChapters[0]?.filename ?? 'toc.xhtml' }),
        chapterXHTML: templates.page('epub', 'chapter.xhtml')({ ...shared, ejs }),
      };
      const book = new ReproducibleEPub(options, chapters, meta.identifier, new Date(meta.modified));
      return [{ path: `${context.stem}.epub`, data: await book.genEpub() }];
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};

/** One chapter per topic or top-level section; what comes before the first is the opening chapter, what follows one belongs to it. */
function planChapters(body: RootContent[], openingTitle: string): ChapterPlan[] {
  const plan: ChapterPlan[] = [];
  for (const node of body) {
    if (node.type === 'topic' || node.type === 'section') {
      const n = plan.filter((c) => c.id !== 'opening').length + 1;
      const title = node.type === 'topic' ? `${node.number} ${node.subject}` : toString({ type: 'paragraph', children: node.title });
      plan.push({ id: `ch-${n}`, filename: `${node.type}-${String(n).padStart(2, '0')}.xhtml`, title, nodes: [node] });
    } else {
      if (plan.length === 0) plan.push({ id: 'opening', filename: 'opening.xhtml', title: openingTitle, nodes: [] });
      plan.at(-1)!.nodes.push(node);
    }
  }
  return plan;
}
