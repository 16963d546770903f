#!/usr/bin/env node
/**
 * The floor of any Chromium pipeline, one cold process: launch Chromium with
 * huozi's flags, load huozi's own print HTML from file://, wait for its web
 * fonts, print once (tagged, at the CSS page size), write the file, close.
 * No contents numbers, no second pass, no post-processing.
 *   node bench/peers/bare-print.mjs print.html out.pdf
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { LAUNCH_FLAGS } from '../../dist/browser.js';

const [input, output] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), 'huozi-bench-chromium-'));
const browser = await puppeteer.launch({
  executablePath: process.env.HUOZI_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  protocolTimeout: 600_000,
  args: [...LAUNCH_FLAGS, `--user-data-dir=${profile}`],
});
try {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(input).href, { waitUntil: 'load', timeout: 0 });
  await page.evaluate(() => document.fonts.ready);
  writeFileSync(output, await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: false, timeout: 0 }));
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
