import { describe, expect, it } from 'vitest';
import { output } from '../support/outputs.js';
import { pdfFonts, pdfPages, pdfText } from '../support/pdf-tools.js';

const file = output('press-conference', 'pdf');

describe('pdf: the built-in example', () => {
  it('has a cover, contents and body pages', () => {
    expect(pdfPages(file)).toBeGreaterThanOrEqual(8);
  });

  it('prints the headline on page 1', () => {
    expect(pdfText(file, ['-f', '1', '-l', '1']).replace(/\s+/g, '')).toContain('王毅就中国外交政策和对外关系回答中外记者提问');
  });

  it('embeds only the project fonts, as subset CID TrueType, never Type 3', () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f.type).toBe('CID TrueType');
      expect(f.embedded && f.subset).toBe(true);
      expect(f.name).toMatch(/^[A-Z]{6}\+(NotoSerifSC|NotoSansSC|LXGWWenKai)/);
    }
  });
});
