import { describe, expect, it } from 'vitest';
import { output, validationResults } from '../support/outputs.js';

describe('epub: the built-in example', () => {
  it('passes EPUBCheck 5 with zero errors and warnings', () => {
    const result = validationResults().epubcheck[output('press-conference', 'epub')];
    expect(result).toBeDefined();
    expect(result!.messages).toEqual([]);
    expect(result!.fatals + result!.errors + result!.warnings).toBe(0);
  });
});
