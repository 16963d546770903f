#!/usr/bin/env node
// The Node check comes first, from a CommonJS file an old Node can still run.
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';

if (!createRequire(import.meta.url)('./node-version.cjs').check()) process.exit(3);
// One command cuts a few fonts with HarfBuzz's WebAssembly: its baseline (Liftoff) code is fast enough, and
// V8's optimising compile of the whole module ran on after the build and held the exit ~0.2 s (README, "Speed").
setFlagsFromString('--liftoff-only');
const { main } = await import('../dist/cli.mjs');
const code = await main(process.argv.slice(2));
// Ends now rather than when the event loop drains: after Chromium crashes while a page is being opened, puppeteer
// keeps waiting 30 s for that page's target, and the command would sit idle that long after saying why it failed.
// Nothing is lost: on Linux, writes to stdout and stderr (files, pipes, terminals) are synchronous.
process.exit(code);
