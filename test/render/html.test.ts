import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../support/browser.js';
import { output } from '../support/outputs.js';
import { golden } from '../support/paths.js';

const file = output('press-conference', 'html');
afterAll(() => testBrowser.close());

describe('html: the built-in example', () => {
  it('matches the reviewed golden HTML', async () => {
    await expect(readFileSync(file, 'utf8')).toMatchFileSnapshot(join(golden, 'press-conference.html'));
  });

  it('shows every topic heading in the DOM of real Chromium', async () => {
    const page = await (await testBrowser.get()).newPage();
    await page.goto(pathToFileURL(file).href);
    const headings = await page.$$eval('section.topic > h2', (hs) => hs.map((h) => h.textContent?.replace(/\s+/g, ' ').trim()));
    await page.close();
    expect(headings).toHaveLength(21);
    expect(headings[0]).toBe('1 谈元首外交');
    expect(headings[20]).toBe('21 谈人类命运共同体');
  });
});
