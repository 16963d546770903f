#!/usr/bin/env node
/**
 * The benchmark: huozi beside its peers, interleaved run by run on the same
 * inputs, so that both sides of every ratio saw the same machine load.
 *
 *   npm run bench [-- --inputs example,0.37MB --runs 3]
 *
 * For each input: cold `huozi build` per edition and all three (a new
 * process, a fresh empty cache folder), a warm library `build()`, pandoc
 * (EPUB, HTML), pagedjs-cli and Typst (PDF), and a bare single-pass Chromium
 * print of huozi's own print HTML (the floor of any Chromium pipeline). Each
 * round runs every job once, in an order that rotates from round to round.
 * Reports medians, ratios huozi/peer, peak memory of the process tree
 * (browser processes and the rest, summed over the tree, sampled every
 * 50 ms), output sizes and page counts; writes bench/results/latest.json and
 * compares it with the run before (kept as previous.json).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { example, transcript } from './inputs.mjs';
import { sampleTree } from './process-tree.mjs';
import { markdown, outline, pagedHtml, typst } from './peers/sources.mjs';
import { compare, tables } from './report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const here = (p) => join(root, 'bench', p);
/** Runs per input on a quiet machine; the warm build() (three builds in one process) where a target asks for it. */
const INPUTS = {
  example: { name: 'example', runs: 5, warm: true },
  '0.37MB': { name: '0.37 MB', bytes: 370_000, runs: 3 },
  '1MB': { name: '1 MB', bytes: 1_000_000, runs: 3 },
  '3MB': { name: '3 MB', bytes: 3_000_000, runs: 1 },
};
const { values: flags } = parseArgs({
  options: {
    inputs: { type: 'string', default: process.env.BENCH_INPUTS ?? Object.keys(INPUTS).join(',') },
    // One number for every input, or one per input (`--runs 3,1,1,1`).
    runs: { type: 'string', default: process.env.BENCH_RUNS },
    results: { type: 'string', default: here('results') },
    // Print the tables of the last run (results/latest.json) without running anything.
    report: { type: 'boolean', default: false },
  },
});
if (flags.report) {
  console.log(tables(JSON.parse(readFileSync(join(flags.results, 'latest.json'), 'utf8'))));
  process.exit(0);
}
const chosen = flags.inputs.split(',').map((k) => {
  if (!INPUTS[k]) throw new Error(`unknown input ${k}: one of ${Object.keys(INPUTS).join(', ')}`);
  return INPUTS[k];
});
const work = mkdtempSync(join(tmpdir(), 'huozi-bench-'));
const require = createRequire(import.meta.url);
const NOTO = join(root, 'node_modules/.cache/huozi-bench/noto-cjk');
/** pagedjs-cli exports no path to its command or package.json: both are found beside each other in node_modules. */
const PAGEDJS = join(root, 'node_modules/pagedjs-cli');
const version = (cmd, args, re = /.*/u) => {
  try {
    return re.exec(execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))?.[0].trim();
  } catch {
    return undefined;
  }
};

/** Why a peer cannot run here, or undefined when it can. */
function missing(what) {
  switch (what) {
    case 'pandoc':
      return version('pandoc', ['--version']) ? undefined : 'pandoc not installed (bash bench/setup.sh)';
    case 'pagedjs':
      return existsSync(join(PAGEDJS, 'src/cli.js')) ? undefined : 'pagedjs-cli not installed (npm ci)';
    case 'typst':
      if (!resolves('@myriaddreamin/typst-ts-node-compiler')) return 'typst-ts-node-compiler not installed (npm ci)';
      return existsSync(join(NOTO, 'NotoSerifCJK-Regular.ttc')) ? undefined : 'Noto CJK fonts not unpacked (bash bench/setup.sh)';
    default:
      return undefined;
  }
}
function resolves(id) {
  try {
    return require.resolve(id);
  } catch {
    return undefined;
  }
}

/** Writes the input and every peer's source for it; nothing here is timed. */
async function prepare(input) {
  const dir = join(work, input.name.replace(/\W+/gu, ''));
  mkdirSync(dir, { recursive: true });
  let file = example;
  if (input.bytes) {
    const t = transcript(input.bytes);
    file = join(dir, `bench-${input.name.replace(/\W+/gu, '')}.txt`);
    writeFileSync(file, t.text);
  }
  const text = readFileSync(file, 'utf8');
  const doc = outline(text);
  const src = { dir, file, bytes: Buffer.byteLength(text), topics: doc.topics.length, warm: input.warm };
  writeFileSync((src.md = join(dir, 'peer.md')), markdown(doc));
  writeFileSync((src.typ = join(dir, 'peer.typ')), typst(doc));
  writeFileSync((src.paged = join(dir, 'peer.paged.html')), await pagedHtml(doc, dir));
  try {
    src.printHtml = await printSource(file, dir);
  } catch (e) {
    src.printError = `huozi's print HTML could not be written: ${e.message.split('\n')[0]}`;
  }
  return src;
}

/** huozi's own print HTML (the first print of its PDF renderer), through its internal modules. */
async function printSource(file, dir) {
  const { parse } = await import('../dist/source/parse.js');
  const { resolveMetadata } = await import('../dist/metadata.js');
  const { resolveOptions } = await import('../dist/config/schema.js');
  const { createTemplates } = await import('../dist/render/templates.js');
  const { planPrint } = await import('../dist/render/pdf/plan.js');
  const { writePrintFiles } = await import('../dist/render/pdf/print-book.js');
  const { doc } = parse(readFileSync(file), { file });
  const out = join(dir, 'print');
  mkdirSync(out, { recursive: true });
  const context = {
    meta: resolveMetadata(doc, {}),
    templates: createTemplates(),
    options: resolveOptions({ formats: ['pdf'] }),
    stem: 'print',
    inputDir: dir,
    browser: () => Promise.reject(new Error('no browser while preparing')),
    warn: () => undefined,
  };
  return writePrintFiles(planPrint(doc, context), out);
}

/** The jobs of one input: what each runs, where it writes. */
function jobs(src) {
  const huozi = join(root, 'bin', 'huozi.js');
  const node = process.execPath;
  // --json: the build's report, whose timings (per stage and step) the tables show.
  const cold = (formats) => (out) => ({ cmd: node, args: [huozi, 'build', src.file, '--formats', formats, '--out', out, '--json'], cache: true, json: true });
  return [
    { id: 'huozi-all', tool: 'huozi', work: 'all three', run: cold('pdf,epub,html') },
    { id: 'huozi-pdf', tool: 'huozi', work: 'PDF', run: cold('pdf') },
    { id: 'huozi-epub', tool: 'huozi', work: 'EPUB', run: cold('epub') },
    { id: 'huozi-html', tool: 'huozi', work: 'HTML', run: cold('html') },
    src.warm && { id: 'huozi-warm', tool: 'huozi', work: 'warm build()', run: (out) => ({ cmd: node, args: [here('warm.mjs'), src.file, out], cache: true, json: true }) },
    { id: 'pandoc-epub', tool: 'pandoc', work: 'EPUB', missing: missing('pandoc'), run: (out) => ({ cmd: 'pandoc', args: ['-f', 'markdown', src.md, '-s', '-o', join(out, 'book.epub')] }) },
    { id: 'pandoc-html', tool: 'pandoc', work: 'HTML', missing: missing('pandoc'), run: (out) => ({ cmd: 'pandoc', args: ['-f', 'markdown', src.md, '-s', '-o', join(out, 'page.html')] }) },
    {
      id: 'pagedjs',
      tool: 'Paged.js',
      work: 'PDF',
      missing: missing('pagedjs'),
      run: (out) => ({
        cmd: node,
        args: [here('peers/pagedjs.mjs'), src.paged, '-o', join(out, 'book.pdf'), '--browserArgs', '--no-sandbox,--disable-gpu,--disable-dev-shm-usage', '--timeout', '1800000'],
        env: { PUPPETEER_EXECUTABLE_PATH: process.env.HUOZI_CHROMIUM ?? '/usr/bin/chromium' },
      }),
    },
    { id: 'typst', tool: 'Typst', work: 'PDF', missing: missing('typst'), run: (out) => ({ cmd: node, args: [here('peers/typst.mjs'), src.typ, join(out, 'book.pdf'), NOTO] }) },
    { id: 'bare', tool: 'Chromium', work: 'bare print', missing: src.printError, run: (out) => ({ cmd: node, args: [here('peers/bare-print.mjs'), src.printHtml, join(out, 'book.pdf')] }) },
  ].filter(Boolean);
}

/** One cold run of a job: wall seconds, peak memory, output bytes and pages. */
async function runOnce(job, src) {
  const out = mkdtempSync(join(src.dir, `${job.id}-`));
  const spec = job.run(out);
  const cache = spec.cache ? mkdtempSync(join(work, 'cache-')) : undefined;
  const env = { ...process.env, SOURCE_DATE_EPOCH: '1772928000', ...(cache ? { HUOZI_CACHE_DIR: cache } : {}), ...spec.env };
  const started = performance.now();
  const child = spawn(spec.cmd, spec.args, { stdio: ['ignore', 'pipe', 'pipe'], env, cwd: src.dir });
  const memory = sampleTree(child.pid);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  const peak = memory.stop();
  try {
    // The line that names the error, not the last line of a stack trace.
    const lines = stderr.trim().split('\n');
    if (code !== 0) return { error: `exit ${code}: ${(lines.find((l) => /error/iu.test(l)) ?? lines.at(-1) ?? '').trim().slice(0, 200)}` };
    const run = { seconds, memory: peak.samples > 0 ? { total: peak.total, browser: peak.browser, other: peak.other } : undefined, bytes: folderBytes(out) };
    const pdfs = files(out).filter((f) => f.endsWith('.pdf'));
    if (pdfs.length === 1) run.pages = pageCount(pdfs[0]);
    if (spec.json) {
      // huozi's JSON report, or warm.mjs's line: the build's timings, and the warm build's own times.
      const report = JSON.parse(stdout.trim().split('\n').at(-1));
      run.timings = Object.fromEntries(flat(report.timings));
      if (report.warm) run.warm = report.warm;
    }
    return run;
  } finally {
    rmSync(out, { recursive: true, force: true });
    if (cache) rmSync(cache, { recursive: true, force: true });
  }
}

function files(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath ?? d.path, d.name));
}
const folderBytes = (dir) => files(dir).reduce((n, f) => n + statSync(f).size, 0);
function pageCount(pdf) {
  const pages = version('pdfinfo', [pdf], /^Pages:\s+\d+/mu);
  return pages ? Number(pages.split(/\s+/u)[1]) : undefined;
}

/** build()'s timings, nested (`{ stages: { parse }, steps: { stamp } }`), as flat keys (`stages.parse`), milliseconds. */
const flat = (o, prefix = '') => Object.entries(o ?? {}).flatMap(([k, v]) => (typeof v === 'number' ? [[`${prefix}${k}`, v]] : flat(v, `${prefix}${k}.`)));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const results = {
  date: new Date().toISOString(),
  commit: version('git', ['-C', root, 'rev-parse', '--short', 'HEAD']),
  machine: { cores: cpus().length, loadBefore: loadavg()[0] },
  versions: {
    node: process.version,
    chromium: version(process.env.HUOZI_CHROMIUM ?? '/usr/bin/chromium', ['--version'], /\d+\.\d+\.\d+\.\d+/u),
    pandoc: version('pandoc', ['--version'], /^pandoc [\d.]+/u),
    pagedjs: existsSync(join(PAGEDJS, 'package.json')) ? JSON.parse(readFileSync(join(PAGEDJS, 'package.json'), 'utf8')).version : undefined,
    typst: resolves('@myriaddreamin/typst-ts-node-compiler/package.json') && `typst-ts-node-compiler ${JSON.parse(readFileSync(resolves('@myriaddreamin/typst-ts-node-compiler/package.json'), 'utf8')).version}`,
  },
  inputs: [],
};
const loads = [];
/** Written after each job, so a long run stopped part way keeps what it measured. */
function save(complete) {
  results.complete = complete;
  results.machine.loadDuring = loads.length ? Number(median(loads).toFixed(1)) : undefined;
  results.machine.loadAfter = loadavg()[0];
  writeFileSync(latest, `${JSON.stringify(results, null, 2)}\n`);
}
mkdirSync(flags.results, { recursive: true });
const latest = join(flags.results, 'latest.json');
const previous = existsSync(latest) ? JSON.parse(readFileSync(latest, 'utf8')) : undefined;
if (previous) renameSync(latest, join(flags.results, 'previous.json'));
const runsOf = flags.runs?.split(',').map(Number);
/** A job's medians over its runs so far (memory: the highest peak). */
function summarise(slot) {
  if (slot.error || slot.runs.length === 0) return;
  slot.seconds = median(slot.runs.map((r) => r.seconds));
  const mem = slot.runs.filter((r) => r.memory).map((r) => r.memory);
  if (mem.length) slot.memory = { total: Math.max(...mem.map((m) => m.total)), browser: Math.max(...mem.map((m) => m.browser)), other: Math.max(...mem.map((m) => m.other)) };
  slot.bytes = slot.runs.at(-1).bytes;
  slot.pages = slot.runs.at(-1).pages;
  const warm = slot.runs.map((r) => r.warm).filter(Boolean);
  if (warm.length) slot.warm = { first: median(warm.map((x) => x.first)) / 1000, all: median(warm.map((x) => x.all)) / 1000, html: median(warm.map((x) => x.html)) / 1000 };
  const timed = slot.runs.map((r) => r.timings).filter(Boolean);
  // A step that did not run in some runs counts as 0 there.
  const keys = [...new Set(timed.flatMap((t) => Object.keys(t)))];
  if (timed.length) slot.timings = Object.fromEntries(keys.map((k) => [k, median(timed.map((t) => t[k] ?? 0)) / 1000]));
}

try {
  for (const [k, input] of chosen.entries()) {
    const src = await prepare(input);
    const runs = runsOf ? (runsOf[k] ?? runsOf.at(-1)) : input.runs;
    const list = jobs(src);
    const entry = { name: input.name, bytes: src.bytes, topics: src.topics, runs, jobs: {} };
    for (const job of list) entry.jobs[job.id] = { tool: job.tool, work: job.work, runs: [], ...(job.missing ? { error: job.missing } : {}) };
    results.inputs.push(entry);
    for (let r = 0; r < runs; r++) {
      // Rotate the order so no job always runs right after the same other one.
      for (const job of [...list.slice(r % list.length), ...list.slice(0, r % list.length)]) {
        const slot = entry.jobs[job.id];
        if (slot.error) continue;
        loads.push(loadavg()[0]);
        const run = await runOnce(job, src);
        if (run.error) slot.error = run.error;
        else slot.runs.push(run);
        summarise(slot);
        save(false);
        process.stderr.write(`${input.name} round ${r + 1}/${runs} ${job.id}: ${run.error ?? `${run.seconds.toFixed(2)} s`}\n`);
      }
    }
  }
  save(true);
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(tables(results));
if (previous) console.log(`\n${compare(previous, results)}`);
console.log(`\nresults: ${latest}${previous ? ' (the run before: previous.json)' : ''}`);
