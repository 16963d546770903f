/**
 * Images of a document: only local files beside the input are used; anything
 * else (a URL, a missing file, a path leaving the input's folder) is dropped
 * with a warning and rendered as its alt text.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import type { Document } from '../ast/types.js';
import { visitNodes } from '../ast/visit.js';
import type { Warning } from '../warnings.js';
import type { OutputFile, RenderContext } from './context.js';

const TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.svg': 'image/svg+xml', '.webp': 'image/webp' };

/** What finding a document's images needs of a render context: the input's folder and where warnings go. */
type ImageContext = Pick<RenderContext, 'inputDir' | 'warn'>;

/** The `image-skipped` warnings a build of `doc` (read from a file in `inputDir`) gives, for `huozi check`. */
export function skippedImages(doc: Document, inputDir: string): Warning[] {
  const warnings: Warning[] = [];
  collectImages(doc, { inputDir, warn: (w) => warnings.push(w) }, '');
  return warnings;
}

export interface CollectedImages {
  /** Files to write, under the given folder. */
  files: OutputFile[];
  /** Source URL → URL in the edition, given the prefix where the files will be. */
  urls(prefix: string): Record<string, string>;
  /** Source URL → the image's stable file name and media type. */
  entries: Array<{ url: string; name: string; mediaType: string; data: Uint8Array }>;
}

/**
 * Every image of the document (section titles included) that is a local
 * file beside the input, each once, named `image-<n>.<ext>` in order of first
 * appearance; `folder` prefixes the paths of the files to write. Warns
 * (`image-skipped`) about every other image; throws nothing.
 */
export function collectImages(doc: Document, context: ImageContext, folder: string): CollectedImages {
  const entries: CollectedImages['entries'] = [];
  const seen = new Set<string>();
  visitNodes(doc, 'image', (node) => {
    if (!node.url || seen.has(node.url)) return;
    seen.add(node.url);
    const found = localImage(node.url, node.position?.start.line, context);
    if (found) entries.push({ url: node.url, name: `image-${entries.length + 1}${found.ext}`, mediaType: TYPES[found.ext]!, data: found.data });
  });
  return {
    entries,
    files: entries.map((e) => ({ path: `${folder}${e.name}`, data: e.data })),
    urls: (prefix) => Object.fromEntries(entries.map((e) => [e.url, `${prefix}${e.name}`])),
  };
}

/** The image file `url` names beside the input, or undefined with the warning `image-skipped` naming its source `line` (1-based) when known. */
function localImage(url: string, line: number | undefined, context: ImageContext): { ext: string; data: Uint8Array } | undefined {
  const reject = (why: string) => {
    const where = line ? ` (line ${line})` : '';
    context.warn({ code: 'image-skipped', ...(line ? { line } : {}), message: `image "${url}"${where} not included: ${why}` });
    return undefined;
  };
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return reject('only local files beside the input are used, never a URL');
  let path: string;
  try {
    path = resolve(context.inputDir, decodeURI(url));
  } catch {
    return reject('not a valid file name');
  }
  const outside = (p: string, dir: string) => relative(dir, p).startsWith('..') || isAbsolute(relative(dir, p));
  if (outside(path, context.inputDir)) return reject('it is outside the input file’s folder');
  const ext = extname(path).toLowerCase();
  if (!TYPES[ext]) return reject(`unsupported image type "${ext}"`);
  if (!existsSync(path) || !statSync(path).isFile()) return reject('file not found');
  // A symlink inside the folder may point out of it: judge where it really leads.
  if (outside(realpathSync(path), realpathSync(context.inputDir))) return reject('it is outside the input file’s folder');
  return { ext, data: readFileSync(path) };
}
