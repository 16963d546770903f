#!/usr/bin/env node
/**
 * huozi's library `build()` warm, as a watch rebuild would call it: one
 * process builds all three editions once (modules loaded, any in-process
 * cache filled), then times a second build of all three and one of the HTML
 * alone. Prints one JSON line: milliseconds, and the build's own timings.
 *   node bench/warm.mjs transcript.txt out-dir
 */
import { build } from '../dist/index.js';

const [input, out] = process.argv.slice(2);
const timed = async (formats) => {
  const started = performance.now();
  const result = await build([input], { out, formats });
  return { ms: performance.now() - started, timings: result.timings };
};
const first = await timed(['pdf', 'epub', 'html']);
const all = await timed(['pdf', 'epub', 'html']);
const html = await timed(['html']);
console.log(JSON.stringify({ first: first.ms, all: all.ms, html: html.ms, timings: all.timings }));
