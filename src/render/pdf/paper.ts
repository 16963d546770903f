/** Trim sizes (`--paper`) and the @page rules that follow from them. */
import type { Metadata } from '../../metadata.js';

export interface PaperSize {
  name: string;
  width: number;
  height: number;
}

/** Finished sizes in mm. */
export const PAPER: Record<string, [number, number]> = {
  a4: [210, 297],
  a5: [148, 210],
  b5: [176, 250],
  '16k': [185, 260],
  '32k': [130, 184],
};

export function paperSize(name: string): PaperSize {
  const known = PAPER[name.toLowerCase()];
  if (known) return { name: name.toLowerCase(), width: known[0], height: known[1] };
  const [w, h] = name.toLowerCase().split('x').map(Number);
  return { name, width: w!, height: h! };
}

/** Margins scale with the page: about 1/9 of the width inside, more at the foot for the folio. */
export function pageCss(size: PaperSize, meta: Metadata): string {
  const m = (f: number) => `${Math.round(size.width * f)}mm`;
  const head = JSON.stringify(meta.title);
  return `
@page { size: ${size.width}mm ${size.height}mm; margin: ${m(0.12)} ${m(0.11)} ${m(0.13)}; 
  @bottom-center { content: counter(page); font-family: 'Huozi Serif'; font-size: 9pt; } }
@page :left { @top-left { content: ${head}; font-family: 'Huozi Sans'; font-size: 8pt; } }
@page cover { margin: ${m(0.12)}; @bottom-center { content: none; } @top-left { content: none; } }
@page front { @bottom-center { content: none; } @top-left { content: none; } }
`;
}
