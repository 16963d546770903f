/**
 * Rebuilding on change, for `huozi watch` and `huozi preview`: builds the
 * inputs once, then again whenever an input, its `<stem>.huozi.yaml` sidecar,
 * the config file or a file of the theme changes (chokidar). One Chromium is
 * kept warm across builds; the HTML edition is built and written first, the
 * slower editions after it. A change during a build queues one more round;
 * a failed round is reported and watching goes on (the outputs of the last
 * good build stay as they were: `build()` writes all or nothing).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { watch } from 'chokidar';
import { sharedBrowser } from '../browser.js';
import { build, type BuildResult } from '../build.js';
import type { ProgressListener } from '../build/progress.js';
import { resolveBuild } from '../config/resolve.js';
import type { BuildOptions, Format, OptionSource } from '../config/schema.js';
import { exampleInput } from '../paths.js';
import { sidecarPath } from '../source/corrections.js';

/** Quiet time after the last change before a round starts, in ms (an editor's save is several events). */
const SETTLE_MS = 150;

export type WatchEvent =
  /** Files that changed (absolute paths) since the last round; a round follows. */
  | { kind: 'changed'; paths: string[] }
  /** A build of `inputs` (as given; [] for the built-in example) in `formats` is done, in `ms` wall-clock milliseconds. */
  | { kind: 'built'; inputs: string[]; formats: Format[]; result: BuildResult; ms: number }
  /** A round failed; `error` is what `build()` threw (a `HuoziError` for bad input). */
  | { kind: 'failed'; error: unknown }
  /** A round ended; these files and folders (absolute, those that exist) are watched. */
  | { kind: 'idle'; watched: string[] };

export interface Rebuilds {
  /** Stops watching, waits for a running build, closes the browser. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Starts watching; the first round begins at once. `listener` hears each
 * event; `onProgress` is given to every `build()`. Options and their errors
 * are `build()`'s.
 */
export function rebuildOnChange(inputs: string[], options: BuildOptions, source: OptionSource, listener: (event: WatchEvent) => void, onProgress?: ProgressListener): Rebuilds {
  const browser = sharedBrowser();
  const files = (inputs.length > 0 ? inputs : [exampleInput]).map((f) => resolve(f));
  const pending = new Set<string>();
  const watched = new Set<string>();
  let themeFolder: string | undefined;
  let first = true;
  let stopped = false;
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;

  // Folders of the inputs and config, not recursively; the theme, recursively.
  const folders = watch([], { ignoreInitial: true, depth: 0, awaitWriteFinish: { stabilityThreshold: 100, pollInterval: 25 } });
  const theme = watch([], { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 100, pollInterval: 25 } });
  const onChange = (path: string) => {
    if (watched.has(path) || (themeFolder && path.startsWith(`${themeFolder}/`))) {
      pending.add(path);
      schedule();
    }
  };
  for (const w of [folders, theme]) w.on('all', (_event, path) => onChange(resolve(path)));

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void start(), SETTLE_MS);
  };
  const start = () => {
    if (running || stopped) return;
    running = round().finally(() => {
      running = undefined;
      if (pending.size > 0 && !stopped) schedule();
    });
  };

  async function round(): Promise<void> {
    const changed = [...pending];
    pending.clear();
    if (!first) listener({ kind: 'changed', paths: changed });
    // Only the inputs whose own files changed, unless the config or theme did.
    const touched = changed.map((p) => files.findIndex((f) => f === p || sidecarPath(f) === p));
    const which = first || touched.includes(-1) ? inputs : inputs.filter((_, i) => touched.includes(i));
    first = false;
    try {
      const { options: resolved, configFile } = await resolveBuild(inputs, options, source);
      follow(configFile, resolved.theme);
      const formats = resolved.formats as Format[];
      for (const group of [formats.filter((f) => f === 'html'), formats.filter((f) => f !== 'html')]) {
        if (group.length === 0 || stopped) continue;
        const began = performance.now();
        const result = await build(which, { ...options, formats: group, browser, ...(onProgress ? { onProgress } : {}) }, source);
        listener({ kind: 'built', inputs: which, formats: group, result, ms: performance.now() - began });
      }
    } catch (e) {
      if (!stopped) listener({ kind: 'failed', error: e });
    }
    if (!stopped) listener({ kind: 'idle', watched: [...watched, ...(themeFolder ? [themeFolder] : [])].filter((path) => existsSync(path)) });
  }

  /** Watches the inputs, their sidecars and the config file, and the theme folder. */
  function follow(configFile: string | undefined, themeOption: string | undefined) {
    for (const path of [...files, ...files.map(sidecarPath), ...(configFile ? [configFile] : [])]) {
      if (!watched.has(path)) folders.add(dirname(path));
      watched.add(path);
    }
    const folder = themeOption ? resolve(themeOption) : undefined;
    if (folder !== themeFolder) {
      if (themeFolder) theme.unwatch(themeFolder);
      if (folder) theme.add(folder);
      themeFolder = folder;
    }
  }

  for (const path of [...files, ...files.map(sidecarPath)]) watched.add(path);
  for (const folder of new Set(files.map((f) => dirname(f)))) folders.add(folder);
  start();
  let stopping: Promise<void> | undefined;
  return {
    stop() {
      stopping ??= (async () => {
        stopped = true;
        clearTimeout(timer);
        await Promise.all([folders.close(), theme.close()]);
        await running?.catch(() => undefined);
        await browser.close();
      })();
      return stopping;
    },
  };
}
