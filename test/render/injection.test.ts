import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { testBrowser } from '../support/browser.js';
import { pdfText } from '../support/pdf-tools.js';
import { tempDir } from '../support/temp.js';

// Template syntax (Handlebars, which huozi runs, and EJS) and markup, as transcript text.
const hostile = ['{{7*7}}', '{{{raw}}}', '<%= 7*7 %>', '<script>alert(1)</script>', '<b onclick="x()">粗体</b>', '&amp;'];
const transcript = ['特别报道', '', '测试标题{{title}}', '', ...hostile.map((h, i) => `王毅：第${i + 1}句${h}结束。`)].join('\n');

let out: string;
beforeAll(async () => {
  const dir = tempDir('inject');
  writeFileSync(join(dir, 'hostile.txt'), transcript);
  out = join(dir, 'out');
  await build([join(dir, 'hostile.txt')], { out });
});
afterAll(() => testBrowser.close());

describe('transcript text is never markup or template code', () => {
  it('HTML: every hostile string is shown literally, and no element came from the transcript', async () => {
    const page = await (await testBrowser.get()).newPage();
    await page.goto(pathToFileURL(join(out, 'hostile.html')).href);
    const text = await page.$eval('main', (m) => m.textContent ?? '');
    const injected = await page.$$eval('main script, main b[onclick]', (els) => els.length);
    await page.close();
    for (const h of hostile) expect(text).toContain(h);
    expect(injected).toBe(0);
  });

  it('EPUB: every chapter holds the strings as escaped text', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(out, 'hostile.epub')));
    const xhtml = (await Promise.all(Object.values(zip.files).filter((f) => f.name.endsWith('.xhtml')).map((f) => f.async('string')))).join('\n');
    // The text a reader gets: the typesetting stage's spans and break points are markup of huozi's, not the transcript's.
    // Each reference decoded once, as an XML parser reads it (`&#x26;amp;` is the text `&amp;`).
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    const decoded = xhtml
      .replace(/<[^>]+>/g, '')
      .replace(/&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|quot|apos|amp));/gi, (_, hex?: string, dec?: string, name?: string) => (name ? named[name]! : String.fromCodePoint(hex ? parseInt(hex, 16) : Number(dec))));
    for (const h of hostile) expect(decoded).toContain(h);
    expect(xhtml).not.toMatch(/<script|<[^>]*\sonclick=/);
    expect(decoded).not.toMatch(/第\d句49结束/);
  });

  it('PDF: the strings are printed as text', () => {
    const text = pdfText(join(out, 'hostile.pdf')).replace(/\s+/g, '');
    for (const h of hostile) expect(text).toContain(h.replace(/\s+/g, ''));
  });
});
