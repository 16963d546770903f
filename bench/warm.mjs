#!/usr/bin/env node
/**
 * huozi's library `build()` warm, as a watch rebuild calls it: one
 * process keeps one browser (as `huozi watch` does) and builds all three
 * editions once (modules loaded, the browser started, any in-process cache
 * filled), then times a second build of all three and one of the HTML
 * alone. Prints one JSON line: milliseconds, and the build's own timings
 * (per stage and per format, as build() reports them).
 *   node bench/warm.mjs transcript.txt out-dir
 */
import { build, sharedBrowser } from '../dist/index.js';

const [input, out] = process.argv.slice(2);
/** build()'s timings, nested (`{ stages: { parse }, formats: { pdf } }`), as flat keys (`stages.parse`). */
const flat = (o, prefix = '') =>
  Object.entries(o ?? {}).flatMap(([k, v]) => (typeof v === 'number' ? [[`${prefix}${k}`, v]] : flat(v, `${prefix}${k}.`)));
const timed = async (formats) => {
  const started = performance.now();
  const result = await build([input], { out, formats, browser });
  return { ms: performance.now() - started, timings: Object.fromEntries(flat(result.timings)) };
};
const browser = sharedBrowser();
const first = await timed(['pdf', 'epub', 'html']);
const all = await timed(['pdf', 'epub', 'html']);
const html = await timed(['html']);
await browser.close();
console.log(JSON.stringify({ first: first.ms, all: all.ms, html: html.ms, timings: all.timings }));
