import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { bookFeatures, coveringSet } from '../support/markup-shapes.js';
import { builtFiles, output } from '../support/outputs.js';
import { fixtures, longStem, tmp } from '../support/paths.js';
import { type AceResult, type EpubcheckResult, ace, epubcheck } from '../support/validators.js';

// EPUBCheck starts once, over every built book plus a book built without
// embedded fonts (--no-epub-fonts). Ace checks each content document with
// per-element rules: it runs on the fewest books whose content documents
// together hold every element, class, role and language of every built book
// (test/support/markup-shapes.ts), and on the font-less variant. The
// long book's chapters are the example's topic chapter many times over.
// Ace spends about a second per content document: the font-less variant and
// the negative control are made from a short book of topics (7 documents,
// the example has 26). EPUBCheck and the Ace runs, the negative control's among them, go side by side.
const SHORT_BOOK = 'line-composition';
let checked: Record<string, EpubcheckResult>;
let cover: Awaited<ReturnType<typeof coveringSet>>;
let accessibility: Record<string, AceResult>;
let withoutFonts: string;
let withoutAlt: string;
let negative: AceResult;
beforeAll(async () => {
  const variant = await build([join(fixtures, `${SHORT_BOOK}.txt`)], { out: join(tmp, 'epub-no-fonts'), formats: ['epub'], epubFonts: false });
  withoutFonts = variant.written[0]!;
  withoutAlt = await bookWithoutAlt();
  cover = await coveringSet(builtFiles('epub'), bookFeatures, [output('press-conference', 'epub')]);
  [checked, accessibility] = await Promise.all([epubcheck([...builtFiles('epub'), withoutFonts]), ace([...cover.chosen, withoutFonts, withoutAlt])]);
  negative = accessibility[withoutAlt]!;
  delete accessibility[withoutAlt];
});

/** A built book with an image that has no text alternative in its first topic: a violation Ace must report. */
async function bookWithoutAlt(): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(output(SHORT_BOOK, 'epub')));
  const chapter = Object.keys(zip.files).find((p) => /topic.*\.xhtml$/.test(p))!;
  const xhtml = await zip.file(chapter)!.async('string');
  zip.file(chapter, xhtml.replace(/<\/h2>/, '</h2><img src="no-alt.png"/>'));
  const file = join(tmp, 'ace-negative.epub');
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', mimeType: 'application/epub+zip' }));
  return file;
}

describe('epub: every built book', () => {
  it('the example, the long book, the notes book and the font-less variant are among them', () => {
    const among = [output('press-conference', 'epub'), output(longStem, 'epub'), output('notes-cited-twice', 'epub'), withoutFonts];
    expect(Object.keys(checked)).toEqual(expect.arrayContaining(among));
  });

  it('passes EPUBCheck 5 with zero errors and warnings', () => {
    for (const [file, result] of Object.entries(checked)) {
      expect(result.messages, file).toEqual([]);
      expect(result.fatals + result.errors + result.warnings, file).toBe(0);
    }
  });

  it('Ace sees every element, class, role and language of every built book, and the font-less variant', () => {
    expect(cover.chosen.map((b) => basename(b))).toContain('press-conference.epub');
    expect([...cover.everyFeature].filter((f) => !cover.chosenFeatures.has(f))).toEqual([]);
    expect(Object.keys(accessibility)).toContain(withoutFonts);
  });

  it('passes Ace by DAISY with zero violations', () => {
    for (const [file, result] of Object.entries(accessibility)) {
      expect(result.violations, file).toEqual([]);
      expect(result.outcome, file).toBe('pass');
    }
  });

  it('negative control: Ace fails a book with an image that has no text alternative', () => {
    expect(negative.outcome).toBe('fail');
    expect(negative.violations.join('\n')).toMatch(/image-alt|alternative/i);
  });
});
