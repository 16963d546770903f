import { describe, expect, it } from 'vitest';

describe('public API', () => {
  it('exports exactly the documented names', async () => {
    const api = await import('../src/index.js');
    expect(Object.keys(api).sort()).toEqual(['BuildOptions', 'ExitCode', 'FORMATS', 'HuoziError', 'PAPERS', 'build', 'parse', 'renderers', 'resolveMetadata', 'resolveOptions']);
  });
});
