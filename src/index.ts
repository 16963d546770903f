/** huozi's public API. */
export { build, type BuildResult, type FileWarning } from './build.js';
export { BuildOptions, FORMATS, PAPERS, resolveOptions, type ResolvedOptions } from './config/schema.js';
export { ExitCode, HuoziError } from './errors.js';
export { resolveMetadata, type Metadata, type MetadataOptions } from './metadata.js';
export { parse, type ParseOptions, type Parsed } from './source/parse.js';
export { check, formatCheck, type CheckReport } from './check.js';
export { renderers, type FormatName } from './render/registry.js';
export type { OutputFile, RenderContext, Renderer } from './render/context.js';
export type * from './ast/types.js';
export type { Warning } from './warnings.js';
