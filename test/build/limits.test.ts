/**
 * Limits, each a one-line error and nothing written: the input size, the
 * nesting depth (10,000 nested block quotes or lists), the build timeout.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../src/build/limits.js';
import { MAX_NESTING } from '../../src/source/nesting.js';
import { build, HuoziError } from '../../src/index.js';
import { example } from '../support/paths.js';
import { tempDir } from '../support/temp.js';

/** The error `build` rejects with, and the output folder's contents after it. */
async function refusal(input: string, options = {}): Promise<{ error: HuoziError; written: string[] }> {
  const out = join(tempDir('limits-out'), 'out');
  const error = await build([input], { out, formats: ['html'], ...options }).then(
    () => {
      throw new Error('the build succeeded');
    },
    (e: unknown) => e as HuoziError,
  );
  expect(error).toBeInstanceOf(HuoziError);
  let written: string[] = [];
  try {
    written = readdirSync(out);
  } catch {
    // Never created: nothing written.
  }
  return { error, written };
}

describe('limits', () => {
  it(`input size: a file over ${MAX_INPUT_BYTES / 2 ** 20} MB is refused before it is read`, async () => {
    const input = join(tempDir('limits'), 'huge.txt');
    writeFileSync(input, Buffer.alloc(MAX_INPUT_BYTES + 1, '字'));
    const { error, written } = await refusal(input);
    expect(error.code).toBe(1);
    expect(error.toString()).toBe(`${input}: the file is 16.0 MB; huozi reads transcripts of at most 16 MB`);
    expect(written).toEqual([]);
  });

  it('nesting: 10,000 nested block quotes are refused with the line and depth', async () => {
    const input = join(tempDir('limits'), 'quotes.md');
    writeFileSync(input, `# 标题\n\n${'> '.repeat(10_000)}最深处的一句话。\n`);
    const { error, written } = await refusal(input);
    expect(error.code).toBe(1);
    expect(error.toString()).toBe(`${input}: line 3 nests block quotes or lists 10000 deep; huozi reads at most ${MAX_NESTING} levels`);
    expect(written).toEqual([]);
  });

  it('nesting: 10,000 nested lists are refused (markers on one line, or indented)', async () => {
    const dir = tempDir('limits');
    writeFileSync(join(dir, 'markers.md'), `# 标题\n\n${'- '.repeat(10_000)}最深处\n`);
    const markers = await refusal(join(dir, 'markers.md'));
    expect(markers.error.message).toBe(`line 3 nests block quotes or lists 10000 deep; huozi reads at most ${MAX_NESTING} levels`);
    // Indented, 10,000 levels would be 95 MB (over the size limit): 200 show the indentation rule.
    writeFileSync(join(dir, 'indented.md'), `# 标题\n\n${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- 第${i + 1}层`).join('\n')}\n`);
    const indented = await refusal(join(dir, 'indented.md'));
    expect(indented.error.code).toBe(1);
    expect(indented.error.message).toMatch(new RegExp(`^line ${3 + MAX_NESTING} nests block quotes or lists ${MAX_NESTING + 1} deep`));
  });

  it('nesting: ten levels, as a real transcript might have, build', async () => {
    const input = join(tempDir('limits'), 'ten.md');
    writeFileSync(input, `# 标题\n\n${'> '.repeat(5)}引文\n\n${Array.from({ length: 10 }, (_, i) => `${'  '.repeat(i)}- 第${i + 1}层`).join('\n')}\n`);
    const out = tempDir('limits-out');
    const { written } = await build([input], { out, formats: ['html'] });
    expect(written.some((f) => f.endsWith('ten.html'))).toBe(true);
  });

  it('build timeout: HUOZI_BUILD_TIMEOUT stops a build that takes longer, with its one-line reason', async () => {
    process.env.HUOZI_BUILD_TIMEOUT = '1';
    try {
      const { error, written } = await refusal(example, { formats: ['pdf'] });
      expect(error.code).toBe(4);
      expect(error.message).toBe('the build took longer than 1 s and was stopped (HUOZI_BUILD_TIMEOUT sets the limit in seconds)');
      expect(written).toEqual([]);
    } finally {
      delete process.env.HUOZI_BUILD_TIMEOUT;
    }
  });
});
