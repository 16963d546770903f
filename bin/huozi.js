#!/usr/bin/env node
// The Node check comes first, from a CommonJS file an old Node can still run.
import { createRequire } from 'node:module';

if (!createRequire(import.meta.url)('./node-version.cjs').check()) process.exit(3);
const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
