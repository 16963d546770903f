/** The public API: the exact export list, each name documented in the README (test/cli/package.test.ts runs its example). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './support/paths.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('\n## Library API'), readme.indexOf('<!-- source:start -->'));

describe('public API', () => {
  it('exports exactly the documented names', async () => {
    const api = await import('../src/index.js');
    const names = Object.keys(api).sort();
    expect(names).toEqual(
      [
        'BuildOptions', 'EXIT_CODES', 'ExitCode', 'FORMATS', 'HuoziError', 'MARKS', 'METADATA_KEYS', 'MetadataOptions', 'PAPERS', 'PAPER_SIZES',
        'WARNING_CODES', 'build', 'check', 'findConfig', 'formatCheck', 'loadConfig', 'paperSize', 'parse', 'renderers', 'resolveBuild', 'resolveMetadata',
        'resolveMetadataWithSources', 'resolveOptions', 'sharedBrowser', 'version',
      ].sort(),
    );
    for (const name of names) expect(section, name).toMatch(new RegExp(`\`${name}\\b`));
  });
});
