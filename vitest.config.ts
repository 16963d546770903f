import { defineConfig } from 'vitest/config';

// Two projects: "unit" tests need nothing built; "editions" tests read the
// outputs that global setup builds once per run (every fixture, all formats,
// one shared browser) and start each JVM validator once.
const editions = ['test/render/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 180_000,
    hookTimeout: 900_000,
    maxWorkers: 2,
    // Golden files (toMatchFileSnapshot) are compared, never written, unless UPDATE_GOLDEN=1.
    update: process.env.UPDATE_GOLDEN === '1' ? 'all' : 'none',
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: editions } },
      { extends: true, test: { name: 'editions', include: editions, globalSetup: ['test/support/global-setup.ts'] } },
    ],
  },
});
