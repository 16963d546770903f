import { beforeAll, describe, expect, it } from 'vitest';
import { builtFiles, output } from '../support/outputs.js';
import { type AceResult, type EpubcheckResult, ace, epubcheck } from '../support/validators.js';

// Each validator starts once per run, over every built book.
let checked: Record<string, EpubcheckResult>;
let accessibility: Record<string, AceResult>;
beforeAll(() => {
  const books = builtFiles('epub');
  checked = epubcheck(books);
  accessibility = ace(books);
});

describe('epub: every built book', () => {
  it('the example is among them', () => {
    expect(Object.keys(checked)).toContain(output('press-conference', 'epub'));
  });

  it('passes EPUBCheck 5 with zero errors and warnings', () => {
    for (const [file, result] of Object.entries(checked)) {
      expect(result.messages, file).toEqual([]);
      expect(result.fatals + result.errors + result.warnings, file).toBe(0);
    }
  });

  it('passes Ace by DAISY with zero violations', () => {
    for (const [file, result] of Object.entries(accessibility)) {
      expect(result.violations, file).toEqual([]);
      expect(result.outcome, file).toBe('pass');
    }
  });
});
