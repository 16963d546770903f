/**
 * Runs once per test run: builds the example, every fixture and a long
 * transcript (`LONG_TOPICS` topics), the screen editions and the prints at once. Test files read the outputs; each
 * validator is started once, by the one test file that owns it.
 *
 * Every input is built to HTML and EPUB. The PDF, a measuring print and a real
 * print per input, is built for the print corpus: the example, the long
 * transcript and the fixtures below, one of each shape and feature the print
 * tests read (all of them with HUOZI_TEST_CORPUS=full, for a release).
 *
 * HUOZI_TEST_REUSE=1 keeps an earlier run's outputs when nothing under src/,
 * templates/, styles/ or the fixtures changed since: a developer's loop on
 * one test file takes seconds (CI never sets it).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { sharedBrowser } from '../../src/browser.js';
import { build } from '../../src/build.js';
import { buildReport, built, example, fixtures, hantReport, LONG_TOPICS, longInput, root, tmp } from './paths.js';
import { longTranscript } from './long-transcript.js';

/** Fixtures printed to PDF in every run: each shape (plain, Markdown, subtitles, sections, zh-Hant) and each print feature the PDF tests measure. */
const PRINT_CORPUS = [
  'bilingual-briefing.txt',
  'bold-every-face.md',
  'line-composition.txt',
  'markdown-feature.md',
  'official-report.txt',
  'rare-characters.txt',
  'subtitles-press.srt',
  'taiwan-presser-minguo.txt',
  'zh-hant-briefing.txt',
];

/** Prints with options several test files read (`variant(name)` in outputs.ts): built once here, not once per file. */
export const PRINT_VARIANTS = {
  bleed: { input: example, options: { bleed: '3mm', marks: ['crop', 'cross'] as Array<'crop' | 'cross'> } },
  'zh-hant-report': { input: hantReport, options: {} },
  // Also the example as a newsroom builds it with its config's publisher (the cover foot, the imprint page).
  'cjk-folios': { input: example, options: { folioNumerals: 'cjk' as const, publisher: '江城日报' } },
  // A government work report: paragraphs too short to split, numbers at line ends, a contents entry that wraps.
  'short-paragraphs': { input: join(root, 'test', 'render', 'fixtures', 'report-short-paragraphs.txt'), options: {} },
};

/** The inputs every format is built from: the example and each fixture transcript. */
export function fixtureInputs(): string[] {
  const own = readdirSync(fixtures).filter((f) => /\.(txt|md|srt|vtt)$/.test(f) && !f.startsWith('bad-')).map((f) => join(fixtures, f));
  return [example, ...own];
}

/** Inputs of render tests that the validators read with every other output: notes cited several times (note-links.test.ts). */
const RENDER_FIXTURES = ['notes-cited-twice.md'].map((f) => join(root, 'test', 'render', 'fixtures', f));

/** Every input built to HTML and EPUB: the example, each fixture, the render fixtures and the long transcript. */
export function builtInputs(): string[] {
  return [...fixtureInputs(), ...RENDER_FIXTURES, longInput];
}

/** Newest modification time (ms) of any file under these folders. */
function newest(dirs: string[]): number {
  let latest = 0;
  for (const dir of dirs) {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return latest;
}

export default async function setup(): Promise<void> {
  if (process.env.HUOZI_TEST_REUSE === '1' && existsSync(buildReport)) {
    const sources = newest(['src', 'templates', 'styles', 'test/fixtures', 'test/render/fixtures'].map((d) => join(root, d)));
    if (statSync(buildReport).mtimeMs > sources) return;
  }
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(built, { recursive: true });
  writeFileSync(longInput, longTranscript(LONG_TOPICS));
  const inputs = builtInputs();
  const full = process.env.HUOZI_TEST_CORPUS === 'full';
  const printed = inputs.filter((f) => full || f === example || f === longInput || PRINT_CORPUS.includes(basename(f)));
  // All at once: the screen build is Node work, the prints mostly wait on Chromium, and alone each left a core idle.
  // The prints share one Chromium (each launch is about 2 s of CPU).
  const browser = sharedBrowser();
  const [screen, print, ...variants] = await Promise.all([
    build(inputs, { out: built, formats: ['html', 'epub'] }),
    build(printed, { out: built, formats: ['pdf'], browser }),
    ...Object.entries(PRINT_VARIANTS).map(([name, { input, options }]) => build([input], { ...options, out: join(built, 'variants', name), formats: ['pdf'], browser })),
  ]).finally(() => browser.close());
  const report = {
    written: [...screen.written, ...print.written],
    warnings: [...screen.warnings, ...print.warnings, ...variants.flatMap((v) => v.warnings)],
    timings: { screen: screen.timings, print: print.timings },
  };
  writeFileSync(buildReport, JSON.stringify(report, null, 2));
}
