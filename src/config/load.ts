/**
 * Finds and reads `huozi.config.{json,yaml,yml,js,mjs}`: searched upward from
 * the input's folder, as other tools do (lilconfig), or named with `--config`.
 * A `.js`/`.mjs` config is the user's own code and is run; a transcript never is.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { defaultLoaders, type Loader, lilconfig } from 'lilconfig';
import { parse as parseYaml } from 'yaml';
import { ExitCode, HuoziError } from '../errors.js';

export const CONFIG_FILES = ['huozi.config.json', 'huozi.config.yaml', 'huozi.config.yml', 'huozi.config.js', 'huozi.config.mjs'];

export interface ConfigFile {
  /** Absolute path of the file. */
  file: string;
  /** Its settings as written, `out` and `theme` made absolute (relative to the file). Not yet validated. */
  settings: Record<string, unknown>;
}

const configError = (file: string, message: string) => new HuoziError(message, ExitCode.usage, file);

/** A loader whose failure names the file and the parser's first line. */
const named =
  (loader: Loader): Loader =>
  async (file, content) => {
    try {
      return (await loader(file, content)) as unknown;
    } catch (e) {
      // The parser's first line, without the colon that introduced its excerpt of the file.
      throw configError(file, `cannot be read: ${String((e as Error)?.message ?? e).split('\n')[0]!.replace(/:\s*$/u, '')}`);
    }
  };

const loadYaml = named((_file, content) => parseYaml(content) as unknown);

const explorer = () =>
  lilconfig('huozi', {
    searchPlaces: CONFIG_FILES,
    loaders: { '.json': named(defaultLoaders['.json']!), '.js': named(defaultLoaders['.js']!), '.mjs': named(defaultLoaders['.mjs']!), '.yaml': loadYaml, '.yml': loadYaml },
    // Searching stops at the filesystem root, not the home folder: inputs often live outside it.
    stopDir: '/',
    cache: false,
  });

/** The config file nearest above `folder`, if any. */
export async function findConfig(folder: string): Promise<ConfigFile | undefined> {
  const found = await explorer().search(folder);
  return found ? settingsOf(found.filepath, found.config) : undefined;
}

/** A config file named by `--config` (relative to the current folder). */
export async function loadConfig(path: string): Promise<ConfigFile> {
  const file = resolve(path);
  if (!existsSync(file)) throw configError(path, 'config file not found');
  if (!statSync(file).isFile()) throw configError(path, 'is a folder, not a config file');
  if (!/\.(json|ya?ml|m?js)$/i.test(file)) throw configError(path, 'a config file ends in .json, .yaml, .yml, .js or .mjs');
  return settingsOf(file, (await explorer().load(file))?.config);
}

function settingsOf(file: string, config: unknown): ConfigFile {
  const settings = (config as { default?: unknown } | null)?.default ?? config ?? {};
  if (typeof settings !== 'object' || Array.isArray(settings)) {
    throw configError(file, 'a config file holds settings, one per line, such as `paper: a4` (YAML) or {"paper": "a4"} (JSON)');
  }
  // Folders a config file names are relative to the file, wherever huozi runs.
  const folders = ['out', 'theme'].flatMap((key) => {
    const value = (settings as Record<string, unknown>)[key];
    return typeof value === 'string' && value.trim() && !isAbsolute(value) ? [[key, resolve(dirname(file), value)]] : [];
  });
  return { file, settings: { ...(settings as Record<string, unknown>), ...Object.fromEntries(folders) } };
}
