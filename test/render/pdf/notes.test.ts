/** Where the print sets its notes: after the topic or section that first cites each, a section's title included. */
import { describe, expect, it } from 'vitest';
import { resolveMetadata } from '../../../src/metadata.js';
import { notesPlacement } from '../../../src/render/pdf/notes.js';
import { buildView } from '../../../src/render/view.js';
import { parse } from '../../../src/source/parse.js';

const md = ['# 通报', '', '## 第一章 **要点[^gamma]**', '', '正文[^alpha]。', '', '## 第二章', '', '再引[^gamma]，又见[^beta]。', '', '[^alpha]: 甲。', '[^beta]: 乙。', '[^gamma]: 丙。', ''].join('\n');

describe('pdf notes placement', () => {
  it('sets a note cited in a section title after that section, and each section’s notes in number order', () => {
    const doc = parse(Buffer.from(md), { file: 'notes.md' }).doc;
    const view = buildView(doc, resolveMetadata(doc, {}, {}), 'pdf');
    const { notesAfter, notesAtEnd } = notesPlacement(view);
    const placed = Object.values(notesAfter).map((notes) => notes.map((n) => n.identifier));
    expect(placed).toEqual([['gamma', 'alpha'], ['beta']]);
    expect(notesAtEnd).toEqual([]);
  });

  it('sets a note cited only inside another note after the section that cites that note', () => {
    const nested = ['# 通报', '', '## 第一章', '', '正文。', '', '## 第二章', '', '正文[^a]。', '', '[^a]: 甲，见[^b]。', '[^b]: 乙，见[^c]。', '[^c]: 丙。', ''].join('\n');
    const doc = parse(Buffer.from(nested), { file: 'nested.md' }).doc;
    const { notesAfter, notesAtEnd } = notesPlacement(buildView(doc, resolveMetadata(doc, {}, {}), 'pdf'));
    expect(Object.entries(notesAfter).map(([id, notes]) => [id, notes.map((n) => n.identifier)])).toEqual([['section-2', ['a', 'b', 'c']]]);
    expect(notesAtEnd).toEqual([]);
  });

  it('sets a note the opening cites (before any section) after the opening, not alone at the end', () => {
    const opening = ['# 通报', '', '开场说明[^a]。', '', '## 第一章', '', '正文[^b]。', '', '[^a]: 甲。', '[^b]: 乙。', '[^c]: 无人引用。', ''].join('\n');
    const doc = parse(Buffer.from(opening), { file: 'opening.md' }).doc;
    const { notesAfterOpening, notesAfter, notesAtEnd } = notesPlacement(buildView(doc, resolveMetadata(doc, {}, {}), 'pdf'));
    expect(notesAfterOpening.map((n) => n.identifier)).toEqual(['a']);
    expect(Object.values(notesAfter).map((notes) => notes.map((n) => n.identifier))).toEqual([['b']]);
    expect(notesAtEnd.map((n) => n.identifier)).toEqual(['c']);
  });
});
