/**
 * packageEpub zips the plan as it is: the OCF container's order and compression, every document and file byte for
 * byte at its path (nothing parsed or rewritten: a list's start and a table header's scope survive, which
 * epub-gen-memory's clean-up stripped), and hostile text left as the plan escaped it.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { resolveMetadata } from '../../../src/metadata.js';
import { packageEpub } from '../../../src/render/epub/package.js';
import { type BookPlan, type BookResources, planBook } from '../../../src/render/epub/plan.js';
import { createTemplates } from '../../../src/render/templates.js';
import { buildView } from '../../../src/render/view.js';
import { parse } from '../../../src/source/parse.js';

const resources = (): BookResources => ({
  images: [],
  cover: { svg: Promise.resolve('<svg xmlns="http://www.w3.org/2000/svg"/>'), alt: '封面' },
  fonts: { css: '', names: ['serif-400.ttf'], files: Promise.resolve([{ name: 'serif-400.ttf', data: new Uint8Array([0, 1, 0, 0, 9]) }]), licences: [] },
});
const source = ['# 湿地公园报道', '', '## 三件事', '', '第三步起：', '', '3. 疏浚河道', '4. 种植芦苇', '', '| 指标 | 2025年 |', '| --- | --- |', '| 水质 | Ⅲ类 |', ''].join('\n');
const planOf = (text: string) => {
  const { doc } = parse(new TextEncoder().encode(text), { file: 'wetland.md' });
  return planBook(buildView(doc, resolveMetadata(doc, {}, {}), 'epub'), resources(), createTemplates());
};
const unzip = (plan: BookPlan) => JSZip.loadAsync(packageEpub(plan));

describe('packageEpub', () => {
  it('writes mimetype first and stored, then the container naming the package document', async () => {
    const bytes = Buffer.from(packageEpub(await planOf(source)));
    // The first local file header (APPNOTE 4.3.7): compression method 0 (stored) at offset 8, the name at 30, the data after it.
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(8)).toBe(0);
    expect(bytes.toString('latin1', 30, 30 + bytes.readUInt16LE(26))).toBe('mimetype');
    expect(bytes.readUInt16LE(28)).toBe(0);
    expect(bytes.toString('latin1', 38, 58)).toBe('application/epub+zip');
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('META-INF/container.xml')!.async('string')).toContain('<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>');
  });

  it('holds every document and file of the plan byte for byte, and nothing else', async () => {
    const plan = await planOf(source);
    const zip = await unzip(plan);
    const expected = new Map<string, string | Uint8Array>([
      ['mimetype', 'application/epub+zip'],
      ['OEBPS/content.opf', plan.opf],
      ['OEBPS/toc.xhtml', plan.nav.xhtml],
      ['OEBPS/toc.ncx', plan.nav.ncx],
      ['OEBPS/style.css', plan.css],
      ...plan.documents.map((d) => [`OEBPS/${d.filename}`, d.xhtml] as [string, string]),
      ...plan.files.map((f) => [`OEBPS/${f.path}`, f.data] as [string, string | Uint8Array]),
    ]);
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    expect(names.filter((n) => n !== 'META-INF/container.xml').sort()).toEqual([...expected.keys()].sort());
    for (const [name, data] of expected) {
      const bytes = await zip.file(name)!.async('uint8array');
      expect(Buffer.from(bytes).equals(Buffer.from(typeof data === 'string' ? Buffer.from(data) : data)), name).toBe(true);
    }
  });

  it("keeps a list's start and a table header's scope in the chapter (control: a list from 1 has no start)", async () => {
    const chapter = async (text: string) => {
      const zip = await unzip(await planOf(text));
      const docs = await Promise.all(Object.keys(zip.files).filter((n) => /OEBPS\/(opening|section-\d+)\.xhtml$/.test(n)).map((n) => zip.file(n)!.async('string')));
      return docs.join('\n');
    };
    const numbered = await chapter(source);
    expect(numbered).toMatch(/<ol start="3">/);
    expect(numbered).toMatch(/<th scope="col">指标<\/th>/);
    expect(await chapter(source.replace('3. 疏浚河道', '1. 疏浚河道').replace('4. 种植芦苇', '2. 种植芦苇'))).not.toMatch(/<ol start="3">/);
  });
});
