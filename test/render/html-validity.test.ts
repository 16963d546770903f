import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtFiles, output } from '../support/outputs.js';
import { tempDir } from '../support/temp.js';
import { type VnuMessage, vnu } from '../support/validators.js';

// The Nu HTML Checker starts once per run, over every built page and the negative control: the notes test's page
// (note-links.test.ts) with a second citation given the first one's id.
let messages: Record<string, VnuMessage[]>;
let broken: string;
beforeAll(async () => {
  broken = join(tempDir('vnu-negative'), 'duplicate-id.html');
  writeFileSync(broken, readFileSync(output('notes-cited-twice', 'html'), 'utf8').replace('id="fnref-1-2"', 'id="fnref-1"'));
  messages = await vnu([...builtFiles('html'), broken]);
});

describe('html: every built page', () => {
  it('has zero Nu HTML Checker errors, the notes page among them', () => {
    const pages = builtFiles('html');
    expect(pages).toContain(output('notes-cited-twice', 'html'));
    for (const file of pages) expect(messages[file]!.map((m) => `${m.lastLine}: ${m.message}`), file).toEqual([]);
  });

  it('negative control: a duplicate id is an error', () => {
    expect(messages[broken]!.map((m) => m.message).join('\n')).toMatch(/Duplicate ID/);
  });
});
