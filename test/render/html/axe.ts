/** axe-core in a page of the test file's Chromium: the violations of WCAG 2.1 A and AA (colour contrast included) and axe's best practices. */
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** WCAG 2.1 A and AA (colour contrast included), and axe's best practices (heading order, landmarks, regions). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export interface Violation {
  id: string;
  nodes: string[];
}

/** `withPage`'s `prepare` for axe: huozi's browser opens pages with scripts off (src/browser.ts), axe is a script. */
export const allowScripts = (page: Page) => page.setJavaScriptEnabled(true);

/** Runs axe on the loaded page (opened with `allowScripts`); each violation with up to five of its nodes. */
export async function axe(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[]; failureSummary?: string }> }> }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`) }));
  }, TAGS);
}
