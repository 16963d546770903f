/**
 * Cut fonts kept between builds. A cut depends only on the font file, the
 * characters it keeps and its format, so it is stored under a hash of those
 * (the file by path, size and modification time; the subsetter and WOFF writer by version)
 * and read back whenever a build cuts the same face to the same text again:
 * a rebuild in `huozi watch`, the same transcript built again, or each of a
 * transcript's editions. Where: `HUOZI_CACHE_DIR`, else huozi's own
 * `node_modules/.cache/huozi`. A cache that cannot be read or written is
 * passed over, never an error (README, "Caches").
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from './paths.js';
import { makeDirs } from './make-dirs.js';

// The cutting tools as huozi pins them (exact versions in its package.json).
const { dependencies } = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { dependencies: Record<string, string> };
const toolVersions = ['harfbuzzjs', 'fonteditor-core'].map((name) => `${name}@${dependencies[name]}`);

/** The cache folder: `HUOZI_CACHE_DIR`, else `node_modules/.cache/huozi` in huozi's own folder. */
export const cacheDir = (env = process.env): string => env.HUOZI_CACHE_DIR || projectPath('node_modules', '.cache', 'huozi');

/**
 * The bytes of `file` cut to `text` in `format`: from the cache, else from
 * `cut()`, then stored (written to a temporary name and renamed, so a reader
 * never sees half a file). Throws only what `cut` throws.
 */
export async function cachedCut(file: string, text: string, format: string, cut: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const { size, mtimeMs } = statSync(file);
  const key = createHash('sha256').update(JSON.stringify([file, size, mtimeMs, ...toolVersions, format, text])).digest('hex');
  const dir = cacheDir();
  const path = join(dir, `${key}.${format}`);
  try {
    return readFileSync(path);
  } catch {
    // Not cut before, or the cache cannot be read: cut it.
  }
  const data = await cut();
  try {
    makeDirs(dir);
    // A name no other write shares: threads of one process (a test runner's, a library caller's) share its pid, and two
    // writers of one temporary file could rename half a file into place.
    const temporary = `${path}.${randomUUID()}.tmp`;
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch {
    // A read-only or full disk costs the next build the cut again, nothing more.
  }
  return data;
}
