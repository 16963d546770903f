/**
 * What `huozi init [dir]` writes: a commented config file, the built-in
 * example transcript to try it on and, with a theme, copies of the built-in
 * `templates/` and `styles/` under `theme/`. It never overwrites: every
 * target is checked before the first is written, and each is created
 * exclusively (`wx`).
 */
import { type Dirent, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { HuoziError, ExitCode } from '../errors.js';
import { exampleInput, projectPath } from '../paths.js';
import { CONFIG_TEMPLATE_NAME, configTemplate } from './config-template.js';
import { makeDirs } from '../make-dirs.js';

/** The folder of a theme inside an initialised folder; the config's `theme` names it. */
export const THEME_FOLDER = 'theme';

/** One file to write: absolute target and its content. */
interface Planned {
  path: string;
  data: string | Uint8Array;
}

/** What `scaffold()` wrote. */
export interface Scaffolded {
  /** The folder, absolute. */
  root: string;
  /** The config file and the example transcript, absolute paths. */
  files: string[];
  /** With a theme: its folder (absolute) and how many files were copied into it. */
  theme?: { folder: string; files: number };
}

/**
 * Writes the starting files into `dir` (created if missing). Throws a usage error (exit 2)
 * naming the first file that already exists, or `dir` when it is a file;
 * then nothing is written.
 */
export function scaffold(dir: string, options: { withTheme?: boolean } = {}): Scaffolded {
  const root = resolve(dir);
  if (existsSync(root) && !statSync(root).isDirectory()) throw new HuoziError('is a file, not a folder: huozi init writes into a folder', ExitCode.usage, dir);
  const files: Planned[] = [
    { path: join(root, CONFIG_TEMPLATE_NAME), data: configTemplate(options.withTheme ? { theme: THEME_FOLDER } : {}) },
    { path: join(root, basename(exampleInput)), data: readFileSync(exampleInput) },
  ];
  const theme = options.withTheme ? builtInTheme(join(root, THEME_FOLDER)) : [];
  const planned = [...files, ...theme];
  const taken = planned.find((p) => existsSync(p.path));
  if (taken) {
    throw new HuoziError('already exists: huozi init never overwrites (move it away or choose another folder)', ExitCode.usage, relative(process.cwd(), taken.path) || taken.path);
  }
  for (const p of planned) {
    makeDirs(dirname(p.path));
    writeFileSync(p.path, p.data, { flag: 'wx' });
  }
  return {
    root,
    files: files.map((p) => p.path),
    ...(options.withTheme ? { theme: { folder: join(root, THEME_FOLDER), files: theme.length } } : {}),
  };
}

/** Every file of the built-in `templates/` and `styles/`, placed under `target`. */
function builtInTheme(target: string): Planned[] {
  return ['templates', 'styles'].flatMap((folder) =>
    (readdirSync(projectPath(folder), { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const source = join(entry.parentPath, entry.name);
        return { path: join(target, folder, relative(projectPath(folder), source)), data: readFileSync(source) };
      })
      .sort((a, b) => a.path.localeCompare(b.path)),
  );
}
