/**
 * The options of one build, from every layer: the schema's defaults, then the
 * config file, then the options given to `build()` (the CLI's flags). Metadata
 * keys are kept per layer, because the document's own front matter sits
 * between the config file and the flags (metadata.ts).
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { inputError, usageError } from '../errors.js';
import type { MetadataLayers } from '../metadata.js';
import { CONFIG_FILES, type ConfigFile, findConfig, loadConfig } from './load.js';
import { type BuildOptions, METADATA_KEYS, type MetadataOptions, type OptionSource, type ResolvedOptions, resolveOptions } from './schema.js';

export interface ResolvedBuild {
  options: ResolvedOptions;
  /** The metadata keys of the flags and of the config file, for the metadata model. */
  metadata: MetadataLayers;
  /** Absolute path of the config file used, if any. */
  configFile?: string;
}

/**
 * Throws a usage error (exit 2) naming the key as its layer spells it, or an
 * input error (exit 1) when `out` is an existing file.
 */
export async function resolveBuild(inputs: string[], options: BuildOptions = {}, source: OptionSource = 'api'): Promise<ResolvedBuild> {
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const flags = resolveOptions(given, source);
  const { config, fromConfig } = await configLayer(inputs, flags.config);
  const merged = resolveOptions({ ...config?.settings, ...given });
  refuseFileAsFolder(merged.out);
  return {
    options: merged,
    metadata: { flags: metadataOf(given, flags), ...(fromConfig && config ? { config: metadataOf(config.settings, fromConfig) } : {}) },
    ...(config ? { configFile: config.file } : {}),
  };
}

/**
 * The config layer of these inputs: the file `config` names, none (`false`),
 * or the one found upward from them; its settings validated (defaults filled).
 * Throws a usage error (exit 2) naming the file and key.
 */
export async function configLayer(inputs: string[], config: string | false | undefined): Promise<{ config?: ConfigFile; fromConfig?: ResolvedOptions }> {
  const file = config === false ? undefined : config ? await loadConfig(config) : await configFor(inputs);
  return file ? { config: file, fromConfig: resolveOptions(file.settings, { file: file.file }, true) } : {};
}

/** The config file found upward from the inputs' folders (the current folder for the built-in example). */
async function configFor(inputs: string[]): Promise<ConfigFile | undefined> {
  const folders = [...new Set(inputs.length > 0 ? inputs.map((f) => dirname(resolve(f))) : [process.cwd()])];
  const found = await Promise.all(folders.map(findConfig));
  const files = [...new Set(found.map((c) => c?.file ?? 'none'))];
  if (files.length > 1) {
    throw usageError(`the inputs find different config files (${files.join(', ')}): build them in separate calls, or name one with --config`);
  }
  if (!found[0]) for (const folder of folders) refuseMisnamedConfig(folder);
  return found[0];
}

/** Names a config file is easily given instead of `huozi.config.*`. */
const MISNAMED = ['huozi.yaml', 'huozi.yml', 'huozi.json', '.huozirc', '.huozi.yaml', '.huozi.yml', 'huozi.config.toml'];

/**
 * With no config file found, one beside the inputs named as a config file is easily named (`huozi.yaml`) is a usage
 * error (exit 2) naming it: read by nothing, its paper, bleed and marks would be silently left out of the print.
 */
function refuseMisnamedConfig(folder: string): void {
  const misnamed = MISNAMED.map((name) => join(folder, name)).find((file) => existsSync(file));
  if (misnamed) throw usageError(`${misnamed}: not read — a config file is named ${CONFIG_FILES.join(', ')}; rename it, or name it with --config`);
}

/** The metadata keys a layer sets, as the schema cleaned them. */
export function metadataOf(raw: Record<string, unknown>, parsed: ResolvedOptions): MetadataOptions {
  return Object.fromEntries(METADATA_KEYS.filter((k) => raw[k] !== undefined).map((k) => [k, parsed[k]]));
}

function refuseFileAsFolder(out: string): void {
  if (existsSync(out) && !statSync(out).isDirectory()) {
    throw inputError(out, 'is a file, not a folder: --out (or `out`) names the folder the editions are written to');
  }
}
