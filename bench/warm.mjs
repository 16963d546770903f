#!/usr/bin/env node
/**
 * huozi's library `build()` warm, as a watch rebuild calls it: one
 * process keeps one browser (as `huozi watch` does) and builds all three
 * editions once (modules loaded, the browser started, any in-process cache
 * filled), then times a second build of all three and one of the HTML
 * alone. Prints one JSON line: the three times (`warm`, milliseconds) and the
 * second build's own timings (per stage, format and step, as build() reports them).
 *   node bench/warm.mjs transcript.txt out-dir
 */
import { build, sharedBrowser } from '../dist/index.js';

const [input, out] = process.argv.slice(2);
const timed = async (formats) => {
  const started = performance.now();
  const result = await build([input], { out, formats, browser });
  return { ms: performance.now() - started, timings: result.timings };
};
const browser = sharedBrowser();
const first = await timed(['pdf', 'epub', 'html']);
const all = await timed(['pdf', 'epub', 'html']);
const html = await timed(['html']);
await browser.close();
console.log(JSON.stringify({ warm: { first: first.ms, all: all.ms, html: html.ms }, timings: all.timings }));
