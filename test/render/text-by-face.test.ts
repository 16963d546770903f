/**
 * The characters each face draws, which the HTML and EPUB font subsets are cut
 * to: the document's text, its labels, and what the templates print from node
 * fields, such as a note reference's label.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/source/parse.js';
import { documentText, textByFace } from '../../src/render/text-by-face.js';

const doc = parse(Buffer.from('# 湿地\n\n## 城东湿地\n\n新增湿地公园3处[^count]。\n\n[^count]: 数据来源：监测报告。\n'), { file: 'notes.md' }).doc;

describe('text by face', () => {
  it("holds a note reference's label, which the templates print (the identifier, not a number)", () => {
    expect(documentText(doc)).toContain('count');
    const faces = textByFace(doc, { nodes: {}, labels: 'sans-700' }, {});
    expect(faces.find((f) => f.role === 'serif' && f.weight === '400')!.text).toContain('count');
  });
});
