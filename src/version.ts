/** huozi's version, read once from package.json (the one place it is kept). */
import { readFileSync } from 'node:fs';
import { projectPath } from './paths.js';

export const version = (JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { version: string }).version;
