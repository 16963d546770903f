/**
 * Setup file of every test project: when a test file ends, the temporary folders it made are removed and the
 * Chromium its prints shared is closed (test files may share modules, so a hook in those modules would run for the
 * first file only).
 */
import { afterAll } from 'vitest';
import { printBrowser } from './print-browser.js';
import { removeTempDirs } from './temp.js';

afterAll(async () => {
  await printBrowser.close();
  removeTempDirs();
});
