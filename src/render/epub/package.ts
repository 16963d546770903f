/**
 * Zips a planned book. epub-gen-memory writes the container, wraps each
 * document in the chapter shell and zips; everything it writes besides that
 * comes rendered from the plan (its EJS only ever sees the shell's two
 * placeholders). Images and fonts are given from memory, never as URLs, so it
 * fetches nothing and no temporary folder is needed.
 */
import type { Options } from 'epub-gen-memory';
import type { BookPlan } from './plan.js';
import { ReproducibleEPub } from './reproducible-epub.js';

/** The EPUB's bytes (a zip, `mimetype` first). Throws if a document refers to an image the plan does not hold. */
export async function packageEpub(plan: BookPlan): Promise<Uint8Array> {
  const { meta } = plan;
  const options: Options = {
    title: meta.title,
    // Only epub-gen-memory's own templates read these, and the plan replaces them; left out when unknown.
    ...(meta.author ? { author: meta.author } : {}),
    ...(meta.publisher ? { publisher: meta.publisher } : {}),
    description: meta.description,
    lang: meta.lang,
    ...(meta.date ? { date: meta.date } : {}),
    version: 3,
    verbose: false,
    css: plan.css,
    contentOPF: plan.opf,
    tocXHTML: plan.nav.xhtml,
    tocNCX: plan.nav.ncx,
    chapterXHTML: plan.shell,
  };
  const chapters = plan.documents.map(({ title, filename, content }) => ({ title, filename, content }));
  const files = new Map(plan.files.map((f) => [f.path, f.data]));
  const book = new ReproducibleEPub(options, chapters, files, meta.identifier, new Date(meta.modified));
  return book.genEpub();
}
