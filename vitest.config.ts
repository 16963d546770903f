import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 600_000,
    // One build of every fixture and one JVM per validator happen in global setup; test files only read results.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
