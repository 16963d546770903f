/**
 * The text a reader gets from each edition, for the fidelity check: the HTML
 * page's body, the EPUB's content documents, the PDF's printed text (pdf.js,
 * its tagged content, leaving out running heads, folios and the stamped
 * contents numbers). Markup is huozi's own (every transcript character is escaped), so
 * tags are stripped, character references decoded, and images replaced by
 * their alternative text.
 */
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { OutputFile } from '../render/context.js';

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

/** The edition's text, from the files its renderer returned. */
export async function editionText(format: string, files: OutputFile[]): Promise<string> {
  if (format === 'html') return files.filter((f) => f.path.endsWith('.html')).map((f) => markupText(String(typeof f.data === 'string' ? f.data : Buffer.from(f.data).toString('utf8')))).join('\n');
  if (format === 'epub') {
    const epub = files.find((f) => f.path.endsWith('.epub'))!;
    const zip = await JSZip.loadAsync(bytes(epub.data));
    const docs = Object.keys(zip.files).filter((p) => p.endsWith('.xhtml')).sort();
    return (await Promise.all(docs.map((p) => zip.file(p)!.async('string')))).map(markupText).join('\n');
  }
  if (format === 'pdf') return pdfText(bytes(files.find((f) => f.path.endsWith('.pdf'))!.data));
  throw new Error(`no text extraction for the ${format} edition`);
}

/**
 * Printed text of a PDF, page by page: the tagged content only. Chromium's
 * margin boxes (verso heads, folios) are drawn outside any marked content,
 * and the stamped recto heads and contents numbers are `/Artifact`s.
 */
export async function pdfText(data: Uint8Array): Promise<string> {
  // pdf.js may detach the buffer it is given: give it a copy.
  const pdf = await getDocument({ data: new Uint8Array(data), disableFontFace: true, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const out: string[] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true, disableNormalization: true });
      const open: string[] = [];
      for (const item of content.items) {
        if ('type' in item) {
          if (item.type === 'endMarkedContent') open.pop();
          // The typings omit `tag`; pdf.js sets it on every beginMarkedContent(Props) item.
          else open.push((item as { tag?: string }).tag ?? '');
        } else if (open.length > 0 && !open.includes('Artifact')) out.push(item.str);
      }
      page.cleanup();
    }
  } finally {
    await pdf.destroy();
  }
  return out.join('');
}
