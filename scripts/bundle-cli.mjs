#!/usr/bin/env node
/**
 * Bundles the compiled command line (`dist/cli/main.js`, from `tsc`) into
 * `dist/cli.mjs` and its lazily loaded chunks (`dist/cli-*.mjs`), so a cold
 * `huozi` process loads a few files instead of 566 small ES modules: Node's
 * module loader took 0.63 s for the build's modules, the bundle 0.34 s
 * (README, "The pipeline"). The library (`dist/index.js`) is not
 * bundled. Chunks sit beside the entry in `dist/`, one level under the project
 * root, as `paths.ts` expects of compiled code.
 *
 * Left out of the bundle, and loaded from node_modules as before: packages that
 * read files of their own folder at run time (WebAssembly, workers, templates,
 * native addons) and the browser driver. BudouX and the DOM its HTML parser
 * carries are declared free of side effects (they are), so the DOM, which
 * huozi never uses, is left out: 0.67 MB less to compile on every run.
 *   node scripts/bundle-cli.mjs
 */
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const scripts = dirname(fileURLToPath(import.meta.url));
const dist = join(scripts, '..', 'dist');
const EXTERNAL = ['harfbuzzjs', 'pdfjs-dist', '@napi-rs/canvas', 'puppeteer-core', 'chokidar'];

for (const file of readdirSync(dist)) if (/^cli(-.*)?\.mjs$/.test(file)) rmSync(join(dist, file));
await build({
  input: join(dist, 'cli', 'main.js'),
  platform: 'node',
  external: (id) => EXTERNAL.some((name) => id === name || id.startsWith(`${name}/`)),
  logLevel: 'warn',
  // fontkit's WOFF2 path reads Brotli through Node's zlib (brotli-decompress.mjs says why).
  resolve: { alias: { 'brotli/decompress.js': join(scripts, 'brotli-decompress.mjs') } },
  treeshake: { moduleSideEffects: (id) => !/\/node_modules\/(budoux|linkedom)\//.test(id) },
  output: { dir: dist, format: 'esm', entryFileNames: 'cli.mjs', chunkFileNames: 'cli-[name].mjs' },
});
