import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { builtFiles, output } from '../support/outputs.js';
import { example, tmp } from '../support/paths.js';
import { type AceResult, type EpubcheckResult, ace, epubcheck } from '../support/validators.js';

// Each validator starts once per run, over every built book plus the
// example built without embedded fonts (--no-epub-fonts). Ace checks each
// content document (and the package once): it runs on every distinct shape of
// book, not on the 400-topic one, whose 400 chapters are the example's topic
// chapter again (the rules Ace applies to both books are the same; README, Tests).
let checked: Record<string, EpubcheckResult>;
let accessibility: Record<string, AceResult>;
let withoutFonts: string;
beforeAll(async () => {
  const variant = await build([example], { out: join(tmp, 'epub-no-fonts'), formats: ['epub'], epubFonts: false });
  withoutFonts = variant.written[0]!;
  const books = [...builtFiles('epub'), withoutFonts];
  checked = epubcheck(books);
  accessibility = ace(books.filter((b) => b !== output('long-400', 'epub')));
});

describe('epub: every built book', () => {
  it('the example, the 400-topic book and the font-less variant are among them', () => {
    expect(Object.keys(checked)).toEqual(expect.arrayContaining([output('press-conference', 'epub'), output('long-400', 'epub'), withoutFonts]));
  });

  it('passes EPUBCheck 5 with zero errors and warnings', () => {
    for (const [file, result] of Object.entries(checked)) {
      expect(result.messages, file).toEqual([]);
      expect(result.fatals + result.errors + result.warnings, file).toBe(0);
    }
  });

  it('Ace sees every shape: the example, each fixture and the font-less variant', () => {
    expect(Object.keys(accessibility).sort()).toEqual(Object.keys(checked).filter((b) => b !== output('long-400', 'epub')).sort());
    expect(Object.keys(accessibility).length).toBeGreaterThanOrEqual(12);
  });

  it('passes Ace by DAISY with zero violations', () => {
    for (const [file, result] of Object.entries(accessibility)) {
      expect(result.violations, file).toEqual([]);
      expect(result.outcome, file).toBe('pass');
    }
  });
});
