/** Builds one PDF with given options into its own folder under test/.tmp (for options global setup does not cover). */
import { join } from 'node:path';
import { build } from '../../../src/build.js';
import type { BuildOptions } from '../../../src/config/schema.js';
import { tmp } from '../../support/paths.js';
import { printBrowser } from '../../support/print-browser.js';

export async function buildPdf(input: string, name: string, options: Omit<BuildOptions, 'out' | 'formats'> = {}): Promise<string> {
  const out = join(tmp, 'pdf', name);
  const result = await build([input], { ...options, out, formats: ['pdf'], browser: printBrowser });
  return result.written.find((f) => f.endsWith('.pdf'))!;
}
