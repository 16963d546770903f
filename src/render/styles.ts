/** The stylesheets in `styles/`, each the theme's file when it has one (render/theme.ts). */
import { readFileSync } from 'node:fs';
import { lookPath, type Theme } from './theme.js';

/**
 * A reader of `styles/<name>.css` over `theme`: it concatenates the files of
 * the names given, in order, each read once. Throws (fs) if one is unreadable.
 */
export function stylesheets(theme?: Theme): (...names: string[]) => string {
  const cache = new Map<string, string>();
  return (...names) =>
    names
      .map((name) => {
        let css = cache.get(name);
        if (css === undefined) {
          css = readFileSync(lookPath(theme, 'styles', `${name}.css`), 'utf8');
          cache.set(name, css);
        }
        return css;
      })
      .join('\n');
}
