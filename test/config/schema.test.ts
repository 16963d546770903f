import { describe, expect, it } from 'vitest';
import { HuoziError } from '../../src/errors.js';
import { resolveOptions } from '../../src/config/schema.js';

describe('build options schema', () => {
  it('fills the documented defaults', () => {
    const o = resolveOptions({});
    expect(o.out).toBe('output');
    expect(o.formats).toEqual(['pdf', 'epub', 'html']);
    expect(o.paper).toBe('a5');
    expect(o.topicPageBreak).toBe(false);
  });

  it.each([
    [{ formats: ['docx'] }, 'formats.0: format must be one of pdf, epub, html'],
    [{ formats: [] }, 'formats: give at least one format'],
    [{ paper: 'letter' }, 'paper: paper must be a4, a5, b5, 16k, 32k or WxH in mm (e.g. 140x203)'],
    [{ date: '8 March' }, 'date: date must be YYYY-MM-DD'],
    [{ region: 'tw' }, 'region: region must be two capital letters, e.g. TW'],
  ])('rejects %j with a one-line usage error', (input, message) => {
    try {
      resolveOptions(input);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(HuoziError);
      expect((e as HuoziError).code).toBe(2);
      expect((e as HuoziError).message).toBe(message);
    }
  });

  it('accepts WxH paper sizes in mm', () => {
    expect(resolveOptions({ paper: '140x203' }).paper).toBe('140x203');
  });
});
