/**
 * Line-end compression in one long paragraph (src/render/pdf/line-ends.ts): a speech-recognition export of some
 * 30 000 characters with no paragraph break, whose compressions keep moving the lines after them for more rounds than
 * the step runs. Read back from Chromium's boxes: marks stay compressed only where they still end a line, at least
 * the opening's (control: the same checker finds a compressed mark moved into the middle of a line).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { compressLineEnds } from '../../../src/render/pdf/line-ends.js';
import { testBrowser } from '../../support/browser.js';

afterAll(() => testBrowser.close());

const SENTENCES = ['我们统计了一下，全市共有老旧小区一千多个。', '这个问题涉及到加装电梯、停车难等等，', '各位听众，大家好！', '我们已经研究过了，各部门正在抓紧推进；'];
const TEXT = Array.from({ length: 1500 }, (_, i) => SENTENCES[(i * 7) % SENTENCES.length]).join('');
const PAGE = `<!doctype html><html lang="zh-Hans" style="--measure: 315pt"><head><style>
  body { margin: 0; font: 10.5pt/18pt serif; } main { width: var(--measure); } main p { text-align: justify; overflow-x: clip; } .pc-e { margin-right: -0.5em; }
</style></head><body><main><p>${TEXT}</p></main></body></html>`;

/** Compressed marks that no longer end their line: their full-width box does not reach half an em past the edge. */
const stranded = (page: Page) =>
  page.evaluate(() => {
    const p = document.querySelector('main p')!;
    const right = p.getBoundingClientRect().right;
    return Array.from(p.querySelectorAll<HTMLElement>('span[data-line-end]')).filter((span) => {
      const box = span.getBoundingClientRect();
      return Math.abs(box.right - parseFloat(getComputedStyle(span).fontSize) / 2 - right) >= 0.5;
    }).length;
  });

describe('line-end compression in a paragraph of 30 000 characters', () => {
  it('leaves no compressed mark inside a line, and compresses the opening lines\' ends (control: a moved mark is found)', async () => {
    const page = await (await testBrowser.get()).newPage();
    try {
      await page.setContent(PAGE);
      const compressed = await compressLineEnds(page);
      expect(compressed).toBeGreaterThan(0);
      expect(await stranded(page)).toBe(0);
      // Control: a character put before the first compressed mark pushes it off its line end.
      await page.evaluate(() => document.querySelector('span[data-line-end]')!.before('加'));
      expect(await stranded(page)).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});
