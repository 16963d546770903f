/**
 * The characters each face draws, which the HTML and EPUB font subsets are cut
 * to: the document's text, its labels, and what the templates print from node
 * fields, such as a note reference's number.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/source/parse.js';
import { documentText, textByFace } from '../../src/render/text-by-face.js';

const doc = parse(Buffer.from('# 湿地\n\n记者说，**重点[^count]**在这里。\n\n[^count]: 数据来源。\n'), { file: 'notes.md' }).doc;

describe('text by face', () => {
  it("holds a note reference's number (not its identifier) in the face around it", () => {
    expect(documentText(doc)).toContain('1');
    const sans = textByFace(doc, { nodes: { strong: 'sans-700' }, labels: 'sans-400' }, {}).find((f) => f.role === 'sans' && f.weight === '700')!;
    expect(sans.text).toBe('重点1');
  });

  it("holds a table's header row in the face its stylesheet sets header cells in, and its other rows in the body's", () => {
    const table = parse(Buffer.from('# 表\n\n| 断面 | 优良率 |\n|---|---:|\n| 城东 | 95% |\n'), { file: 't.md' }).doc;
    const faces = textByFace(table, { nodes: { tableHeaderCell: 'sans-700' }, labels: 'sans-400' }, {});
    expect(faces.find((f) => f.role === 'sans' && f.weight === '700')!.text).toBe('断面优良率');
  });
});
