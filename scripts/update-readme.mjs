// Rewrites the README's generated reference tables from the compiled code (`npm run readme`).
import { readFileSync, writeFileSync } from 'node:fs';
import { updateReadme } from '../dist/cli/reference.js';

const path = new URL('../README.md', import.meta.url);
const before = readFileSync(path, 'utf8');
const after = updateReadme(before);
if (after !== before) writeFileSync(path, after);
console.log(after === before ? 'README tables are up to date' : 'README tables rewritten');
