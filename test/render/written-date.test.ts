import { describe, expect, it } from 'vitest';
import { writtenDate } from '../../src/render/written-date.js';

describe('writtenDate', () => {
  it.each([
    ['zh-Hans', undefined, '2026年3月8日'],
    ['zh-Hant', 'minguo', '民國115年3月8日'],
    ['en', undefined, 'March 8, 2026'],
    ['en-GB', undefined, '8 March 2026'],
  ] as const)('%s %s', (lang, calendar, written) => {
    expect(writtenDate({ date: '2026-03-08', lang, ...(calendar ? { calendar } : {}) })).toBe(written);
  });

  it('leaves what is no date as it is (control)', () => {
    expect(writtenDate({ date: 'soon', lang: 'en' })).toBe('soon');
  });
});
