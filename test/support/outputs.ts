/** Access to what global setup built. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileWarning } from '../../src/build.js';
import { buildReport, built } from './paths.js';

export const output = (stem: string, ext: string) => join(built, `${stem}.${ext}`);

/** The PDF of a print variant global setup built (PRINT_VARIANTS in global-setup.ts). */
export const variant = (name: 'bleed' | 'zh-hant-report' | 'cjk-folios' | 'short-paragraphs') => {
  const dir = join(built, 'variants', name);
  return join(dir, readdirSync(dir).find((f) => f.endsWith('.pdf'))!);
};

export interface BuildReport {
  written: string[];
  warnings: FileWarning[];
  timings: Record<string, unknown>;
}

export const buildResults = (): BuildReport => JSON.parse(readFileSync(buildReport, 'utf8')) as BuildReport;

/** Every built file with this extension (example, fixtures, the long transcript). */
export const builtFiles = (ext: string) => buildResults().written.filter((f) => f.endsWith(`.${ext}`));
