/**
 * A sidecar's corrections reach every edition: one transcript (the podcast
 * fixture) is built to HTML, EPUB and PDF with a `<stem>.huozi.yaml` that
 * changes its title, date and the two speakers' roles. The control: parsed
 * without the sidecar, the transcript gives the other title, no date, and the
 * opposite roles.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { parse } from '../../src/source/parse.js';
import { fixtures } from '../support/paths.js';
import { tempDir } from '../support/temp.js';

const SIDECAR = 'title: 在县城开一家书店\ndate: 2024-12-31\nspeakers:\n  岑一帆: answer\n  包晓蕾: question\n';
let dir: string;
let out: string;

beforeAll(async () => {
  dir = tempDir('sidecar-editions');
  out = join(dir, 'out');
  copyFileSync(join(fixtures, 'podcast-names.txt'), join(dir, 'podcast.txt'));
  writeFileSync(join(dir, 'podcast.huozi.yaml'), SIDECAR);
  await build([join(dir, 'podcast.txt')], { out });
}, 900_000);

describe('sidecar corrections in all three editions', () => {
  it('control: without the sidecar the transcript says otherwise', () => {
    const { doc } = parse(readFileSync(join(fixtures, 'podcast-names.txt')), { sidecar: false });
    expect(doc.data.stated.title).toBe('《慢读》播客第63期｜在县城开一家独立书店');
    expect(doc.data.stated.date).toBeUndefined();
    const roles = new Set(doc.children.flatMap((c) => (c.type === 'turn' ? [`${c.speaker}/${c.role}`] : [])));
    expect(roles).toEqual(new Set(['岑一帆/question', '包晓蕾/answer']));
  });

  it('HTML: title, date and the question look on 包晓蕾', () => {
    const html = readFileSync(join(out, 'podcast.html'), 'utf8');
    expect(html).toMatch(/<title>[^<]*在县城开一家书店/);
    expect(html).toContain('2024-12-31');
    expect(html).toMatch(/<div class="turn turn-question"[^>]*><p><b class="speaker">包晓蕾/);
    expect(html).toMatch(/<div class="turn turn-answer"[^>]*><p><b class="speaker">岑一帆/);
  });

  it('EPUB: dc:title, dc:date and question turns marked epub:type="question"', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(out, 'podcast.epub')));
    const opf = await zip.file(/\.opf$/)[0]!.async('string');
    expect(opf).toMatch(/<dc:title[^>]*>在县城开一家书店<\/dc:title>/);
    expect(opf).toMatch(/<dc:date>2024-12-31/);
    const chapters = await Promise.all(zip.file(/\.xhtml$/).map((f) => f.async('string')));
    const body = chapters.join('');
    expect(body).toMatch(/<div class="turn turn-question" epub:type="question"><p><b class="speaker">包晓蕾/);
    expect(body).not.toMatch(/turn-question" epub:type="question"><p><b class="speaker">岑一帆/);
  });

  it("PDF: /Title, the date, and 包晓蕾's speech set in Kai (the question face)", () => {
    const pdf = join(out, 'podcast.pdf');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+在县城开一家书店/);
    expect(info).toMatch(/CreationDate:.*Dec 31 .*2024/);
    // mutool trace gives each span of glyphs with its font: find the font of 包晓蕾's first words and of 岑一帆's.
    const trace = execFileSync('mutool', ['trace', pdf], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const fontOf = (text: string) => {
      // The glyphs of `text` in a row, then the last font named before them.
      const [first, ...rest] = [...text];
      let at = trace.indexOf(`unicode="${first}"`);
      while (at >= 0 && !rest.every((c, k) => trace.indexOf(`unicode="${c}"`, at) - at < 300 * (k + 1) && trace.indexOf(`unicode="${c}"`, at) > at)) at = trace.indexOf(`unicode="${first}"`, at + 1);
      const before = at >= 0 ? trace.lastIndexOf('font="', at) : -1;
      return before >= 0 ? /font="([^"]+)"/.exec(trace.slice(before))![1]! : '';
    };
    expect(fontOf('我是晓蕾')).toMatch(/WenKai|Kai/i);
    // Not words the cover quotes (the first answer to a question, in the cover's own face): a later turn of 岑一帆's.
    expect(fontOf('那实际情况呢')).toMatch(/\S/);
    expect(fontOf('那实际情况呢')).not.toMatch(/WenKai|Kai/i);
  });
});
