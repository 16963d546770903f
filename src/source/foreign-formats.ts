/**
 * Files that are not transcripts but are often given as one: a PDF, a Word
 * document, an RTF file, a saved web page. Recognised by their first bytes (ISO 32000 `%PDF-`; the OOXML zip
 * with a `word/` part, any other zip; `{\rtf`; `<!DOCTYPE html` or `<html>`; the OLE2 compound file of `.doc`) and refused with how
 * to save the text, before the decoder calls them "binary data".
 *
 * Hook for the structure issue (i13): to read `.docx` instead of refusing it,
 * convert it before `parse()` and drop its entry here.
 */
import { inputError } from '../errors.js';

interface ForeignFormat {
  name: string;
  matches(bytes: Uint8Array): boolean;
  /** How to turn it into a transcript huozi reads. */
  advice: string;
}

const startsWith = (bytes: Uint8Array, ...magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) => Buffer.from(bytes.subarray(from, to)).toString('latin1');

export const FOREIGN_FORMATS: ForeignFormat[] = [
  {
    name: 'a PDF file',
    // A PDF may have junk before its header (readers look in the first 1024 bytes) and ends in %%EOF;
    // both together never open and close a transcript that merely mentions them.
    matches: (bytes) => /(^|[\r\n])%PDF-\d\.\d/.test(ascii(bytes, 0, 1024)) && ascii(bytes, Math.max(0, bytes.length - 2048), bytes.length).includes('%%EOF'),
    advice: 'open it, select all the text and paste it into a plain-text file (or run `pdftotext -enc UTF-8 file.pdf file.txt`), then build that',
  },
  {
    name: 'a Word document (.docx)',
    matches: (bytes) => startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) && ascii(bytes, 0, 64 * 1024).includes('word/'),
    advice: 'in Word choose File › Save As › Plain Text (.txt) with Unicode (UTF-8) encoding, then build the .txt file',
  },
  {
    // Any other zip (an EPUB, a spreadsheet, a Word file cut short): never text.
    name: 'a ZIP archive (an EPUB, an office document or a compressed folder)',
    matches: (bytes) => startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06),
    advice: 'open it in the program that made it and save the text as a plain-text file (UTF-8), then build that',
  },
  {
    name: 'an RTF document',
    matches: (bytes) => /^(?:\xEF\xBB\xBF)?\{\\rtf/.test(ascii(bytes, 0, 16)),
    advice: 'in the editor that made it (WordPad, TextEdit, Word) save it as plain text (.txt) in UTF-8, then build that',
  },
  {
    name: 'a web page (HTML)',
    matches: (bytes) => /^(?:\xEF\xBB\xBF)?\s*(?:<!doctype html|<html[\s>])/i.test(ascii(bytes, 0, 512)),
    advice: 'open it in a browser, select the article\'s text and paste it into a plain-text file, then build that',
  },
  {
    name: 'a Word 97–2003 document (.doc)',
    matches: (bytes) => startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
    advice: 'in Word choose File › Save As › Plain Text (.txt) with Unicode (UTF-8) encoding, then build the .txt file',
  },
];

/** Throws an input error (exit 1) naming the format and the way out, if `bytes` are one of `FOREIGN_FORMATS`. */
export function refuseForeignFormat(bytes: Uint8Array, file?: string): void {
  const format = FOREIGN_FORMATS.find((f) => f.matches(bytes));
  if (format) throw inputError(file, `this is ${format.name}, not a text transcript: ${format.advice}`);
}
