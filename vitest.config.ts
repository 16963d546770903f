import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import SlowFirst from './test/support/slow-first.js';

// Test tiers. `npm test` runs the fast ones, `npm run test:full` and `.ci/run` all four. All but builds share a module
// graph per worker (isolate: false): loading the modules (and parsing the fonts) again for each file was a large
// part of their time. builds stays isolated: its tests swap renderers and environment variables.
//   unit       pure functions: no browser, no child process, nothing built
//   render     every partial, plan and edition's markup from a small AST: no browser
//   builds     whole builds and the CLI as a process (a browser for PDFs), long property runs
//   editions   the outputs global setup builds once (every fixture, all formats, one
//              browser) checked by the validators (EPUBCheck, Ace, vnu, axe) and by print
//              and screen measurements; each JVM validator starts once
const render = ['test/render/*/*.test.ts', 'test/render/markup.test.ts', 'test/render/templates.test.ts', 'test/render/text-by-face.test.ts', 'test/render/view.test.ts', 'test/render/written-date.test.ts'];
const builds = [
  'test/build.test.ts',
  'test/build/**/*.test.ts',
  'test/browser.test.ts',
  'test/index.test.ts',
  'test/cli/**/*.test.ts',
  'test/source/properties.test.ts',
  'test/render/images.test.ts',
];
const editions = ['test/render/**/*.test.ts'];

// Cut fonts are kept in the test run's own folder (gitignored test/.tmp, emptied by global setup), never in the
// project's node_modules/.cache: every build of the run shares them, and every process the tests start inherits this.
process.env.HUOZI_CACHE_DIR ??= join(dirname(fileURLToPath(import.meta.url)), 'test', '.tmp', 'font-cache');

export default defineConfig({
  test: {
    testTimeout: 180_000,
    hookTimeout: 900_000,
    maxWorkers: 2,
    sequence: { sequencer: SlowFirst },
    setupFiles: ['test/support/file-teardown.ts'],
    // Golden files (toMatchFileSnapshot) are compared, never written, unless UPDATE_GOLDEN=1.
    update: process.env.UPDATE_GOLDEN === '1' ? 'all' : 'none',
    projects: [
      { extends: true, test: { name: 'unit', isolate: false, include: ['test/**/*.test.ts'], exclude: [...editions, ...builds] } },
      { extends: true, test: { name: 'render', isolate: false, include: render } },
      { extends: true, test: { name: 'builds', include: builds } },
      { extends: true, test: { name: 'editions', isolate: false, include: editions, exclude: [...render, ...builds], globalSetup: ['test/support/global-setup.ts'] } },
    ],
  },
});
