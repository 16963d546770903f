/**
 * Document information from the metadata model, fixed dates, and a file ID
 * that depends only on the inputs: the same input and options give a
 * byte-identical PDF.
 */
import { createHash } from 'node:crypto';
import { PDFDocument, PDFHexString, PDFName, PDFString } from '@cantoo/pdf-lib';
import type { Metadata } from '../../metadata.js';

const md5 = (text: string) => PDFHexString.of(createHash('md5').update(text).digest('hex'));

/** `fingerprint` is anything that changes when the content does (the HTML and the options). */
export function setDocumentInfo(pdf: PDFDocument, meta: Metadata, fingerprint: string): void {
  const date = new Date(meta.modified);
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) pdf.setAuthor(meta.author);
  pdf.setSubject(meta.description);
  pdf.setCreator('huozi');
  pdf.setProducer('huozi (Chromium, pdf-lib)');
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  pdf.catalog.set(PDFName.of('Lang'), PDFString.of(meta.lang));
  // First ID: the book (permanent); second: this content.
  pdf.context.trailerInfo.ID = pdf.context.obj([md5(meta.identifier), md5(fingerprint)]);
}
