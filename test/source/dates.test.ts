/**
 * The one calendar check (`calendarProblem`) and the dates recognised in the
 * text: a date the calendar does not have (`2026年2月30日`) is no date, but a
 * line written as one is still laid out as a date line.
 */
import { describe, expect, it } from 'vitest';
import { calendarDate, calendarProblem, daysInMonth, findDate, firstDate, isDateLine, monthDay } from '../../src/source/dates.js';
import { parse } from '../../src/source/parse.js';

describe('the calendar check', () => {
  it('months have their lengths; February 29 only in a Gregorian leap year (4, not 100 unless 400)', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect([2024, 2026, 2000, 1900, 2100].map((y) => daysInMonth(y, 2))).toEqual([29, 28, 29, 28, 28]);
  });

  it.each([
    [2026, 2, 30, 'February 2026 has 28 days'],
    [2026, 2, 29, 'February 2026 has 28 days'],
    [1900, 2, 29, 'February 1900 has 28 days'],
    [2026, 4, 31, 'April 2026 has 30 days'],
    [2026, 3, 0, 'March 2026 has 31 days'],
    [2026, 13, 1, 'there is no month 13'],
    [2026, 0, 1, 'there is no month 0'],
  ])('%i-%i-%i is no day: %s', (y, m, d, problem) => {
    expect(calendarProblem(y, m, d)).toBe(problem);
    expect(calendarDate(y, m, d)).toBeUndefined();
  });

  it('a day the calendar has is one, as YYYY-MM-DD (the control)', () => {
    expect([calendarProblem(2024, 2, 29), calendarProblem(2000, 2, 29), calendarProblem(2026, 12, 31)]).toEqual([undefined, undefined, undefined]);
    expect([calendarDate(2024, 2, 29), calendarDate(2026, 3, 8)]).toEqual(['2024-02-29', '2026-03-08']);
  });
});

describe('dates in the text', () => {
  it.each(['2026年2月30日', '2026-02-30', '2026/4/31', '30 February 2026', 'February 30, 2026', '民國115年2月30日'])('%s is no date, but its line is a date line', (text) => {
    expect(findDate(text, 'zh-Hant')).toBeUndefined();
    expect(isDateLine(text, 'zh-Hant')).toBe(true);
  });

  it.each([
    ['a date, then the place', '2027年9月8日 政府總部西翼新聞發布室', true],
    ['a date and a time, then where it was posted', '2027-03-15 08:30 发表于江苏', true],
    ['中華民國, the date, the weekday and the time of day, no space', '中華民國115年3月5日（星期四）上午10時', true],
    ['a date and the time of day', '2026年3月5日下午3时30分', true],
    ['a sentence opening with a date (control)', '2027年9月8日上午，发布会在政府总部举行。', false],
    ['a headline running its date into its words (control)', '2026年1月15日外交部发言人林剑主持例行记者会', false],
    ['a long line opening with a date (control)', '2027年9月8日 政府总部西翼新闻发布室举行的第二十三场疫情防控专题新闻发布会文字实录全文', false],
  ])('a line opening with a date: %s', (_, text, expected) => {
    expect(isDateLine(text, 'zh-Hans')).toBe(expected);
  });

  it('tells a date written in the Minguo calendar (民國, or a Taiwan text\'s bare 114年) from a Gregorian one', () => {
    expect(firstDate('中華民國114年3月20日', 'zh-Hant')).toEqual({ date: '2025-03-20', minguo: true });
    expect(firstDate('114年3月20日', 'zh-Hant')).toEqual({ date: '2025-03-20', minguo: true });
    expect(firstDate('2025年3月20日', 'zh-Hant')).toEqual({ date: '2025-03-20', minguo: false });
  });

  it('a real date beside an impossible one is found; the controls are dates', () => {
    expect(findDate('2026年2月30日（更正：2026-03-02）', 'zh-Hans')).toBe('2026-03-02');
    expect(findDate('2024年2月29日', 'zh-Hans')).toBe('2024-02-29');
    expect(findDate('民國115年3月8日', 'zh-Hant')).toBe('2026-03-08');
    expect(monthDay('新华社北京2月30日电', '2026年')).toBeUndefined();
    expect(monthDay('新华社北京2月28日电', '2026年')).toBe('2026-02-28');
  });

  it('a date line that names no day does not date the document, nor becomes its headline', () => {
    const text = (date: string) => `记者会实录\n\n${date}\n\n主持人：各位好。\n\n王毅：谢谢。\n`;
    const bad = parse(Buffer.from(text('2026年2月30日')), { file: 'talk.txt' }).doc.data;
    expect(bad.stated.date).toBeUndefined();
    expect(bad.stated.title).toBe('记者会实录');
    const good = parse(Buffer.from(text('2026年3月1日')), { file: 'talk.txt' }).doc.data;
    expect(good.stated).toMatchObject({ title: '记者会实录', date: '2026-03-01' });
  });
});
