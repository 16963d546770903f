/**
 * huozi's public API (README, "Library API"): build editions, parse a
 * transcript into the document AST, resolve its metadata, the options schema
 * and config loading, the renderer registry, the error and warning tables,
 * and every type they take or return. Only re-exports live here.
 */
export { build, type BuildResult, type BuildTimings, type FileWarning, type InputReport, type WrittenFile } from './build.js';
export type { BuildHooks, ProgressEvent, ProgressListener } from './build/progress.js';
export { sharedBrowser, type SharedBrowser } from './browser.js';
export { findConfig, loadConfig, type ConfigFile } from './config/load.js';
export { resolveBuild, type ResolvedBuild } from './config/resolve.js';
export {
  BuildOptions,
  FORMATS,
  MARKS,
  METADATA_KEYS,
  MetadataOptions,
  PAPER_SIZES,
  PAPERS,
  paperSize,
  resolveOptions,
  type Format,
  type MetadataKey,
  type OptionSource,
  type PaperSize,
  type ResolvedOptions,
} from './config/schema.js';
export { EXIT_CODES, ExitCode, HuoziError } from './errors.js';
export { resolveMetadata, resolveMetadataWithSources, type Metadata, type MetadataLayers, type MetadataSource } from './metadata.js';
export { parse, type ParseOptions, type Parsed } from './source/parse.js';
export { check, formatCheck, type CheckReport } from './check.js';
export { renderers, type FormatName } from './render/registry.js';
export type { OutputFile, RenderContext, Renderer } from './render/context.js';
export type * from './ast/types.js';
export { WARNING_CODES, type Warning, type WarningCode } from './warnings.js';
export { version } from './version.js';
