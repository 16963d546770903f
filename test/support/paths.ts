/** Where tests find fixtures, the shared build of every fixture, and golden files. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(fileURLToPath(import.meta.url), '..', '..', '..');
export const fixtures = join(root, 'test', 'fixtures');
export const golden = join(root, 'test', 'golden');
export const tmp = join(root, 'test', '.tmp');
/** Outputs of every fixture, built once per run by global setup. */
export const built = join(tmp, 'built');
export const example = join(root, 'examples', 'press-conference.txt');
/** A zh-Hant government report the print tests measure (kinsoku, structure). */
export const hantReport = join(root, 'test', 'render', 'pdf', 'fixtures', 'zh-hant-report.txt');
export const bin = join(root, 'bin', 'huozi.js');
/** What global setup's build wrote, warned and timed. */
export const buildReport = join(tmp, 'build-report.json');
/**
 * Topics in the long transcript global setup builds (test/support/long-transcript.ts): a contents of several pages,
 * running heads over some 130 pages, an EPUB of that many chapters. The benchmark measures the large sizes.
 */
export const LONG_TOPICS = 200;
/** The long transcript's stem (its outputs are `<stem>.pdf` …) and the file global setup writes it to. */
export const longStem = `long-${LONG_TOPICS}`;
export const longInput = join(tmp, `${longStem}.txt`);
