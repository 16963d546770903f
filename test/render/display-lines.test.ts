/**
 * Display lines (issue 12, rule 6) as built: in the HTML at phone and desktop
 * widths, in the PDF (cover and topic titles) and on the EPUB's SVG cover, no
 * headline, deck or topic-title line breaks inside a word as BudouX segments
 * the whole line. Each checker also sees a negative control: text broken
 * anywhere, which it must reject.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveMetadata } from '../../src/metadata.js';
import { coverLines, coverText } from '../../src/render/epub/cover.js';
import { quotesFor } from '../../src/render/labels.js';
import { parse } from '../../src/source/parse.js';
import { testBrowser } from '../support/browser.js';
import { breaksInsideWords } from '../support/display-lines.js';
import { fixtureInputs } from '../support/global-setup.js';
import { builtFiles } from '../support/outputs.js';
import { longStem } from '../support/paths.js';
import { pdfBaselines } from '../support/pdf-baselines.js';
import { withEachPage, withPage } from './html/open-page.js';

afterAll(() => testBrowser.close());

const DISPLAY = '.headline, .deck, .topic-title, .section-heading';

interface DisplayLines {
  lang: string;
  elements: string[][];
}

/** Each display element's lines as Chromium laid them out on the open page (Range.getClientRects per character), and the page's language. */
function displayLines(page: Page, css = ''): Promise<DisplayLines> {
  return page.evaluate(
    (selector, style) => {
      if (style) document.head.append(Object.assign(document.createElement('style'), { textContent: style }));
      const elements = [...document.querySelectorAll(selector)].map((el) => {
        const lines: string[] = [];
        let top = -Infinity;
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (let i = 0; i < text.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = range.getClientRects()[0];
            if (rect && rect.width > 0 && rect.top > top + rect.height / 2) {
              lines.push('');
              top = rect.top;
            }
            if (lines.length === 0) lines.push('');
            lines[lines.length - 1] += text[i];
          }
        }
        return lines;
      });
      return { lang: document.documentElement.lang, elements };
    },
    DISPLAY,
    css,
  );
}

const WIDTHS = [390, 1280];
const pages = builtFiles('html').filter((f) => !f.includes(longStem));
/** Per page (in `pages` order), the display lines at each width of WIDTHS: each page opened once. */
let laidOut: Array<Record<number, DisplayLines>>;
beforeAll(async () => {
  laidOut = await withEachPage(pages, { width: WIDTHS[0]!, height: 900 }, async (page) => {
    const byWidth: Record<number, DisplayLines> = {};
    for (const width of WIDTHS) {
      await page.setViewport({ width, height: 900 });
      byWidth[width] = await displayLines(page);
    }
    return byWidth;
  });
});

describe('display lines in the HTML', () => {
  for (const width of WIDTHS) {
    it(`break between phrases at ${width} px, in the example and every fixture`, () => {
      let multiLine = 0;
      for (const [i, file] of pages.entries()) {
        const { lang, elements } = laidOut[i]![width]!;
        for (const lines of elements) {
          if (lines.length > 1) multiLine++;
          expect(breaksInsideWords(lines, lang), `${file} at ${width} px: ${lines.join(' / ')}`).toEqual([]);
        }
      }
      console.log(`html ${width} px: ${multiLine} display elements set on more than one line`);
      expect(multiLine).toBeGreaterThan(0);
    });
  }

  it('finds breaks inside words when the lines break anywhere (negative control)', async () => {
    const file = builtFiles('html').find((f) => f.endsWith('press-conference.html'))!;
    const css = `${DISPLAY} { word-break: break-all !important; text-wrap: wrap !important; max-width: 7.5em !important; }`;
    const { lang, elements } = await withPage(file, { width: 390, height: 900 }, (page) => displayLines(page, css));
    expect(elements.flatMap((lines) => breaksInsideWords(lines, lang)).length).toBeGreaterThan(0);
  });
});

/** Runs of consecutive lines of one display size (cover headline and deck, topic titles, section headings) in a PDF. */
async function pdfDisplayLines(file: string): Promise<string[][]> {
  const runs: string[][] = [];
  for (const page of await pdfBaselines(file)) {
    let last: number | undefined;
    for (const line of page.lines) {
      const display = page.number === 1 ? line.size >= 15 : line.size >= 11.5 && line.size < 13;
      if (display && line.size === last) runs.at(-1)!.push(line.text);
      else if (display) runs.push([line.text]);
      last = display ? line.size : undefined;
    }
  }
  return runs;
}

describe('display lines in the PDF', () => {
  it('break between phrases on the cover and in topic titles, in the example and every fixture', async () => {
    let multiLine = 0;
    for (const file of builtFiles('pdf')) {
      const lang = /hant/.test(file) ? 'zh-Hant' : 'zh-Hans';
      for (const lines of await pdfDisplayLines(file)) {
        if (lines.length > 1) multiLine++;
        expect(breaksInsideWords(lines, lang), `${file}: ${lines.join(' / ')}`).toEqual([]);
      }
    }
    expect(multiLine).toBeGreaterThan(0);
  });

  it('finds breaks inside words in body paragraphs, which break anywhere (negative control)', async () => {
    const file = builtFiles('pdf').find((f) => f.endsWith('press-conference.pdf'))!;
    const body = (await pdfBaselines(file)).slice(3, 6).flatMap((p) => p.lines.filter((l) => Math.abs(l.size - 10.5) < 0.1).map((l) => l.text));
    expect(breaksInsideWords(body, 'zh-Hans').length).toBeGreaterThan(0);
  });
});

describe('display lines on the EPUB cover', () => {
  it('break between phrases for the example and every fixture', async () => {
    let multiLine = 0;
    for (const input of fixtureInputs()) {
      const { doc } = parse(readFileSync(input), { file: input });
      const meta = resolveMetadata(doc);
      const deck = doc.children.find((n) => n.type === 'deck');
      const text = coverText(meta, deck, quotesFor(meta.lang));
      const lines = await coverLines(text, meta.lang);
      for (const key of ['headline', 'deck', 'kicker'] as const) {
        const part = lines[key];
        if (!part) continue;
        if (part.length > 1) multiLine++;
        expect(breaksInsideWords(part, meta.lang, text[key]), `${input}: ${part.join(' / ')}`).toEqual([]);
      }
    }
    expect(multiLine).toBeGreaterThan(0);
  });
});
