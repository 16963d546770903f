/**
 * The typesetting stage's vertical rules (`--vertical`): upright numbers
 * (CLREQ §3.5) and corner-bracket quotes (CLREQ §3.1.1), on runs and on whole
 * markup; horizontal text is left as it was.
 */
import { describe, expect, it } from 'vitest';
import { typesetMarkup } from '../../src/typeset/index.js';
import { uprightNumbers } from '../../src/typeset/upright-numbers.js';

const numbers = (text: string) => uprightNumbers(Array.from(text)).map(([s, e]) => Array.from(text).slice(s, e).join(''));
const typeset = (html: string, vertical: boolean, lang = 'zh-Hans') => typesetMarkup(html, { lang, fragment: true, xhtml: false, vertical });

describe('upright numbers (CLREQ §3.5)', () => {
  it('takes numbers of one or two digits that stand alone (three or more are turned)', () => {
    expect(numbers('2026年3月8日，出席80人，123个国家')).toEqual(['3', '8', '80']);
  });
  it('leaves longer numbers and digits that belong to a larger token to be turned', () => {
    expect(numbers('预算12345元，增长3.5%，10:30开会，COVID-19病例，第5号')).toEqual(['5']);
  });
});

describe('vertical markup', () => {
  it('sets each upright number as one span with its length, kept whole with its unit, and no Han–digit space', () => {
    const out = typeset('<p>于12月3日举行</p>', true);
    expect(out).toContain('<span class="tcy tcy-2">12</span>');
    expect(out).toContain('<span class="tcy tcy-1">3</span>');
    expect(out).not.toContain('class="as');
    // The number and its unit stay on one column (no-break.ts), the number never split by it.
    expect(out).toMatch(/<span class="nb"><span class="tcy tcy-2">12<\/span>月/);
  });
  it('sets quotes as corner brackets in Chinese text, keeps an apostrophe in a Latin word, and text in another language', () => {
    const text = typeset('<p>他说：“好，‘对’。”Charlie’s <span lang="en">“fine”</span></p>', true).replace(/<[^>]+>/g, '');
    expect(text).toBe('他说：「好，『对』。」Charlie’s “fine”');
  });
  it('negative control: horizontal markup keeps its quotes and has no upright numbers', () => {
    const out = typeset('<p>他说：“2026年”</p>', false);
    expect(out).toContain('“');
    expect(out).not.toContain('tcy');
    expect(out).not.toContain('「');
  });
});
