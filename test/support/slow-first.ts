/**
 * The order test files start in: vitest's own (projects one after another, each project's files by the last run's
 * durations, or, with no cache — a fresh clone, CI — by file size), but within a project the slowest files first, as
 * listed below, so that the two workers end together. By size, html-axe (about 55 s) started last in CI and ran alone
 * for 36 s while the other worker idled; the whole run took 11 min on a fresh clone.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Test files by their duration in `.ci/run` on the 2-core machine (fresh clone, 2026-12-07), slowest first. */
const SLOWEST = [
  'test/render/line-composition.test.ts',
  'test/render/vertical.test.ts',
  'test/render/html-axe.test.ts',
  'test/build/faults.test.ts',
  'test/render/html.test.ts',
  'test/build/hostile.test.ts',
  'test/render/pdf-pages.test.ts',
  'test/render/pdf-images.test.ts',
  'test/cli/install.test.ts',
  'test/render/pdf-structure.test.ts',
  'test/cli/watch.test.ts',
  'test/render/pdf-vertical-images.test.ts',
  'test/render/pdf-typeset.test.ts',
];

export default class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const position = new Map(sorted.map((file, i) => [file, i]));
    const projects = [...new Set(sorted.map((file) => file.project.name))];
    const rank = (file: TestSpecification) => {
      const at = SLOWEST.findIndex((path) => file.moduleId.endsWith(path));
      return at < 0 ? SLOWEST.length : at;
    };
    return [...sorted].sort((a, b) => projects.indexOf(a.project.name) - projects.indexOf(b.project.name) || rank(a) - rank(b) || position.get(a)! - position.get(b)!);
  }
}
