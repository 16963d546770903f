#!/usr/bin/env node
/**
 * The benchmark: huozi's source stage and each edition on the example (21 KB)
 * and a ~1 MB transcript, next to peers measured in the same run (pandoc; a
 * bare Chromium print of the same size). Prints a Markdown table; run with
 * `npm run bench` after `npm run build`. Wall time is the median of the runs;
 * memory is the peak summed RSS of the whole process tree (node + Chromium).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '../dist/source/parse.js';
import { example, longTranscript } from './long-transcript.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'huozi-bench-'));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const big = join(work, 'long-1050.txt');
writeFileSync(big, longTranscript(1050));
const inputs = [
  { name: 'example', file: example },
  { name: '1 MB', file: big },
];

/** Summed RSS (MB) of a process and all its descendants, from /proc. */
function treeRss(pid) {
  const children = new Map();
  const rss = new Map();
  for (const d of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      rss.set(Number(d), (Number(fields[21]) * 4096) / 2 ** 20);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(d));
    } catch {}
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    total += rss.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/** Runs a command RUNS times: median seconds and peak tree memory. */
async function measure(cmd, args) {
  const times = [];
  let peak = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, SOURCE_DATE_EPOCH: '1772928000' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 100);
    const code = await new Promise((resolve) => child.on('close', resolve));
    clearInterval(timer);
    if (code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${stderr}`);
    times.push((performance.now() - started) / 1000);
  }
  times.sort((a, b) => a - b);
  return { seconds: times[Math.floor(times.length / 2)], peakMb: peak };
}

const rows = [];
const row = (tool, work, input, r) => rows.push(`| ${tool} | ${work} | ${input} | ${r.seconds.toFixed(2)} s | ${r.peakMb > 0 ? `${Math.round(r.peakMb)} MB` : 'too fast to sample'} |`);

// The source stage alone, in process.
for (const { name, file } of inputs) {
  const bytes = readFileSync(file);
  const times = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    parse(bytes);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const s = times[2] / 1000;
  rows.push(`| huozi | source stage (${(bytes.length / s / 2 ** 20).toFixed(1)} MB/s) | ${name} | ${s.toFixed(3)} s | – |`);
}

const huozi = join(root, 'bin', 'huozi.js');
for (const { name, file } of inputs) {
  for (const format of ['pdf', 'epub', 'html']) {
    row('huozi', format, name, await measure(process.execPath, [huozi, 'build', file, '--formats', format, '--out', join(work, 'out')]));
  }
  row('huozi', 'all three', name, await measure(process.execPath, [huozi, 'build', file, '--out', join(work, 'out')]));
}

// Peers in the same run.
const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;
for (const { name, file } of inputs) {
  if (hasPandoc) {
    for (const to of ['epub', 'html']) {
      row('pandoc', to, name, await measure('pandoc', ['-f', 'markdown', file, '-s', '--metadata', 'title=bench', '-o', join(work, `pandoc.${to}`)]));
    }
  }
  // A bare Chromium print of pandoc's HTML of the same transcript: the floor any Chromium-based PDF pays.
  if (hasPandoc) {
    const html = join(work, `bare-${name.replace(/\W/g, '')}.html`);
    spawnSync('pandoc', ['-f', 'markdown', file, '-s', '--metadata', 'title=bench', '-o', html]);
    row('Chromium', 'bare print (no fonts, no TOC)', name, await measure('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${join(work, 'bare.pdf')}`, `file://${html}`]));
  }
}

const table = ['| tool | work | input | time (median of ' + RUNS + ') | peak memory |', '|---|---|---|---|---|', ...rows].join('\n');
console.log(table);
rmSync(work, { recursive: true, force: true });
if (!hasPandoc) console.log('\n(pandoc not installed: apt-get install -y pandoc to measure it in the same run)');
