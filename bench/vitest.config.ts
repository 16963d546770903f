import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The benchmarks in bench/ (not tests): `npx vitest bench --run --config bench/vitest.config.ts`.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: { benchmark: { include: ['bench/**/*.bench.ts'] }, hookTimeout: 900_000, testTimeout: 900_000 },
});
