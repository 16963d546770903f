/** One Chromium per test file, launched like huozi's own. */
import { sharedBrowser } from '../../src/browser.js';

export const testBrowser = sharedBrowser();
