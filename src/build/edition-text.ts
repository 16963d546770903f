/**
 * The text a reader gets from each edition, for the fidelity check: the HTML
 * page's body, the EPUB's content documents, the PDF's printed text (pdf-text.ts:
 * its tagged content, leaving out running heads, folios and the stamped
 * contents numbers). Markup is huozi's own (every transcript character is escaped), so
 * tags are stripped, character references decoded, and images replaced by
 * their alternative text. The PDF's
 * reader is opened once its prints are made (`openEditionText`, called by build.ts).
 */
import { unzipSync } from 'fflate';
import type { OutputFile } from '../render/context.js';
import { openPdfText } from './pdf-text.js';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text of an (X)HTML document: the body without scripts and styles, images as their alt text. */
export function markupText(markup: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(markup)?.[1] ?? markup;
  return body
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<img\b[^>]*?\balt="([^"]*)"[^>]*>/gi, ' $1 ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) =>
      ref[0] === '#' ? String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1))) : (NAMED[ref.toLowerCase()] ?? m),
    );
}

const bytes = (data: Uint8Array | string) => (typeof data === 'string' ? Buffer.from(data) : data);

/** Reads an edition's text once it is rendered; closed after (also when the render fails). */
export interface EditionText {
  read(files: OutputFile[]): Promise<string>;
  close(): Promise<void>;
}

/**
 * The reader of `format`'s text, opened before the edition is read: for the PDF, pdf.js starts loading in a thread of
 * its own (pdf-text.ts) while the PDF is finished.
 */
export function openEditionText(format: string): EditionText {
  if (format !== 'pdf') return { read: (files) => editionText(format, files), close: async () => {} };
  const reader = openPdfText();
  return {
    read(files) {
      const print = files.find((f) => f.path.endsWith('.pdf'))!;
      return reader.read(print.tagged ?? bytes(print.data));
    },
    close: () => reader.close(),
  };
}

/** The HTML's or the EPUB's text, from the files its renderer returned. */
async function editionText(format: string, files: OutputFile[]): Promise<string> {
  if (format === 'html') return files.filter((f) => f.path.endsWith('.html')).map((f) => markupText(String(typeof f.data === 'string' ? f.data : Buffer.from(f.data).toString('utf8')))).join('\n');
  if (format === 'epub') {
    const epub = files.find((f) => f.path.endsWith('.epub'))!;
    // fflate: the 1 MB transcript's book read in 60–130 ms, against 226–474 ms for JSZip.
    const docs = unzipSync(bytes(epub.data), { filter: (f) => f.name.endsWith('.xhtml') });
    const utf8 = new TextDecoder();
    return Object.keys(docs)
      .sort()
      .map((p) => markupText(utf8.decode(docs[p])))
      .join('\n');
  }
  throw new Error(`no text extraction for the ${format} edition`);
}

