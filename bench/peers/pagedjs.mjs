#!/usr/bin/env node
/**
 * The Paged.js peer, one cold process: pagedjs-cli 0.4.3's own command, with
 * one change around it. pagedjs-cli launches its puppeteer 20 without a
 * `protocolTimeout`, so any single DevTools call longer than puppeteer's
 * default 180 s (rendering a 1 MB book on a loaded machine) ends the run; here
 * its launch gets 30 minutes, as huozi's own browser has 10.
 *   node bench/peers/pagedjs.mjs in.html -o out.pdf [pagedjs-cli options]
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve('pagedjs-cli')), 'cli.js');
// The very module instance pagedjs-cli imports (its own nested puppeteer), so the patch reaches its launch().
const puppeteerUrl = pathToFileURL(createRequire(cli).resolve('puppeteer').replace('/lib/cjs/', '/lib/esm/')).href;
const { default: puppeteer } = await import(puppeteerUrl);
const launch = puppeteer.launch.bind(puppeteer);
puppeteer.launch = (options = {}) => launch({ protocolTimeout: 1_800_000, ...options });
await import(pathToFileURL(cli).href);
