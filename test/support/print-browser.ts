/** The prints of one test file share a Chromium, as a build of several inputs does (a launch is about 2 s of CPU); the setup file closes it when the file ends. */
import { sharedBrowser } from '../../src/browser.js';

export const printBrowser = sharedBrowser();
