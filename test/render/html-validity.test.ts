import { beforeAll, describe, expect, it } from 'vitest';
import { builtFiles } from '../support/outputs.js';
import { type VnuMessage, vnu } from '../support/validators.js';

// The Nu HTML Checker starts once per run, over every built page.
let messages: Record<string, VnuMessage[]>;
beforeAll(async () => {
  messages = await vnu(builtFiles('html'));
});

describe('html: every built page', () => {
  it('has zero Nu HTML Checker errors', () => {
    expect(Object.keys(messages).length).toBeGreaterThan(0);
    for (const [file, errors] of Object.entries(messages)) expect(errors.map((m) => `${m.lastLine}: ${m.message}`), file).toEqual([]);
  });
});
