/** Notes in print: at the end of the topic or section that refers to them, without the web back-link. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { tmp } from '../support/paths.js';
import { pdfText, squash } from '../support/pdf-tools.js';
import { pdfPlaced } from './line-composition/figures.js';


describe('pdf notes', () => {
  let pdf: string;
  let html: string;
  beforeAll(async () => {
    const dir = join(tmp, 'pdf-notes');
    mkdirSync(dir, { recursive: true });
    const input = join(dir, 'notes.md');
    writeFileSync(
      input,
      [
        '# 湿地保护情况通报',
        '',
        '## 第一部分：水质',
        '',
        '园区水质已由劣Ⅴ类提升到Ⅲ类[^a]。监测站每月公布一次数据。',
        '',
        '## 第二部分：鸟类',
        '',
        '候鸟种类由112种增加到127种[^b]。',
        '',
        '[^a]: 水质数据来源：市生态环境监测站年度报告。',
        '[^b]: 鸟类数据来源：市林业和园林局监测报告。他说：“见《报告（2022）》。”',
        '',
      ].join('\n'),
    );
    const result = await build([input], { out: join(dir, 'out'), formats: ['pdf', 'html'] });
    pdf = result.written.find((f) => f.endsWith('.pdf'))!;
    html = result.written.find((f) => f.endsWith('.html'))!;
  });

  it('sets each note at the end of the section that refers to it', () => {
    const text = squash(pdfText(pdf));
    const noteA = text.indexOf('水质数据来源');
    expect(noteA).toBeGreaterThan(text.indexOf('监测站每月公布一次数据'));
    expect(noteA).toBeLessThan(text.lastIndexOf('第二部分：鸟类'));
    expect(text.indexOf('鸟类数据来源')).toBeGreaterThan(text.lastIndexOf('候鸟种类'));
  });

  it("numbers citations and notes alike, the second section's list going on from 2", () => {
    const text = squash(pdfText(pdf));
    expect(text).toContain('Ⅲ类1。');
    expect(text).toContain('127种2。');
    expect(text).toContain('1.水质数据来源');
    expect(text).toContain('2.鸟类数据来源');
  });

  it('sets a run of closing marks in a note each half an em on, none drawn over another (CLREQ §3.1.6)', async () => {
    const line = (await pdfPlaced(pdf)).find((l) => l.map((g) => g.char).join('').includes('2022）》。”'))!;
    const chars = line.map((g) => g.char).join('');
    const at = chars.indexOf('）》。”');
    const advances = [0, 1, 2].map((k) => (line[at + k + 1]!.x - line[at + k]!.x) / line[at + k]!.size);
    for (const a of advances) expect(a).toBeCloseTo(0.5, 1);
  });

  it('prints no back-link, which the web edition has (negative control)', () => {
    expect(pdfText(pdf)).not.toContain('↑');
    expect(readFileSync(html, 'utf8')).toContain('↑');
  });
});
