/** Access to what global setup built and validated. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EpubcheckResult } from './validators.js';
import { built, validation } from './paths.js';

export const output = (stem: string, ext: string) => join(built, `${stem}.${ext}`);

export interface Validation {
  epubcheck: Record<string, EpubcheckResult>;
}

export const validationResults = (): Validation => JSON.parse(readFileSync(validation, 'utf8')) as Validation;
