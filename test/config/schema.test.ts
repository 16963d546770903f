import { describe, expect, it } from 'vitest';
import { HuoziError } from '../../src/errors.js';
import { METADATA_KEYS, MetadataOptions, resolveOptions } from '../../src/config/schema.js';

const problem = (input: unknown, source?: Parameters<typeof resolveOptions>[1], strict = false) => {
  try {
    resolveOptions(input, source, strict);
  } catch (e) {
    expect(e).toBeInstanceOf(HuoziError);
    expect((e as HuoziError).code).toBe(2);
    return (e as HuoziError).toString();
  }
  return expect.unreachable('no error');
};

describe('build options schema', () => {
  it('fills the documented defaults', () => {
    const o = resolveOptions({});
    expect(o.out).toBe('output');
    expect(o.formats).toEqual(['pdf', 'epub', 'html']);
    expect(o.paper).toEqual({ name: 'a5', width: 148, height: 210 });
    expect(o.topicPageBreak).toBe(false);
    expect(o.bleed).toBe(0);
    expect(o.marks).toEqual([]);
    expect(o.epubFonts).toBe(true);
  });

  it('reads a format named twice (`html,HTML`) as one, so each edition is built and written once', () => {
    expect(resolveOptions({ formats: 'html,HTML,epub,html' }).formats).toEqual(['html', 'epub']);
    expect(resolveOptions({ marks: ['crop', 'crop'] }).marks).toEqual(['crop']);
  });

  it.each([
    [{ formats: ['docx'] }, 'formats: unknown format "docx" (use pdf, epub or html)'],
    [{ formats: 'pdf,docx' }, 'formats: unknown format "docx" (use pdf, epub or html)'],
    [{ formats: [] }, 'formats: give at least one format'],
    [{ formats: 3 }, 'formats: must be a list of formats such as pdf,epub,html'],
    [{ paper: 'letter' }, 'paper: "letter" is not a paper size (use a4, a5, b5, 16k, 32k or WIDTHxHEIGHT in mm, each side 82–1000, e.g. 140x203)'],
    [{ paper: '10x10' }, 'paper: "10x10" is not a paper size (use a4, a5, b5, 16k, 32k or WIDTHxHEIGHT in mm, each side 82–1000, e.g. 140x203)'],
    [{ paper: '148x60' }, 'paper: "148x60" is not a paper size (use a4, a5, b5, 16k, 32k or WIDTHxHEIGHT in mm, each side 82–1000, e.g. 140x203)'],
    [{ date: '8 March' }, 'date: "8 March" is not a date (write YYYY-MM-DD, e.g. 2026-03-08)'],
    [{ date: '2026-02-30' }, 'date: "2026-02-30" is not a day of the calendar: February 2026 has 28 days'],
    [{ date: '2026-02-29' }, 'date: "2026-02-29" is not a day of the calendar: February 2026 has 28 days'],
    [{ date: '2026-04-31' }, 'date: "2026-04-31" is not a day of the calendar: April 2026 has 30 days'],
    [{ date: '2026-13-01' }, 'date: "2026-13-01" is not a day of the calendar: there is no month 13'],
    [{ date: '2026-06-041' }, 'date: "2026-06-041" is not a date (write YYYY-MM-DD, e.g. 2026-03-08)'],
    [{ date: '2026-06-04 garbage' }, 'date: "2026-06-04 garbage" is not a date (write YYYY-MM-DD, e.g. 2026-03-08)'],
    [{ title: 2026 }, 'title: must be a title: write it in quotes ("2026"), as YAML reads 2026 as a number'],
    [{ region: 'Taiwan' }, 'region: "Taiwan" is not a region (write two letters, e.g. TW)'],
    [{ bleed: '3cm' }, 'bleed: "3cm" is not a length in mm (write e.g. 3mm)'],
    [{ bleed: '12mm' }, 'bleed: 12mm is more than the 10mm a printer asks for'],
    [{ marks: 'crop,star' }, 'marks: unknown mark "star" (use crop or cross)'],
    [{ topicPageBreak: 'yes' }, 'topicPageBreak: must be true or false'],
    [{ title: '  ' }, 'title: must not be empty'],
    [{ title: null }, 'title: has no value: give it one, or leave the key out'],
    [{ marks: null }, 'marks: has no value: give it one, or leave the key out'],
    [{ canonicalUrl: 'example.com' }, 'canonicalUrl: "example.com" is not an absolute http: or https: URL, the only kind allowed (write it in full, e.g. https://example.com/report)'],
    [{ canonicalUrl: 'javascript:alert(1)' }, 'canonicalUrl: "javascript:alert(1)" is not an absolute http: or https: URL, the only kind allowed (write it in full, e.g. https://example.com/report)'],
    [{ canonicalUrl: 'JAVASCRIPT:alert(1)' }, 'canonicalUrl: "JAVASCRIPT:alert(1)" is not an absolute http: or https: URL, the only kind allowed (write it in full, e.g. https://example.com/report)'],
    [{ canonicalUrl: 'data:text/html,<b>x</b>' }, 'canonicalUrl: "data:text/html,<b>x</b>" is not an absolute http: or https: URL, the only kind allowed (write it in full, e.g. https://example.com/report)'],
    [{ canonicalUrl: 'file:///etc/passwd' }, 'canonicalUrl: "file:///etc/passwd" is not an absolute http: or https: URL, the only kind allowed (write it in full, e.g. https://example.com/report)'],
    [{ canonicalUrl: 'ftp://example.com/report' }, 'canonicalUrl: "ftp://example.com/report" is not an absolute http: or https: URL, the only kind allowed (write it in full, e.g. https://example.com/report)'],
    [{ canonicalUrl: '//example.com/report' }, 'canonicalUrl: "//example.com/report" is not an absolute http: or https: URL, the only kind allowed (write it in full, e.g. https://example.com/report)'],
    [{ canonicalUrl: 'https:example.com' }, 'canonicalUrl: "https:example.com" is not an absolute http: or https: URL, the only kind allowed (write it in full, e.g. https://example.com/report)'],
    [{ canonicalUrl: 'https://' }, 'canonicalUrl: "https://" is not an absolute http: or https: URL, the only kind allowed (write it in full, e.g. https://example.com/report)'],
    [{ canonicalUrl: 'https://example.com/a b' }, 'canonicalUrl: "https://example.com/a b" is not an absolute http: or https: URL, the only kind allowed (write it in full, e.g. https://example.com/report)'],
  ])('refuses %j in plain words, naming the key', (input, message) => {
    expect(problem(input)).toBe(message);
  });

  it('names the key as the user wrote it: a flag on the command line, a key in a config file', () => {
    expect(problem({ topicPageBreak: 1 }, 'cli')).toBe('--topic-page-break: must be true or false');
    expect(problem({ epubFonts: 'no' }, 'cli')).toBe('--no-epub-fonts: must be true or false');
    expect(problem({ paper: 'letter' }, { file: '/p/huozi.config.yaml' })).toMatch(/^\/p\/huozi\.config\.yaml: paper: "letter" is not a paper size/);
  });

  it('refuses a key it does not know in a config file, listing the settings', () => {
    expect(problem({ papr: 'a4' }, { file: 'huozi.config.json' }, true)).toMatch(/^huozi\.config\.json: "papr" is not a setting huozi knows \(the settings are out, formats, encoding, dropWebResidue, paper, /);
  });

  it('takes a date the calendar has, a leap day too (the control)', () => {
    expect([resolveOptions({ date: '2024-02-29' }).date, resolveOptions({ date: ' 2000-02-29 ' }).date, resolveOptions({ date: '2026-12-31' }).date]).toEqual(['2024-02-29', '2000-02-29', '2026-12-31']);
    // Written as front matter may write it.
    expect([resolveOptions({ date: '2025/06/18' }).date, resolveOptions({ date: '2026年3月8日' }).date, resolveOptions({ date: '2026.3.8' }).date]).toEqual(['2025-06-18', '2026-03-08', '2026-03-08']);
    // With a time after the day, the day as written.
    expect([resolveOptions({ date: '2026-03-08T10:00' }).date, resolveOptions({ date: '2026-03-08T23:30:00+08:00' }).date]).toEqual(['2026-03-08', '2026-03-08']);
  });

  it('takes an absolute http: or https: URL as written, trimmed (the control)', () => {
    for (const url of ['https://example.com/report', 'http://127.0.0.1:8080/', 'HTTPS://Example.com/r?a=1#top', 'https://例子.中国/报道']) {
      expect(resolveOptions({ canonicalUrl: ` ${url} ` }).canonicalUrl).toBe(url);
    }
  });

  it('parses paper sizes into the typed value the renderer uses', () => {
    expect(resolveOptions({ paper: '140x203' }).paper).toEqual({ name: '140x203', width: 140, height: 203 });
    expect(resolveOptions({ paper: 'B5' }).paper).toEqual({ name: 'b5', width: 176, height: 250 });
    expect(resolveOptions({ paper: '16k' }).paper).toEqual({ name: '16k', width: 185, height: 260 });
  });

  it('reads lists from commas or arrays, and lengths from numbers or mm', () => {
    expect(resolveOptions({ formats: ' PDF , html ' }).formats).toEqual(['pdf', 'html']);
    expect(resolveOptions({ marks: ['crop', 'cross'] }).marks).toEqual(['crop', 'cross']);
    expect(resolveOptions({ bleed: 3 }).bleed).toBe(3);
    expect(resolveOptions({ bleed: '2.5mm' }).bleed).toBe(2.5);
  });

  it('takes a region in either case, as the language tag writes it (tw → TW)', () => {
    expect(resolveOptions({ region: 'tw' }).region).toBe('TW');
    expect(resolveOptions({ region: ' hk ' }).region).toBe('HK');
  });

  it('declares the metadata keys once, and the build options include them', () => {
    expect(METADATA_KEYS).toEqual(['title', 'author', 'publisher', 'date', 'identifier', 'region', 'canonicalUrl']);
    expect(Object.keys(MetadataOptions.entries)).toEqual(METADATA_KEYS);
    expect(resolveOptions({ title: ' 标题 ' }).title).toBe('标题');
  });
});
