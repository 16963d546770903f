/** The project stylesheets in `styles/`, read once. */
import { readFileSync } from 'node:fs';
import { projectPath } from '../paths.js';

const cache = new Map<string, string>();

/** Concatenates `styles/<name>.css` for each name, in order. */
export function stylesheet(...names: string[]): string {
  return names
    .map((name) => {
      let css = cache.get(name);
      if (css === undefined) {
        css = readFileSync(projectPath('styles', `${name}.css`), 'utf8');
        cache.set(name, css);
      }
      return css;
    })
    .join('\n');
}
