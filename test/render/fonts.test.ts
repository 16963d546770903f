/**
 * The fonts every edition embeds, checked with the tools a prepress desk and a
 * reader's browser use: poppler's pdffonts and mutool trace on each PDF,
 * Chromium's own account (CDP) of the fonts it drew an HTML page and an EPUB
 * chapter with, and the font files shipped in the HTML assets and the EPUB.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PDFDict, PDFDocument, PDFName } from '@cantoo/pdf-lib';
import * as fontkit from 'fontkit';
import type { Page } from 'puppeteer-core';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../support/browser.js';
import { buildResults, builtFiles, output } from '../support/outputs.js';
import { LONG_TOPICS, tmp } from '../support/paths.js';
import { pdfFonts, squash } from '../support/pdf-tools.js';
import { readBook } from './epub/read-book.js';
import { withPage } from './html/open-page.js';

const require = createRequire(import.meta.url);
afterAll(() => testBrowser.close());

/** Fonts as their files name themselves: the pinned faces and the fallbacks. */
const FACE = /^(NotoSerif(SC|TC)|NotoSans(SC|TC)|LXGWWenKai)-(Regular|Bold)$/;
const FALLBACK = /^(HanaMinA|HanaMinB|Symbola)$/;
const baseName = (name: string) => name.replace(/^[A-Z]{6}\+/, '');

/** Problems a prepress desk would query in a PDF's font list; empty when none. */
function fontProblems(file: string): string[] {
  const fonts = pdfFonts(file);
  const problems: string[] = [];
  if (fonts.length === 0) problems.push('no fonts');
  for (const f of fonts) {
    const name = baseName(f.name);
    if (f.type !== 'CID TrueType') problems.push(`${f.name}: ${f.type}`);
    if (!f.embedded || !f.subset) problems.push(`${f.name}: not an embedded subset`);
    if (/Thin|ExtraLight|Light/.test(name)) problems.push(`${f.name}: named for a weight it is not`);
    if (!FACE.test(name) && !FALLBACK.test(name)) problems.push(`${f.name}: not a pinned font`);
  }
  // Different subsets in one file need different tags (ISO 32000-1 §9.6.4); each print starts its own at AAAAAA.
  const tags = fonts.map((f) => /^[A-Z]{6}\+/.exec(f.name)?.[0]).filter((t) => t !== undefined);
  for (const tag of new Set(tags)) if (tags.filter((t) => t === tag).length > 1) problems.push(`${tag}: a subset tag on two fonts`);
  return problems;
}

/** Font objects by base name, counting those the pages use directly (the main print) apart from those of stamped forms. */
async function fontObjects(file: string): Promise<{ page: Map<string, number>; all: number }> {
  const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const page = new Map<string, number>();
  const seen = new Set<string>();
  for (const p of pdf.getPages()) {
    const fonts = p.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
    for (const [, ref] of fonts?.entries() ?? []) {
      if (seen.has(String(ref))) continue;
      seen.add(String(ref));
      const dict = pdf.context.lookup(ref, PDFDict);
      const name = baseName(String(dict.get(PDFName.of('BaseFont'))).slice(1));
      page.set(name, (page.get(name) ?? 0) + 1);
    }
  }
  return { page, all: pdfFonts(file).length };
}

describe(`pdf fonts: the example, every fixture and the ${LONG_TOPICS}-topic book`, () => {
  const pdfs = builtFiles('pdf');

  it('embed only pinned faces and fallbacks as CID TrueType subsets named for their weight: no Type 3', () => {
    expect(pdfs.length).toBeGreaterThan(5);
    for (const file of pdfs) expect(fontProblems(file), basename(file)).toEqual([]);
  });

  it('the check fails on a font list a desk would query (negative control: the slices of the web-font packages)', () => {
    // A PDF written by hand whose one font is Type 3 and named like a variable font's default instance.
    const control = join(tmp, 'fonts-control.pdf');
    mkdirSync(tmp, { recursive: true });
    const body = [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >> endobj',
      '4 0 obj << /Length 26 >> stream\nBT /F1 12 Tf (a) Tj ET\nendstream endobj',
      '5 0 obj << /Type /Font /Subtype /Type3 /Name /NotoSerifSCExtraLight-Regular /FontBBox [0 0 1 1] /FontMatrix [1 0 0 1 0 0] /CharProcs << >> /Encoding << /Differences [97 /a] >> /FirstChar 97 /LastChar 97 /Widths [1] >> endobj',
      'trailer << /Root 1 0 R >>',
    ].join('\n');
    writeFileSync(control, body);
    try {
      expect(fontProblems(control).join('\n')).toMatch(/Type 3/);
      // Two subsets under one tag, as a stamp laid over the main print had them before their tags were made unique.
      writeFileSync(control, body.replace('/Font << /F1 5 0 R >>', '/Font << /F1 5 0 R /F2 6 0 R /F3 7 0 R >>').replace('trailer', [
        '6 0 obj << /Type /Font /Subtype /Type0 /BaseFont /BAAAAA+NotoSansSC-Regular /Encoding /Identity-H >> endobj',
        '7 0 obj << /Type /Font /Subtype /Type0 /BaseFont /BAAAAA+NotoSerifSC-Regular /Encoding /Identity-H >> endobj',
        'trailer',
      ].join('\n')));
      expect(fontProblems(control).join('\n')).toMatch(/BAAAAA\+: a subset tag on two fonts/);
    } finally {
      rmSync(control, { force: true });
    }
  });

  it('hold one font object per face and weight the main print uses (the stamped contents numbers and recto heads add at most one per face they use)', async () => {
    for (const file of pdfs) {
      const { page, all } = await fontObjects(file);
      for (const [name, count] of page) expect(count, `${basename(file)}: ${name}`).toBe(1);
      expect(all, basename(file)).toBeLessThanOrEqual(page.size + 2);
    }
    // The example sets serif and sans regular, sans bold and kai: four faces, as Typst's three plus kai.
    const example = await fontObjects(output('press-conference', 'pdf'));
    expect([...example.page.keys()].sort()).toEqual(['LXGWWenKai-Regular', 'NotoSansSC-Bold', 'NotoSansSC-Regular', 'NotoSerifSC-Regular']);
  });
});

/** Every glyph `mutool trace` reports, with the font it is drawn from. */
function tracedGlyphs(file: string): Array<{ font: string; unicode: string; glyph: number }> {
  const xml = execFileSync('mutool', ['trace', file], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
  const glyphs: Array<{ font: string; unicode: string; glyph: number }> = [];
  for (const span of xml.split('<span ').slice(1)) {
    const font = baseName(/font="([^"]+)"/.exec(span)![1]!);
    for (const g of span.matchAll(/<g unicode="([^"]*)" glyph="(\d+)"/g)) glyphs.push({ font, unicode: g[1]!, glyph: Number(g[2]) });
  }
  return glyphs;
}

describe('rare characters: Extension B, emoji, symbols (fixture rare-characters.txt)', () => {
  const RARE = ['𠮷', '𡘙', '𪚥', '𫟼', '😀', '👍', '🎉', '①', '★'];

  it('PDF: every glyph comes from an embedded font (glyph id ≠ 0), Extension B from HanaMin where the face lacks it, emoji from Symbola', () => {
    const file = output('rare-characters', 'pdf');
    expect(fontProblems(file)).toEqual([]);
    const glyphs = tracedGlyphs(file);
    expect(glyphs.filter((g) => g.glyph === 0)).toEqual([]);
    const fonts = new Set(pdfFonts(file).map((f) => baseName(f.name)));
    for (const g of glyphs) expect(fonts.has(g.font), g.font).toBe(true);
    const fontOf = (c: string) => new Set(glyphs.filter((g) => g.unicode === c).map((g) => g.font));
    // Where the face lacks them (Noto Serif); LXGW WenKai has some and draws them in its own text.
    for (const c of ['𠮷', '𡘙']) expect([...fontOf(c)], c).toContainEqual(expect.stringMatching(/^HanaMin[AB]$/));
    for (const c of ['😀', '👍', '🎉']) expect([...fontOf(c)], c).toEqual(['Symbola']);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    for (const c of RARE) expect(text, c).toContain(c);
  });

  it('PDF: a radical the face draws with its ideograph\'s glyph comes from HanaMin A, and both are copied as typed', () => {
    const file = output('rare-characters', 'pdf');
    const glyphs = tracedGlyphs(file);
    const fontOf = (c: string) => [...new Set(glyphs.filter((g) => g.unicode === c).map((g) => g.font))];
    // The Noto faces draw each pair with one glyph: the answer's radicals come from HanaMin A (LXGW WenKai, the
    // question's face, has a glyph for each). Copied text then tells them apart: a glyph has one ToUnicode entry.
    for (const radical of ['⻓', '⽣']) expect(fontOf(radical), radical).toContain('HanaMinA');
    const text = squash(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    for (const typed of ['部首“⻓”（U+2ED3）和汉字“长”', '康熙部首“⽣”和汉字“生”', '部首⻓和⽣各用自己的字形', '长期、生长']) expect(text).toContain(typed);
  });

  it('an emoji no font has is set as 〓, with a warning naming its code point', () => {
    const warning = buildResults().warnings.find((w) => w.file.endsWith('rare-characters.txt') && w.code === 'missing-glyph');
    expect(warning?.message).toMatch(/U\+1FAE0/);
    const text = execFileSync('pdftotext', [output('rare-characters', 'pdf'), '-'], { encoding: 'utf8' });
    expect(text).not.toContain('🫠');
    expect(text).toContain('例如〓');
  });

  /** Families Chromium drew a page's text with; system fonts are named apart. */
  async function drawnWith(page: Page): Promise<{ custom: string[]; system: string[] }> {
    const cdp = await page.createCDPSession();
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'body *' });
    const custom = new Set<string>();
    const system = new Set<string>();
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const f of fonts) (f.isCustomFont ? custom : system).add(f.familyName);
    }
    await cdp.detach();
    return { custom: [...custom].sort(), system: [...system] };
  }
  const present = (page: Page) => page.evaluate(() => document.body.textContent ?? '');

  it('HTML: present, drawn only with the shipped subsets, HanaMin and Symbola among them; one file per face and fallback', async () => {
    const file = output('rare-characters', 'html');
    const { text, used } = await withPage(file, { width: 1280, height: 900 }, async (page) => ({ text: await present(page), used: await drawnWith(page) }));
    for (const c of RARE) expect(text, c).toContain(c);
    expect(used.system).toEqual([]);
    expect(used.custom).toEqual(expect.arrayContaining([expect.stringMatching(/^HanaMin/), 'Symbola']));
    const fonts = readdirSync(join(dirname(file), 'rare-characters.assets', 'fonts'));
    expect(fonts.filter((f) => !/^(serif|sans|kai)-(400|700)\.woff$/.test(f)).sort()).toEqual(expect.arrayContaining(['symbola.woff']));
  });

  it('EPUB: present and drawn with the embedded subsets only, HanaMin and Symbola among them', async () => {
    const book = await readBook(output('rare-characters', 'epub'));
    const unpacked = join(tmp, 'fonts-epub');
    rmSync(unpacked, { recursive: true, force: true });
    try {
      for (const entry of book.entries) {
        mkdirSync(dirname(join(unpacked, entry)), { recursive: true });
        writeFileSync(join(unpacked, entry), book.bytes(entry));
      }
      const chapters = book.spine.filter((href) => !/cover|title|nav/.test(href));
      const seen = { text: '', custom: new Set<string>(), system: new Set<string>() };
      for (const href of chapters) {
        await withPage(join(unpacked, book.root, href), { width: 600, height: 800 }, async (page) => {
          seen.text += await present(page);
          const used = await drawnWith(page);
          used.custom.forEach((f) => seen.custom.add(f));
          used.system.forEach((f) => seen.system.add(f));
        });
      }
      for (const c of RARE) expect(seen.text, c).toContain(c);
      expect([...seen.system]).toEqual([]);
      expect([...seen.custom]).toEqual(expect.arrayContaining([expect.stringMatching(/^HanaMin/), 'Symbola']));
    } finally {
      rmSync(unpacked, { recursive: true, force: true });
    }
  });
});

describe('HTML and EPUB: one font file per face and weight used', () => {
  it('each HTML page ships one subset per face (and per fallback used), each holding the characters of its text', () => {
    for (const file of builtFiles('html')) {
      const dir = join(dirname(file), basename(file, '.html') + '.assets', 'fonts');
      const fonts = readdirSync(dir);
      expect(fonts.length, basename(file)).toBeGreaterThan(0);
      for (const f of fonts) expect(f, basename(file)).toMatch(/^((serif|sans|kai)-(400|700)|hanamin-a|hanamin-b|symbola)\.woff$/);
      expect(fonts.length, basename(file)).toBeLessThanOrEqual(9);
    }
    // The body face holds every character of the example's text that Noto Serif SC has.
    const page = output('press-conference', 'html');
    const text = new Set(readFileSync(page, 'utf8').replace(/<style>[\s\S]*?<\/style>|<script[\s\S]*?<\/script>|<[^>]+>/g, ''));
    const whole = fontkit.create(readFileSync(join(dirname(require.resolve('@expo-google-fonts/noto-serif-sc/package.json')), '400Regular', 'NotoSerifSC_400Regular.ttf')));
    const subset = fontkit.create(readFileSync(join(dirname(page), 'press-conference.assets', 'fonts', 'serif-400.woff')));
    const lacking = [...text].filter((c) => c.trim() && whole.hasGlyphForCodePoint(c.codePointAt(0)!) && !subset.hasGlyphForCodePoint(c.codePointAt(0)!));
    expect(lacking).toEqual([]);
    expect(text.size).toBeGreaterThan(500);
  });

  it('each EPUB embeds one TrueType subset per face (and per fallback used)', async () => {
    for (const file of builtFiles('epub').filter((f) => !f.includes('no-fonts'))) {
      const book = await readBook(file);
      const fonts = book.manifest.filter((m) => m.mediaType === 'font/ttf').map((m) => basename(m.href));
      for (const f of fonts) expect(f, basename(file)).toMatch(/^((serif|sans|kai)-(400|700)|hanamin-a|hanamin-b|symbola)\.ttf$/);
      expect(new Set(fonts).size, basename(file)).toBe(fonts.length);
    }
  });
});
