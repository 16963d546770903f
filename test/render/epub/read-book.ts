/**
 * Reads a built EPUB the way a reading system does: unzip it (JSZip), find
 * the package through META-INF/container.xml, and parse every XML file with
 * a real XML parser (htmlparser2 in xmlMode), never with regular expressions.
 */
import { readFileSync } from 'node:fs';
import { selectAll, selectOne } from 'css-select';
import type { Element, Node } from 'domhandler';
import { getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import JSZip from 'jszip';

export type XmlDoc = ReturnType<typeof parseDocument>;

export interface Book {
  /** Zip entry names in zip order. */
  entries: string[];
  /** Text of a file by its path inside the zip. */
  text(path: string): string;
  bytes(path: string): Uint8Array;
  /** A parsed XML file by its path inside the zip. */
  xml(path: string): XmlDoc;
  /** Folder of the package document (`OEBPS/`), to resolve manifest hrefs. */
  root: string;
  opf: XmlDoc;
  /** Manifest items in order. */
  manifest: Array<{ id: string; href: string; mediaType: string; properties: string }>;
  /** Spine hrefs in reading order. */
  spine: string[];
}

export async function readBook(file: string): Promise<Book> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const entries = Object.keys(zip.files).filter((p) => !zip.files[p]!.dir);
  const contents = new Map<string, Uint8Array>();
  for (const p of entries) contents.set(p, await zip.files[p]!.async('uint8array'));
  const bytes = (p: string) => {
    const b = contents.get(p);
    if (!b) throw new Error(`${file}: no ${p}`);
    return b;
  };
  const text = (p: string) => new TextDecoder('utf-8', { fatal: true }).decode(bytes(p));
  const xml = (p: string) => parseDocument(text(p), { xmlMode: true });
  const rootfile = attr(one('rootfile', xml('META-INF/container.xml')), 'full-path');
  const root = rootfile.slice(0, rootfile.lastIndexOf('/') + 1);
  const opf = xml(rootfile);
  const manifest = all('manifest > item', opf).map((i) => ({
    id: attr(i, 'id'),
    href: attr(i, 'href'),
    mediaType: attr(i, 'media-type'),
    properties: getAttributeValue(i, 'properties') ?? '',
  }));
  const spine = all('spine > itemref', opf).map((r) => manifest.find((m) => m.id === attr(r, 'idref'))!.href);
  return { entries, text, bytes, xml, root, opf, manifest, spine };
}

export const all = (selector: string, node: Node | Node[]): Element[] => selectAll(selector, node as never) as Element[];
export const one = (selector: string, node: Node | Node[]): Element => {
  const found = selectOne(selector, node as never) as Element | null;
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
export const attr = (el: Element, name: string): string => {
  const value = getAttributeValue(el, name);
  if (value === undefined) throw new Error(`<${el.name}> has no ${name}`);
  return value;
};
export const text = (node: Node | Node[]) => textContent(node as never);
