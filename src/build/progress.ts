/**
 * What `build()` takes besides the schema's options: a progress listener
 * (`onProgress`: the library emits these events, the CLI prints them,
 * cli/progress.ts) and a browser kept by the caller. Events come in order, synchronously, on the build's own
 * turn; a listener should return quickly.
 */
import type { SharedBrowser } from '../browser.js';
import type { Format } from '../config/schema.js';

export type ProgressEvent =
  /** Reading and recognising input `index` (from 0) of `of` begins; `input` as given. */
  | { step: 'read'; input: string; index: number; of: number }
  /** Rendering an edition of `input` begins. */
  | { step: 'render'; input: string; format: Format }
  /** An edition of `input` is rendered and checked: `ms` wall-clock milliseconds; `pages` laid out, for a PDF. */
  | { step: 'rendered'; input: string; format: Format; ms: number; pages?: number }
  /** Writing the set of `files` files begins (nothing is written before). */
  | { step: 'write'; files: number };

export type ProgressListener = (event: ProgressEvent) => void;

/** What `build()` takes besides the options of the schema. */
export interface BuildHooks {
  /** Called at each step of the build (see `ProgressEvent`). */
  onProgress?: ProgressListener;
  /**
   * A browser the caller launched with `sharedBrowser()` and closes itself:
   * the build uses it (relaunching it after a crash) and leaves it open, so
   * builds one after another share one warm Chromium (`huozi watch`).
   * Default: one for this build, closed at its end.
   */
  browser?: SharedBrowser;
}
