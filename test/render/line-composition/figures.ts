/**
 * The line-composition figures of one built transcript in every edition:
 * pair advances and Han–Latin gaps in the PDF (pdf.js glyphs), in the HTML
 * and the EPUB as Chromium lays them out, and in the EPUB once more with
 * every `text-spacing-trim` / `text-autospace` declaration removed from its
 * style sheets (as a reading system that does not know them sees it).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { glyphLines, pdfGlyphs } from '../../support/pdf-glyphs.js';
import { tmp } from '../../support/paths.js';
import { chromiumLines, type Placed } from '../../typeset/measure.js';
import { readBook } from '../epub/read-book.js';
import { withPage } from '../html/open-page.js';

/** The text of the document: not the page furniture, contents or cover. */
const TEXT = 'main p, main h1, main h2, .title-block p, .title-block h1, body > section p, body > section h2, body p';

export type Edition = 'pdf' | 'html' | 'epub' | 'epub-no-rs-css';

export async function pdfPlaced(file: string, pages?: number): Promise<Placed[][]> {
  return glyphLines(await pdfGlyphs(file, pages));
}

/**
 * Re-applies the page's linked style sheets without any text-spacing-trim or
 * text-autospace declaration. The browser's CSS parser does the work (a
 * constructed sheet, edited through the CSSOM); returns how many went.
 */
export async function dropSpacingRules(page: Page): Promise<number> {
  const hrefs = await page.$$eval('link[rel="stylesheet"]', (links) => links.map((l) => (l as HTMLLinkElement).href));
  const texts = hrefs.map((href) => readFileSync(fileURLToPath(href), 'utf8'));
  const dropped = await page.evaluate((sheets: Array<[string, string]>) => {
    let count = 0;
    const visit = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule) {
          for (const prop of ['text-spacing-trim', 'text-autospace']) {
            if (rule.style.getPropertyValue(prop)) {
              rule.style.removeProperty(prop);
              count++;
            }
          }
        }
        if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
      }
    };
    const adopted = sheets.map(([href, text]) => {
      const sheet = new CSSStyleSheet({ baseURL: href } as CSSStyleSheetInit);
      sheet.replaceSync(text);
      visit(sheet.cssRules);
      return sheet;
    });
    for (const link of document.querySelectorAll('link[rel="stylesheet"]')) (link as HTMLLinkElement).disabled = true;
    document.adoptedStyleSheets = adopted;
    return document.fonts.ready.then(() => count);
  }, hrefs.map((h, i) => [h, texts[i]!] as [string, string]));
  return dropped;
}

/** Unpacks an EPUB under test/.tmp and returns the paths of its spine documents. */
export async function unpackEpub(file: string, name: string): Promise<string[]> {
  const book = await readBook(file);
  const dir = join(tmp, 'unpacked', name);
  rmSync(dir, { recursive: true, force: true });
  for (const entry of book.entries) {
    mkdirSync(dirname(join(dir, entry)), { recursive: true });
    writeFileSync(join(dir, entry), book.bytes(entry));
  }
  return book.spine.map((href) => join(dir, book.root, href));
}

export async function chromiumPlaced(file: string, width: number, drop = false): Promise<Placed[][]> {
  return withPage(file, { width, height: 800 }, async (page) => {
    if (drop) await dropSpacingRules(page);
    return chromiumLines(page, TEXT);
  });
}

/** A printed line holding one character and nothing else but punctuation (CLREQ: never a paragraph's last line). */
export const isSingleCharacterLine = (text: string) => Array.from(text.replace(/[\s\p{P}\p{S}]/gu, '')).length === 1 && /\p{Script=Han}/u.test(text);

/** Paragraphs of the page whose last line holds a single character (plus punctuation), as laid out by Chromium. */
export async function singleCharacterEnds(page: Page): Promise<string[]> {
  // Only the last line matters: read characters back from the paragraph's end until one sits on another line.
  const lastLines = await page.evaluate(() =>
    [...document.querySelectorAll('p')].map((p) => {
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      let last: number | undefined;
      let line = '';
      for (const node of nodes.reverse()) {
        const text = node.nodeValue ?? '';
        for (let i = text.length - 1; i >= 0; i--) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect || rect.width === 0) continue;
          // Another line: the character's middle is more than half its height from the last line's.
          const middle = (rect.top + rect.bottom) / 2;
          if (last !== undefined && Math.abs(middle - last) > rect.height / 2) return line;
          last ??= middle;
          line = text[i] + line;
        }
      }
      return '';
    }),
  );
  return lastLines.filter(isSingleCharacterLine);
}
