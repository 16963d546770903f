/**
 * The fidelity check's PDF reader: pdf.js runs in worker threads, so the build's
 * own thread keeps its built-ins native also once a PDF has been read (a plain
 * import of the legacy build replaces `Array.prototype.push`, `JSON.parse` and
 * `JSON.stringify`, and pdf.js's own import of its worker module on the first
 * read replaces them again after they were put back: negative controls, in
 * child processes, showing why the worker puts them back only once both loaded).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPdfText } from '../../src/build/pdf-text.js';
import { printBrowser } from '../support/print-browser.js';
import { root } from '../support/paths.js';
import { tempDir } from '../support/temp.js';

/** Compared by identity: core-js makes its replacements print as `[native code]`. */
const current = () => ({ 'Array.prototype.push': Array.prototype.push, 'JSON.parse': JSON.parse, 'JSON.stringify': JSON.stringify });
// Taken before any import of pdf.js in this (isolated) test process.
const natives = current();

/** A one-page PDF saying `text`. */
async function onePage(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage().drawText(text, { font: await pdf.embedFont(StandardFonts.Helvetica), x: 50, y: 700 });
  return pdf.save();
}

/** Runs an ES module script in a new node from the project folder; its output, trimmed. */
const child = (script: string, ...args: string[]) => execFileSync(process.execPath, ['--input-type=module', '-e', script, ...args], { cwd: root, encoding: 'utf8' }).trim();

let sample: Uint8Array;
beforeAll(async () => {
  sample = await onePage('fidelity sample');
});

/** The tagged text of `data`, read by a reader opened for it alone. */
async function readOnce(data: Uint8Array): Promise<string> {
  const reader = openPdfText();
  try {
    return await reader.read(data);
  } finally {
    await reader.close();
  }
}

describe('the PDF reader\'s thread', () => {
  it('a plain import of the legacy build replaces native built-ins (negative control)', () => {
    const script = `const current = () => [Array.prototype.push, JSON.parse, JSON.stringify];
      const natives = current();
      await import('pdfjs-dist/legacy/build/pdf.mjs');
      console.log(current().map((f, i) => f === natives[i]).join(' '));`;
    expect(child(script)).toBe('false false false');
  });

  it('the first read imports the worker module, which replaces them again once put back (negative control)', async () => {
    const file = join(tempDir('pdfjs'), 'sample.pdf');
    writeFileSync(file, sample);
    const script = `import { readFileSync } from 'node:fs';
      const natives = [Array.prototype.push, JSON.stringify];
      const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
      [Array.prototype.push, JSON.stringify] = natives;
      const pdf = await getDocument({ data: new Uint8Array(readFileSync(process.argv[1])), verbosity: 0 }).promise;
      await (await pdf.getPage(1)).getTextContent();
      await pdf.destroy();
      console.log([Array.prototype.push, JSON.stringify].map((f, i) => f === natives[i]).join(' '));`;
    expect(child(script, file)).toBe('false false');
  });

  it('reads in a thread of its own: this thread keeps its native built-ins and never loads pdf.js', async () => {
    // The page is untagged, so no text counts as printed.
    expect(await readOnce(sample)).toBe('');
    for (const [name, f] of Object.entries(current())) expect(f === natives[name as keyof typeof natives], name).toBe(true);
    expect((globalThis as { pdfjsWorker?: unknown }).pdfjsWorker).toBeUndefined();
  });
});

describe('openPdfText', () => {
  /** A tagged print of three pages, each one character. */
  async function threePages(): Promise<Uint8Array> {
    const page = await (await printBrowser.get()).newPage();
    try {
      await page.setContent('<html lang="zh-Hans"><body><p>甲</p><p style="break-before: page">乙</p><p style="break-before: page">丙</p></body></html>');
      return await page.pdf({ format: 'A6', tagged: true });
    } finally {
      await page.close();
    }
  }

  it("reads a tagged print's text page after page, and again from the thread a closed reader left", async () => {
    const print = await threePages();
    for (let reader = 0; reader < 2; reader++) {
      const pdf = openPdfText();
      try {
        expect(await pdf.read(print)).toBe('甲乙丙');
      } finally {
        await pdf.close();
      }
    }
  });

  it('reads a print at or above the split size in two halves at once, in page order; below it, whole', async () => {
    const print = await threePages();
    for (const splitFrom of [0, print.byteLength, print.byteLength + 1]) {
      const pdf = openPdfText(splitFrom);
      try {
        expect(await pdf.read(print), String(splitFrom)).toBe('甲乙丙');
      } finally {
        await pdf.close();
      }
    }
  });

  it('fails with the reason when pdf.js cannot read the bytes, and the reader still closes', async () => {
    const reader = openPdfText();
    try {
      await expect(reader.read(new TextEncoder().encode('not a PDF'))).rejects.toThrow(/pdf\.js could not read the print/);
    } finally {
      await reader.close();
    }
  });
});
