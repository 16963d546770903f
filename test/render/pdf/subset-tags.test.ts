/** One subset tag per font program (ISO 32000-1 §9.6.4), in descriptors and the fonts above them. */
import { PDFArray, PDFDict, PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { uniqueSubsetTags } from '../../../src/render/pdf/subset-tags.js';

/** A Type 0 font over a CID font over a descriptor naming `name`, with its own program unless `program` is given. */
function addFont(pdf: PDFDocument, name: string, program = pdf.context.register(pdf.context.flateStream(new Uint8Array([name.length])))) {
  const { context } = pdf;
  const descriptor = context.obj({ Type: 'FontDescriptor', FontName: PDFName.of(name), FontFile2: program });
  const cid = context.obj({ Type: 'Font', Subtype: 'CIDFontType2', BaseFont: PDFName.of(name), FontDescriptor: context.register(descriptor) });
  const type0 = context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: PDFName.of(name), DescendantFonts: [context.register(cid)] });
  context.register(type0);
  return { descriptor, cid, type0, program };
}

const names = (font: ReturnType<typeof addFont>) => [
  font.descriptor.lookup(PDFName.of('FontName'), PDFName).decodeText(),
  font.cid.lookup(PDFName.of('BaseFont'), PDFName).decodeText(),
  font.type0.lookup(PDFName.of('BaseFont'), PDFName).decodeText(),
];

describe('subset tags', () => {
  it('renames a second program under a tag already taken, in its descriptor and both fonts, to the first free tag', async () => {
    const pdf = await PDFDocument.create();
    const first = addFont(pdf, 'AAAAAA+NotoSerifSC-Regular');
    addFont(pdf, 'BAAAAA+NotoSansSC-Regular');
    const clash = addFont(pdf, 'AAAAAA+NotoSerifSC-Regular');
    expect(uniqueSubsetTags(pdf)).toBe(1);
    expect(names(first)).toEqual(Array(3).fill('AAAAAA+NotoSerifSC-Regular'));
    expect(names(clash)).toEqual(Array(3).fill('CAAAAA+NotoSerifSC-Regular'));
    expect(clash.type0.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict)).toBe(clash.cid);
  });

  it('control: distinct tags, and one program named twice, are left as they are', async () => {
    const pdf = await PDFDocument.create();
    const a = addFont(pdf, 'AAAAAA+NotoSerifSC-Regular');
    const again = addFont(pdf, 'AAAAAA+NotoSerifSC-Regular', a.program);
    addFont(pdf, 'BAAAAA+NotoSansSC-Regular');
    expect(uniqueSubsetTags(pdf)).toBe(0);
    expect(names(again)).toEqual(Array(3).fill('AAAAAA+NotoSerifSC-Regular'));
  });
});
