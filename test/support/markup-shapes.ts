/**
 * Which built pages and books a per-document checker (axe, Ace) must see.
 *
 * axe and Ace apply their rules per element, per class (colours, roles) and
 * per language; a page whose every element, class, role and language another
 * checked page already has adds time, not coverage. The smallest set of
 * outputs whose features together are every feature of every output (a
 * greedy set cover) is what those checkers run on, and a test shows it.
 * HUOZI_TEST_CORPUS=full checks every output instead.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { all, readBook } from '../render/epub/read-book.js';

/** The features a checker's rules depend on: each element, each element with one of its classes, roles, languages and directions. */
export function markupFeatures(markup: string): Set<string> {
  const features = new Set<string>();
  for (const el of all('*', parseDocument(markup, { xmlMode: markup.startsWith('<?xml') }).children) as Element[]) {
    features.add(el.name);
    for (const cls of (el.attribs.class ?? '').split(/\s+/).filter(Boolean)) features.add(`${el.name}.${cls}`);
    for (const name of ['role', 'lang', 'xml:lang', 'dir', 'epub:type']) {
      if (el.attribs[name] !== undefined) features.add(`${el.name}[${name}=${el.attribs[name]}]`);
    }
  }
  return features;
}

/** Features of an HTML page. */
export const pageFeatures = (file: string): Promise<Set<string>> => Promise.resolve(markupFeatures(readFileSync(file, 'utf8')));

/** Features of an EPUB: the union over its content documents (the spine and the navigation document). */
export async function bookFeatures(file: string): Promise<Set<string>> {
  const book = await readBook(file);
  const docs = book.manifest.filter((m) => m.mediaType === 'application/xhtml+xml');
  return new Set(docs.flatMap((d) => [...markupFeatures(book.text(book.root + d.href))]));
}

/**
 * The outputs to check: `first` (always), then greedily the output adding the
 * most features not yet covered (of two adding as many, the smaller file: less
 * for the checker to read), until every feature of every output is.
 * Returns the chosen files in order and the features of all outputs and of
 * the chosen ones, for a test to compare.
 */
export async function coveringSet(
  files: string[],
  features: (file: string) => Promise<Set<string>>,
  first: string[],
): Promise<{ chosen: string[]; everyFeature: Set<string>; chosenFeatures: Set<string> }> {
  const byFile = new Map<string, Set<string>>();
  for (const f of files) byFile.set(f, await features(f));
  const everyFeature = new Set([...byFile.values()].flatMap((s) => [...s]));
  if (process.env.HUOZI_TEST_CORPUS === 'full') return { chosen: files, everyFeature, chosenFeatures: everyFeature };
  const size = new Map(files.map((f) => [f, statSync(f).size]));
  const chosen = [...first];
  const covered = new Set(first.flatMap((f) => [...byFile.get(f)!]));
  for (;;) {
    let best: string | undefined;
    let gain = 0;
    for (const [f, s] of byFile) {
      const n = [...s].filter((x) => !covered.has(x)).length;
      if (n > gain || (n > 0 && n === gain && size.get(f)! < size.get(best!)!)) [best, gain] = [f, n];
    }
    if (!best) break;
    chosen.push(best);
    for (const x of byFile.get(best)!) covered.add(x);
  }
  return { chosen, everyFeature, chosenFeatures: covered };
}
