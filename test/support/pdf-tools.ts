/** Poppler as the independent oracle for PDFs. */
import { execFileSync } from 'node:child_process';

export const pdfText = (file: string, args: string[] = []) => execFileSync('pdftotext', ['-layout', ...args, file, '-'], { encoding: 'utf8' });

export function pdfPages(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
}

export function pdfFonts(file: string): PdfFont[] {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const m = /^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)/.exec(line)!;
      return { name: m[1]!, type: m[2]!.trim(), embedded: m[4] === 'yes', subset: m[5] === 'yes' };
    });
}
