/** One Chromium per test file, launched like huozi's own, whose pages behave as a reader's browser (not hardened). */
import { sharedBrowser } from '../../src/browser.js';

export const testBrowser = sharedBrowser({ hardened: false });
