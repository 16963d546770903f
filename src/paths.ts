/** Where the project's own files are, wherever huozi is run from. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Compiled code lives in dist/, sources in src/: both sit one level under the project root.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const projectPath = (...parts: string[]) => join(root, ...parts);

/** The built-in example, used when `huozi build` is given no input. */
export const exampleInput = projectPath('examples', 'press-conference.txt');
