import { basename } from 'node:path';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../support/browser.js';
import { builtFiles } from '../support/outputs.js';
import { withPage } from './html/open-page.js';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** WCAG 2.1 A and AA (colour contrast included), and axe's best practices (heading order, landmarks, regions). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
afterAll(() => testBrowser.close());

interface Violation {
  id: string;
  nodes: string[];
}

async function axe(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[]; failureSummary?: string }> }> }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`) }));
  }, TAGS);
}

describe('html: axe-core in headless Chromium, WCAG 2.1 AA', () => {
  const pages = builtFiles('html');
  it('covers the example, the 400-topic page and every fixture', () => {
    expect(pages.map((p) => basename(p))).toEqual(expect.arrayContaining(['press-conference.html', 'long-400.html']));
  });
  for (const file of pages) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const view of [{ width: 390, height: 844 }, { width: 1440, height: 900 }]) {
        it(`${basename(file)}, ${scheme}, ${view.width} px: zero violations`, async () => {
          expect(await withPage(file, { ...view, scheme }, axe)).toEqual([]);
        });
      }
    }
  }
});
