/**
 * Themes: a folder laid out like the built-in `templates/` and `styles/`
 * whose files replace the built-in ones, file by file (`--theme <dir>`,
 * config key `theme`). Page templates and stylesheets must have a built-in
 * namesake (a misspelt file would otherwise be silently ignored); partials
 * may also be new, for the theme's own templates to use.
 */
import { type Dirent, existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ExitCode, HuoziError } from '../errors.js';
import { projectPath } from '../paths.js';

/** The two folders a theme may hold. */
export const LOOK_FOLDERS = ['templates', 'styles'] as const;
type LookFolder = (typeof LOOK_FOLDERS)[number];

export interface Theme {
  /** The theme folder, absolute. */
  folder: string;
  /** Its files, by path relative to the folder with `/` separators, e.g. `templates/partials/turn.hbs` → absolute path. */
  files: Map<string, string>;
}

/** How a file is named in a message: relative to the current folder when inside it. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

const themeError = (file: string, message: string, namedIn?: string) =>
  new HuoziError(namedIn ? `${message} (named by theme: in ${shownPath(namedIn)})` : message, ExitCode.usage, shownPath(file));

/**
 * Reads the layout of the theme folder `folder` (absolute or relative to the
 * current folder). Throws a usage error (exit 2) naming the folder when it is
 * missing, not a folder or holds neither `templates/` nor `styles/` — and the
 * config file when `namedIn` (the config file that set `theme`, if it did) —
 * and naming the file when a template or stylesheet has no built-in namesake.
 */
export function loadTheme(folder: string, namedIn?: string): Theme {
  const abs = resolve(folder);
  if (!existsSync(abs)) throw themeError(abs, 'theme folder not found', namedIn);
  if (!statSync(abs).isDirectory()) throw themeError(abs, 'is a file: a theme is a folder holding templates/ and styles/', namedIn);
  if (!LOOK_FOLDERS.some((f) => existsSync(join(abs, f)))) {
    throw themeError(abs, 'holds neither templates/ nor styles/: a theme mirrors the built-in folders (huozi init --with-theme makes one)', namedIn);
  }
  const files = new Map<string, string>();
  for (const look of LOOK_FOLDERS) {
    for (const path of filesUnder(join(abs, look))) {
      const key = [look, ...relative(join(abs, look), path).split(sep)].join('/');
      if (!isPartial(key) && !existsSync(projectPath(...key.split('/')))) {
        throw themeError(path, `huozi has no ${key} to replace (a theme overrides the files of the built-in ${look}/, by the same names)`);
      }
      files.set(key, path);
    }
  }
  return { folder: abs, files };
}

/** The file that gives `look/…parts` its look: the theme's, else the built-in one. */
export function lookPath(theme: Theme | undefined, look: LookFolder, ...parts: string[]): string {
  return theme?.files.get([look, ...parts].join('/')) ?? projectPath(look, ...parts);
}

/** Names of the theme's partials (`templates/partials/<name>.hbs`), with their files. */
export function themePartials(theme: Theme | undefined): Array<[name: string, file: string]> {
  return [...(theme?.files ?? [])].filter(([key]) => isPartial(key)).map(([key, file]) => [key.slice('templates/partials/'.length, -'.hbs'.length), file]);
}

const isPartial = (key: string) => /^templates\/partials\/[A-Za-z]+\.hbs$/.test(key);

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
