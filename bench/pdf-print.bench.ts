/**
 * Benchmark (not a test): the whole PDF renderer on a ~1 MB transcript
 * against a bare single-pass Chromium print of the same HTML, in one run and
 * one browser, alternating. Target: renderer ≤ 1.5 × bare print.
 *   npx vitest bench --run --config bench/vitest.config.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, bench, describe } from 'vitest';
import { sharedBrowser } from '../src/browser.js';
import { resolveOptions } from '../src/config/schema.js';
import { resolveMetadata } from '../src/metadata.js';
import { pdf } from '../src/render/pdf.js';
import { planPrint } from '../src/render/pdf/plan.js';
import { writePrintFiles } from '../src/render/pdf/print-book.js';
import { marginBoxFonts } from '../src/render/pdf/page-css.js';
import { printHtml } from '../src/render/pdf/print.js';
import type { RenderContext } from '../src/render/context.js';
import { createTemplates } from '../src/render/templates.js';
import { parse } from '../src/source/parse.js';
import { longTranscript } from './long-transcript.mjs';

const source = longTranscript(1050);
const { doc } = parse(new TextEncoder().encode(source), { file: 'long-1050.txt' });
const browser = sharedBrowser();
const context: RenderContext = {
  meta: resolveMetadata(doc, {}),
  templates: createTemplates(),
  options: resolveOptions({ formats: ['pdf'] }),
  stem: 'long-1050',
  inputDir: tmpdir(),
  browser: () => browser.get(),
  warn: () => undefined,
};
const work = mkdtempSync(join(tmpdir(), 'huozi-bench-'));
const htmlPath = writePrintFiles(planPrint(doc, context), work);
let pages = 0;
let bytes = 0;
const bare: number[] = [];
const full: number[] = [];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

afterAll(async () => {
  const ratios = bare.map((b, i) => (full[i]! / b).toFixed(2));
  console.log(`transcript ${Buffer.byteLength(source)} bytes; PDF ${pages} pages, ${bytes} bytes`);
  console.log(`bare print ms: ${bare.map(Math.round).join(', ')} (median ${Math.round(median(bare))})`);
  console.log(`renderer ms:   ${full.map(Math.round).join(', ')} (median ${Math.round(median(full))})`);
  console.log(`renderer / bare, pair by pair: ${ratios.join(', ')}; medians: ${(median(full) / median(bare)).toFixed(2)}`);
  await browser.close();
  rmSync(work, { recursive: true, force: true });
});

// Bare and full alternate within each iteration, so both see the same machine load.
describe(`PDF of a ${(Buffer.byteLength(source) / 1e6).toFixed(2)} MB transcript`, () => {
  bench(
    'bare single-pass print, then the whole renderer',
    async () => {
      let started = performance.now();
      await printHtml(await browser.get(), htmlPath, { tagged: true, preload: marginBoxFonts(context.meta.title) });
      bare.push(performance.now() - started);
      started = performance.now();
      const [file] = await pdf.render(doc, context);
      full.push(performance.now() - started);
      bytes = (file!.data as Uint8Array).length;
      pages = (Buffer.from(file!.data as Uint8Array).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
    },
    { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 },
  );
});
