import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { uncovered } from '../../src/fonts.js';
import { testBrowser } from '../support/browser.js';
import { tempDir } from '../support/temp.js';
import { builtFiles, output } from '../support/outputs.js';
import { golden, LONG_TOPICS, longStem } from '../support/paths.js';
import { withEachPage, withPage } from './html/open-page.js';

const example = output('press-conference', 'html');
const long = output(longStem, 'html');
const phone = { width: 390, height: 844 };
const desktop = { width: 1440, height: 900 };
afterAll(() => testBrowser.close());

/** Bytes of a file or, recursively, a folder. */
const sizeOf = (path: string): number =>
  statSync(path).isDirectory() ? readdirSync(path).reduce((n, f) => n + sizeOf(join(path, f)), 0) : statSync(path).size;

describe('html: the built-in example', () => {
  it('matches the reviewed golden HTML', async () => {
    await expect(readFileSync(example, 'utf8')).toMatchFileSnapshot(join(golden, 'press-conference.html'));
  });

  it('weighs under 1.5 MB with its fonts', () => {
    const html = sizeOf(example);
    const assets = sizeOf(join(dirname(example), 'press-conference.assets'));
    console.info(`html page weight: ${html} B page + ${assets} B assets = ${html + assets} B`);
    expect(html + assets).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('shows every topic as a section with number, subject, title, question and answer', async () => {
    const topics = await withPage(example, desktop, (page) =>
      page.$$eval('section.topic', (sections) =>
        sections.map((s) => ({
          id: s.id,
          heading: s.querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim(),
          title: s.querySelector('.topic-title')?.textContent ?? '',
          questions: [...s.querySelectorAll('.turn-question .speaker')].map((b) => b.textContent ?? ''),
          answers: s.querySelectorAll('.turn-answer').length,
        })),
      ),
    );
    expect(topics).toHaveLength(21);
    expect(topics[0]!.heading).toBe('1 谈元首外交');
    expect(topics[20]!.heading).toBe('21 谈人类命运共同体');
    for (const [i, t] of topics.entries()) {
      expect(t.id).toBe(`topic-${i + 1}`);
      expect(t.title.length, t.id).toBeGreaterThan(0);
      expect(t.questions.length, t.id).toBeGreaterThan(0);
      for (const q of t.questions) expect(q, t.id).toMatch(/记者/);
      expect(t.answers, t.id).toBeGreaterThan(0);
    }
  });

  it('sets question and answer visually apart, and the title as a pull quote in another face', async () => {
    const styles = await withPage(example, desktop, (page) =>
      page.evaluate(() => {
        const style = (sel: string) => {
          const cs = getComputedStyle(document.querySelector(sel)!);
          return { background: cs.backgroundColor, border: cs.borderLeftWidth, font: cs.fontFamily, size: parseFloat(cs.fontSize) };
        };
        return { question: style('.turn-question'), answer: style('.turn-answer'), title: style('.topic-title'), body: style('.turn-answer p') };
      }),
    );
    expect(styles.question.background).not.toBe(styles.answer.background);
    expect(styles.question.border).not.toBe(styles.answer.border);
    expect(styles.title.font).toMatch(/^"Huozi Kai"/);
    expect(styles.title.size).toBeGreaterThan(styles.body.size);
  });

  it('indexes every topic (number, subject, title) with a working #topic-N anchor', async () => {
    const { entries, ids } = await withPage(example, phone, (page) =>
      page.evaluate(() => ({
        entries: [...document.querySelectorAll('nav.topic-index .toc-item > a')].map((a) => ({
          href: a.getAttribute('href'),
          number: a.querySelector('.toc-number')?.textContent,
          subject: a.querySelector('.toc-subject')?.textContent,
          title: a.querySelector('.toc-title')?.textContent,
        })),
        ids: [...document.querySelectorAll('section.topic')].map((s) => ({ id: s.id, subject: s.querySelector('.topic-subject')?.textContent, title: s.querySelector('.topic-title')?.textContent })),
      })),
    );
    expect(entries).toEqual(ids.map((s, i) => ({ href: `#${s.id}`, number: String(i + 1), subject: s.subject, title: s.title })));
  });

  it('states its metadata for sharing: title, description, Open Graph, Twitter card, JSON-LD NewsArticle', async () => {
    const meta = await withPage(example, phone, (page) =>
      page.evaluate(() => {
        const content = (sel: string) => document.querySelector(sel)?.getAttribute('content');
        return {
          lang: document.documentElement.lang,
          title: document.title,
          description: content('meta[name="description"]'),
          ogTitle: content('meta[property="og:title"]'),
          ogType: content('meta[property="og:type"]'),
          twitter: content('meta[name="twitter:card"]'),
          jsonLd: JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!),
        };
      }),
    );
    expect(meta.lang).toBe('zh-Hans');
    expect(meta.title).toBe('王毅就中国外交政策和对外关系回答中外记者提问');
    expect(meta.description).toBe('你面前的世界乱象丛生，你身后的祖国稳如泰山');
    expect(meta.ogTitle).toBe(meta.title);
    expect(meta.ogType).toBe('article');
    expect(meta.twitter).toBe('summary');
    expect(meta.jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: meta.title, datePublished: '2026-03-08' });
    // The example names no publisher nor author, and huozi invents none (it is the tool, not the publisher).
    expect(Object.keys(meta.jsonLd)).not.toContain('publisher');
    expect(Object.keys(meta.jsonLd)).not.toContain('author');
    const reposted = readFileSync(output('reposted-original-title', 'html'), 'utf8');
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(reposted)![1]!);
    expect([jsonLd.publisher, jsonLd.author]).toEqual([{ '@type': 'Organization', name: '江城日报' }, { '@type': 'Person', name: '顾晓岚' }]);
  });

  it('asks Chromium for strict line breaking and leaves Han–Latin spacing and punctuation trimming to huozi (engine autospace off)', async () => {
    const style = await withPage(example, desktop, (page) =>
      page.evaluate(() => {
        const cs = getComputedStyle(document.querySelector('.turn-answer p')!);
        return { lineBreak: cs.lineBreak, autospace: cs.getPropertyValue('text-autospace'), trim: cs.getPropertyValue('text-spacing-trim') };
      }),
    );
    // huozi's typesetting stage sets the ¼ em spacing and the compression itself (README, "Typography"); the engine's own
    // would add to it. `space-first` is the engine's trimming at a line start only, which huozi leaves on.
    expect(style).toEqual({ lineBreak: 'strict', autospace: 'no-autospace', trim: 'space-first' });
  });

  it('sets 30–40 characters a line on a desktop', async () => {
    const perLine = await withPage(example, desktop, (page) =>
      page.$eval('.turn-answer p', (p) => p.clientWidth / parseFloat(getComputedStyle(p).fontSize)),
    );
    expect(perLine).toBeGreaterThanOrEqual(30);
    expect(perLine).toBeLessThanOrEqual(40);
  });

  it('draws every character with the pinned fonts, each element in its own face', async () => {
    const used = await withPage(example, desktop, platformFonts);
    expect(used.systemFonts).toEqual([]);
    // Family names as the font files state them.
    for (const s of ['h1', '.topic-subject', '.speaker', '.toc-subject']) expect(used.bySelector[s], s).toEqual([expect.stringMatching(/^Noto Sans SC/)]);
    // Kai text sets its quotation marks in the body face (full width: LXGW WenKai's are narrow; README, "Typography").
    for (const s of ['.deck', '.topic-title', '.toc-title']) expect(used.bySelector[s]!.filter((f) => !/^Noto Serif SC/.test(f)), s).toEqual([expect.stringMatching(/^LXGW WenKai/)]);
    expect(used.bySelector['.turn-answer p + p']).toEqual([expect.stringMatching(/^Noto Serif SC/)]);
  });

  it('names no font family but the pinned ones and generic fallbacks', () => {
    const css = readFileSync(example, 'utf8').match(/<style>([\s\S]*)<\/style>/)![1]!;
    const families = [...css.matchAll(/font-family:\s*([^;}]+)/g)].flatMap((m) => m[1]!.split(',').map((f) => f.trim()));
    const named = families.filter((f) => !f.startsWith('var(')).map((f) => f.replace(/['"]/g, ''));
    const declared = [...css.matchAll(/--font-\w+:\s*([^;]+);/g)].flatMap((m) => m[1]!.split(',').map((f) => f.trim().replace(/['"]/g, '')));
    for (const f of [...named, ...declared]) expect(f).toMatch(/^(Huozi (Serif|Sans|Kai)|serif|sans-serif|inherit)$/);
  });
});

/** What the per-page tests read from each built page, opened once: its index, sections, language tags, and width at each viewport. */
interface PageFacts {
  index: Array<string | null>;
  parts: string[];
  label: string | null;
  root: string;
  latin: Array<{ lang: string | null; text: string }>;
  /** Viewport width (px) → the document's scroll width and client width (px). */
  overflow: Record<number, { scroll: number; client: number }>;
}
const widths = [320, 390, 768, 1024, 1440, 1920];

async function pageFacts(page: Page): Promise<PageFacts> {
  const dom = await page.evaluate(() => ({
    index: [...document.querySelectorAll('nav.topic-index a[href^="#"]:not([href="#top"])')].map((a) => a.getAttribute('href')),
    parts: [...document.querySelectorAll('section.topic, section.section')].map((s) => `#${s.id}`),
    label: document.getElementById('index-h')?.textContent ?? null,
    root: document.documentElement.lang,
    latin: [...document.querySelectorAll('main p')]
      .filter((p) => {
        // URLs and e-mail addresses are Latin in any language: a Chinese paragraph quoting one is still Chinese.
        const text = (p.textContent ?? '').replace(/[a-z][a-z+.-]*:\/\/[\x21-\x7e]*|[\x21-\x7e]+@[\x21-\x7e]+/gi, '');
        return text.length >= 40 && (text.match(/[A-Za-z]/g) ?? []).length > 0.6 * text.length;
      })
      .map((p) => ({ lang: p.closest('[lang]')!.getAttribute('lang'), text: p.textContent!.slice(0, 40) })),
  }));
  const overflow: PageFacts['overflow'] = {};
  for (const width of widths) {
    await page.setViewport({ width, height: 900 });
    overflow[width] = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  }
  return { ...dom, overflow };
}

const pages = builtFiles('html');
let facts: Map<string, PageFacts>;
beforeAll(async () => {
  facts = new Map((await withEachPage(pages, phone, pageFacts)).map((f, i) => [pages[i]!, f]));
});

describe(`html: every built page (example, fixtures, ${LONG_TOPICS} topics)`, () => {
  it('indexes every topic, or every section of a document without topics, in document order', () => {
    let indexed = 0;
    for (const file of pages) {
      const { index, parts, label } = facts.get(file)!;
      expect(index, basename(file)).toEqual(parts);
      if (parts.length > 0) {
        indexed++;
        expect(label, basename(file)).toMatch(/^(本文要[点點]|目[录錄])$/);
      } else expect(label, basename(file)).toBeNull();
    }
    expect(indexed).toBeGreaterThan(1);
  });

  it('draws text with a system font only where no pinned font has the character (the build warns of those)', async () => {
    // The long page repeats the example's text; the example and every fixture cover the kinds of input.
    const kinds = pages.filter((f) => !f.endsWith(`${longStem}.html`));
    const used = await withEachPage(kinds, desktop, platformFonts);
    for (const [i, file] of kinds.entries()) {
      const lang = readFileSync(file, 'utf8').match(/<html lang="([^"]+)"/)![1]!;
      for (const text of used[i]!.fallbackTexts) expect(uncovered(text, lang), `${basename(file)}: ${text.slice(0, 60)}`).not.toEqual([]);
    }
  });

  it('tags English paragraphs lang="en" and leaves the root in the document language', () => {
    let english = 0;
    for (const file of pages) {
      const found = facts.get(file)!;
      // The root is the document's language: Chinese, or English for an English transcript.
      expect(found.root, basename(file)).toMatch(/^(zh-Han[st]|en)\b/);
      for (const p of found.latin) expect(p.lang, `${basename(file)}: ${p.text}`).toBe('en');
      english += found.latin.length;
    }
    expect(english).toBeGreaterThan(0);
  });
});

describe('html: print, motion and colour scheme', () => {
  it('prints without screen furniture: no skip or back-to-top links, no sticky headings, no coloured band', async () => {
    const printed = await withPage(example, desktop, async (page) => {
      await page.emulateMediaType('print');
      return page.evaluate(() => {
        const cs = (sel: string) => getComputedStyle(document.querySelector(sel)!);
        return {
          skip: cs('.skip-link').display,
          top: cs('.back-to-top').display,
          heading: cs('.topic-heading').position,
          index: cs('.index-inner').position,
          band: cs('.report-header').backgroundColor,
        };
      });
    });
    expect(printed).toEqual({ skip: 'none', top: 'none', heading: 'static', index: 'static', band: 'rgba(0, 0, 0, 0)' });
  });

  it('scrolls smoothly to anchors only when the reader has not asked for reduced motion', async () => {
    const behaviour = async (value: 'reduce' | 'no-preference') =>
      withPage(example, phone, async (page) => {
        await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value }]);
        return page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
      });
    expect(await behaviour('reduce')).toBe('auto');
    expect(await behaviour('no-preference')).toBe('smooth');
  });

  it('follows the dark colour scheme', async () => {
    const colours = async (scheme: 'light' | 'dark') =>
      withPage(example, { ...phone, scheme }, (page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor));
    const luminance = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).reduce((n, c) => n + Number(c), 0);
    expect(luminance(await colours('dark'))).toBeLessThan(luminance(await colours('light')) / 4);
  });
});

describe('html: canonical URL', () => {
  it('is stated (link, og:url, JSON-LD) only when configured', async () => {
    const out = mkdtempSync(join(tmpdir(), 'huozi-html-canonical-'));
    try {
      const url = 'https://news.example.org/2026/03/08/report.html';
      const { written } = await build([], { out, formats: ['html'], canonicalUrl: url });
      const page = readFileSync(written.find((f) => f.endsWith('.html'))!, 'utf8');
      expect(page).toContain(`<link rel="canonical" href="${url}">`);
      expect(page).toContain(`<meta property="og:url" content="${url}">`);
      expect(JSON.parse(page.match(/<script type="application\/ld\+json">(.*?)<\/script>/)![1]!)).toMatchObject({ mainEntityOfPage: url });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    const unconfigured = readFileSync(example, 'utf8');
    expect(unconfigured).not.toContain('rel="canonical"');
    expect(unconfigured).not.toContain('og:url');
  });
});

describe('html: works offline from the file system', () => {
  for (const [name, file] of [['the example', example], ['the long page', long]] as const) {
    it(`${name} requests nothing but its own files, and every one of them loads`, async () => {
      const requests: string[] = [];
      const failed: string[] = [];
      await withPage(
        file,
        desktop,
        async (page) => {
          // Scroll to the end so every face the page uses is needed.
          await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
        },
        async (page) => {
          await page.setRequestInterception(true);
          page.on('request', (r) => {
            requests.push(r.url());
            if (r.url().startsWith('file:') || r.url().startsWith('data:')) void r.continue();
            else void r.abort();
          });
          page.on('requestfailed', (r) => failed.push(r.url()));
        },
      );
      expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
      // Only the page itself and its own assets folder beside it.
      const own = pathToFileURL(file).href;
      const assets = pathToFileURL(file.replace(/\.html$/, '.assets/')).href;
      expect(requests.filter((u) => u.startsWith('file:') && u !== own && !u.startsWith(assets))).toEqual([]);
      expect(requests.filter((u) => u.endsWith('.woff')).length).toBeGreaterThan(0);
      expect(failed).toEqual([]);
    });
  }
});

/** The status of every web font of a page once its text is shown ('loaded', or 'error' for a file the browser refused). */
const fontStatuses = (file: string) =>
  withPage(file, desktop, async (page) => {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // Every face, used on the page or not, so that each file the page ships is decoded.
    return page.evaluate(() => Promise.all([...document.fonts].map((f) => f.load().then(() => f.status, () => f.status))));
  });

describe('html: the web fonts decode', () => {
  it('every WOFF file of the example loads in Chromium', async () => {
    const statuses = await fontStatuses(example);
    expect(statuses.length).toBeGreaterThan(2);
    expect(statuses.filter((s) => s !== 'loaded')).toEqual([]);
  });

  it('control: a truncated WOFF file is refused', async () => {
    const dir = tempDir('html-fonts');
    cpSync(dirname(example), dir, { recursive: true });
    const font = join(dir, 'press-conference.assets', 'fonts', 'serif-400.woff');
    writeFileSync(font, readFileSync(font).subarray(0, 4096));
    expect(await fontStatuses(join(dir, basename(example)))).toContain('error');
  });
});

describe('html: structure and keyboard', () => {
  for (const [name, file] of [['the example', example], ['the long page', long]] as const) {
    it(`${name}: headings in order, one h1, landmarks`, async () => {
      const { levels, landmarks } = await withPage(file, desktop, async (page) => ({
        levels: await page.$$eval('h1, h2, h3, h4, h5, h6, [role="heading"]', (hs) =>
          hs.map((h) => Number(h.getAttribute('aria-level') ?? h.tagName.slice(1))),
        ),
        landmarks: await page.evaluate(() => ({
          banner: document.querySelectorAll('body > header').length,
          main: document.querySelectorAll('main').length,
          navigation: [...document.querySelectorAll('nav')].map((n) => n.getAttribute('aria-labelledby') ?? n.getAttribute('aria-label')),
          contentinfo: document.querySelectorAll('body > footer').length,
        })),
      }));
      expect(levels[0]).toBe(1);
      expect(levels.filter((l) => l === 1)).toHaveLength(1);
      for (let i = 1; i < levels.length; i++) expect(levels[i]!, `heading ${i}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
      expect(landmarks).toMatchObject({ banner: 1, main: 1, contentinfo: 1 });
      expect(landmarks.navigation).toEqual(['index-h']);
    });
  }

  it('starts with a visible skip link that moves focus to the main content', async () => {
    const result = await withPage(example, phone, async (page) => {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement;
        const r = a.getBoundingClientRect();
        return { href: a.getAttribute('href'), visible: r.top >= 0 && r.bottom <= innerHeight && r.width > 0, outline: getComputedStyle(a).outlineStyle };
      });
      await page.keyboard.press('Enter');
      const after = await page.evaluate(() => document.activeElement?.id);
      return { focused, after };
    });
    expect(result.focused).toEqual({ href: '#content', visible: true, outline: 'solid' });
    expect(result.after).toBe('content');
  });

  it('shows keyboard focus on every link it reaches', async () => {
    const outlines = await withPage(example, desktop, async (page) => {
      const seen: Array<{ text: string; style: string; width: number }> = [];
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        seen.push(
          await page.evaluate(() => {
            const cs = getComputedStyle(document.activeElement!);
            return { text: document.activeElement!.textContent ?? '', style: cs.outlineStyle, width: parseFloat(cs.outlineWidth) };
          }),
        );
      }
      return seen;
    });
    for (const o of outlines) {
      expect(o.style, o.text).toBe('solid');
      expect(o.width, o.text).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('html: responsive from phone to desktop', () => {
  for (const file of pages) {
    it(`${basename(file)} never scrolls sideways at ${widths.join(', ')} px`, () => {
      for (const width of widths) {
        const { scroll, client } = facts.get(file)!.overflow[width]!;
        expect(scroll, `${width} px`).toBeLessThanOrEqual(client);
      }
    });
  }

  it('a table wider than a phone scrolls in its focusable frame, not the page (control: without the frame the page scrolls sideways)', async () => {
    const seen = await withPage(output('markdown-feature', 'html'), { width: 320, height: 900 }, (page) =>
      page.evaluate(() => {
        const frames = [...document.querySelectorAll<HTMLElement>('.table-frame')];
        const page = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;
        const framed = { page: page(), scrolling: frames.filter((f) => f.scrollWidth > f.clientWidth).length, focusable: frames.every((f) => f.tabIndex === 0) };
        frames.forEach((f) => (f.style.overflowX = 'visible'));
        return { ...framed, unframed: page() };
      }),
    );
    expect(seen).toEqual({ page: 0, scrolling: 1, focusable: true, unframed: expect.any(Number) });
    expect(seen.unframed).toBeGreaterThan(100);
  });

  it('keeps the current topic in view on a desktop: its heading sticks, the index stays beside the text', async () => {
    const seen = await withPage(example, desktop, (page) =>
      page.evaluate(async () => {
        const topic = document.getElementById('topic-7')!;
        const box = topic.getBoundingClientRect();
        window.scrollTo(0, box.top + scrollY + box.height / 2);
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const heading = topic.querySelector('h2')!.getBoundingClientRect();
        const index = document.querySelector('.index-inner')!.getBoundingClientRect();
        return { headingTop: heading.top, indexTop: index.top, indexInView: index.bottom > 0 && index.top < innerHeight };
      }),
    );
    expect(seen.headingTop).toBe(0);
    expect(seen.indexTop).toBe(0);
    expect(seen.indexInView).toBe(true);
  });
});

describe('html: reading on a phone', () => {
  it('keeps the back-to-top link in the window while the topics are read', async () => {
    const seen = await withPage(example, phone, (page) =>
      page.evaluate(() => {
        const topic = document.getElementById('topic-7')!;
        window.scrollTo(0, topic.getBoundingClientRect().top + scrollY + 100);
        const link = document.querySelector('.back-to-top a')!.getBoundingClientRect();
        const heading = topic.querySelector('h2')!.getBoundingClientRect();
        return { linkInView: link.top >= 0 && link.bottom <= innerHeight, headingTop: heading.top };
      }),
    );
    expect(seen).toEqual({ linkInView: true, headingTop: 0 });
  });
});

/** The fonts Chromium actually drew each element's text with (CDP CSS.getPlatformFontsForNode). */
async function platformFonts(page: Page): Promise<{ systemFonts: string[]; fallbackTexts: string[]; bySelector: Record<string, string[]> }> {
  const cdp = await page.createCDPSession();
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const fontsOf = async (selector: string) => {
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const names = new Set<string>();
    const system = new Set<string>();
    // All asked at once: DevTools answers in order, and one round trip per element was most of this test's time.
    const answers = await Promise.all(nodeIds.map((nodeId) => cdp.send('CSS.getPlatformFontsForNode', { nodeId })));
    const fallbackNodes: number[] = [];
    answers.forEach(({ fonts }, i) => {
      for (const f of fonts) (f.isCustomFont ? names : system).add(f.familyName);
      if (fonts.some((f) => !f.isCustomFont)) fallbackNodes.push(nodeIds[i]!);
    });
    return { names: [...names].sort(), system: [...system], fallbackTexts: await Promise.all(fallbackNodes.map(textOf)) };
  };
  const textOf = async (nodeId: number) => {
    const { object } = await cdp.send('DOM.resolveNode', { nodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: 'function () { return this.textContent; }', returnByValue: true });
    return String(result.value);
  };
  const selectors = ['h1', '.topic-subject', '.speaker', '.toc-subject', '.deck', '.topic-title', '.toc-title', '.turn-answer p + p'];
  const bySelector: Record<string, string[]> = {};
  for (const s of selectors) bySelector[s] = (await fontsOf(s)).names;
  const all = await fontsOf('body *');
  await cdp.detach();
  return { systemFonts: all.system, fallbackTexts: all.fallbackTexts, bySelector };
}
