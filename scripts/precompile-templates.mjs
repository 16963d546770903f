#!/usr/bin/env node
/**
 * Precompiles the built-in Handlebars templates into `dist/templates.cjs`
 * (render/templates.ts `precompileBuiltIns`), so a run loads them instead of
 * compiling them; a template edited since is compiled as before. Run by
 * `npm run build` after `tsc`.
 *   node scripts/precompile-templates.mjs
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompileBuiltIns } from '../dist/render/templates.js';

writeFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'templates.cjs'), precompileBuiltIns());
