/** The content-stream operator rewriter used by --press, and the ToUnicode correction, on hand-written input. */
import { decodePDFRawStream, PDFDocument, type PDFRawStream, type PDFRef } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { rewriteOperators } from '../../../src/render/pdf/content-stream.js';
import { fixToUnicode } from '../../../src/render/pdf/to-unicode.js';

const blackToGray = (op: string, args: string[]) => (op === 'rg' && args.join(' ') === '0 0 0' ? '0 g' : undefined);

describe('rewriteOperators', () => {
  it('rewrites an operator with its operands and keeps everything else byte for byte', () => {
    expect(rewriteOperators('q 0 0 0 RG 0 0 0 rg 1 0 0 1 5 5 cm Q', blackToGray)).toBe('q 0 0 0 RG 0 g 1 0 0 1 5 5 cm Q');
    expect(rewriteOperators('0.5 0 0 rg', blackToGray)).toBe('0.5 0 0 rg');
  });

  it('never takes bytes of strings, hex strings, comments or inline images for operators', () => {
    const content = [
      'BT (0 0 0 rg \\) still (nested) 0 0 0 rg) Tj <30203020302072 67> Tj ET',
      '% 0 0 0 rg in a comment',
      'BI /W 1 /H 1 /BPC 8 /CS /G ID 0 0 0 rg\nEI',
      "(a) ' 0 0 0 rg",
    ].join('\n');
    const out = rewriteOperators(content, blackToGray);
    expect(out.split('0 g').length - 1).toBe(1);
    expect(out.endsWith("(a) ' 0 g")).toBe(true);
    expect(out).toContain('ID 0 0 0 rg\nEI');
    expect(out).toContain('(0 0 0 rg \\) still (nested) 0 0 0 rg) Tj');
  });
});

describe('fixToUnicode', () => {
  /** A one-font PDF whose ToUnicode maps CID 1 to `first` (bfchar) and CIDs 2–3 to a range starting at `range`. */
  async function withCmap(first: number, range: number) {
    const pdf = await PDFDocument.create();
    const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
    const cmap = `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n1 beginbfchar\n<0001> <${hex(first)}>\nendbfchar\n1 beginbfrange\n<0002> <0003> <${hex(range)}>\nendbfrange\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend`;
    const toUnicode = pdf.context.register(pdf.context.flateStream(cmap));
    pdf.context.register(pdf.context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: 'X', ToUnicode: toUnicode }));
    const read = () => {
      const stream = pdf.context.lookup(toUnicode as PDFRef) as PDFRawStream;
      return new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
    };
    return { pdf, read };
  }

  it('maps a Kangxi radical the text lacks to its twin the text has (⽣ → 生), ranges included', async () => {
    const { pdf, read } = await withCmap(0x2f63, 0x2f00);
    fixToUnicode(pdf, '生一丨', 'zh-Hans');
    const cmap = read();
    expect(cmap).toContain('<0001> <751F>');
    expect(cmap).toContain('<0002> <4E00>');
    expect(cmap).toContain('<0003> <4E28>');
    expect(cmap).toContain('endcmap');
  });

  it('maps a CJK radical with no NFKC link to the ideograph the faces draw with the same glyph (⻓ → 长, ⻘ → 青)', async () => {
    const { pdf, read } = await withCmap(0x2ed3, 0x2ed8);
    fixToUnicode(pdf, '长青', 'zh-Hans');
    const cmap = read();
    expect(cmap).toContain('<0001> <957F>');
    expect(cmap).toContain('<0002> <9752>');
  });

  it('leaves the map alone when the text has the mapped characters (negative control)', async () => {
    const { pdf, read } = await withCmap(0x2f63, 0x2f00);
    const before = read();
    fixToUnicode(pdf, '⽣⼀⼁', 'zh-Hans');
    expect(read()).toBe(before);
  });
});
