/**
 * The text a reader gets from each edition, for the fidelity check: the HTML
 * page's body, the EPUB's content documents, the PDF's printed text (pdf.js,
 * its tagged content, leaving out running heads, folios and the stamped
 * contents numbers). Markup is huozi's own (every transcript character is escaped), so
 * tags are stripped, character references decoded, and images replaced by
 * their alternative text. The zip reader and pdf.js load with the first
 * edition that needs them (pdf.js alone takes a quarter second to load).
 */
import type { OutputFile } from '../render/context.js';
import { loadPdfjs } from './pdfjs.js';

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
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(bytes(epub.data));
    const docs = Object.keys(zip.files).filter((p) => p.endsWith('.xhtml')).sort();
    return (await Promise.all(docs.map((p) => zip.file(p)!.async('string')))).map(markupText).join('\n');
  }
  if (format === 'pdf') {
    const print = files.find((f) => f.path.endsWith('.pdf'))!;
    return pdfText(print.tagged ?? bytes(print.data));
  }
  throw new Error(`no text extraction for the ${format} edition`);
}

/** A node of pdf.js's structure tree: an element with children, or a reference to marked content by id. */
interface StructNode {
  type?: string;
  id?: string;
  children?: StructNode[];
}

/** Ids of the marked content a page's structure tree refers to, in the tree's (logical) order. */
function contentOrder(node: StructNode | null, out: string[] = []): string[] {
  if (node?.type === 'content' && node.id) out.push(node.id);
  for (const child of node?.children ?? []) contentOrder(child, out);
  return out;
}

/**
 * Printed text of a PDF, page by page: the tagged content only, in the order
 * of the PDF's structure tree (the logical reading order: Chromium paints a
 * positioned element, a Kai question shifted onto the baseline grid, after the
 * text around it). Chromium's margin boxes (verso heads, folios) are drawn
 * outside any marked content, and the stamped recto heads and contents
 * numbers are `/Artifact`s.
 */
export async function pdfText(data: Uint8Array): Promise<string> {
  const { getDocument } = await loadPdfjs();
  // pdf.js may detach the buffer it is given: give it a copy.
  const pdf = await getDocument({ data: new Uint8Array(data), disableFontFace: true, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const out: string[] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true, disableNormalization: true });
      // The text of each marked-content sequence with an id (nested spans without one belong to it), in stream order.
      const byId = new Map<string, string[]>();
      const open: Array<{ tag: string; id: string | null }> = [];
      for (const item of content.items) {
        if ('type' in item) {
          // The typings omit `tag` and `id`; pdf.js sets them on every beginMarkedContent(Props) item.
          if (item.type === 'endMarkedContent') open.pop();
          else open.push({ tag: (item as { tag?: string }).tag ?? '', id: (item as { id?: string | null }).id ?? null });
          continue;
        }
        if (open.length === 0 || open.some((m) => m.tag === 'Artifact')) continue;
        const id = open.find((m) => m.id)?.id ?? '';
        const parts = byId.get(id);
        if (parts) parts.push(item.str);
        else byId.set(id, [item.str]);
      }
      // Marked content the tree does not name (none in Chromium's PDFs) follows in stream order.
      const ordered = new Set([...contentOrder((await page.getStructTree()) as StructNode | null).filter((id) => byId.has(id)), ...byId.keys()]);
      for (const id of ordered) out.push(byId.get(id)!.join(''));
      page.cleanup();
    }
  } finally {
    await pdf.destroy();
  }
  return out.join('');
}
