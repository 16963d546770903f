import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { startStep, type StepTimings, timed, withStepClock } from '../src/step-timings.js';

/** Busy for `ms` milliseconds on this thread (a synchronous step). */
function spin(ms: number): number {
  const until = performance.now() + ms;
  let n = 0;
  while (performance.now() < until) n++;
  return n;
}

describe('step timings', () => {
  it('times a synchronous step and an async one until it settles, summing repeats', async () => {
    const timings: StepTimings = {};
    await withStepClock(timings, async () => {
      timed('typeset', () => spin(20));
      timed('typeset', () => spin(20));
      await timed('main-print', () => sleep(50));
    });
    expect(timings.typeset).toBeGreaterThanOrEqual(40);
    expect(timings['main-print']).toBeGreaterThanOrEqual(49);
    expect(Object.keys(timings).sort()).toEqual(['main-print', 'typeset']);
  });

  it('a failed step is timed and its error passes through', async () => {
    const timings: StepTimings = {};
    await withStepClock(timings, async () => {
      expect(() => timed('decode', () => { throw new Error('not text'); })).toThrow('not text');
      await expect(timed('stamp', () => sleep(10).then(() => Promise.reject(new Error('no page'))))).rejects.toThrow('no page');
    });
    expect(timings.decode).toBeGreaterThanOrEqual(0);
    expect(timings.stamp).toBeGreaterThanOrEqual(9);
  });

  it('two clocks running at once keep their own figures, through awaits', async () => {
    const a: StepTimings = {};
    const b: StepTimings = {};
    await Promise.all([
      withStepClock(a, async () => {
        await sleep(5);
        await timed('fonts', () => sleep(30));
      }),
      withStepClock(b, async () => {
        await timed('launch', () => sleep(10));
      }),
    ]);
    expect(Object.keys(a)).toEqual(['fonts']);
    expect(Object.keys(b)).toEqual(['launch']);
  });

  it('a step stopped twice counts once; a step started outside a clock is not timed in one', async () => {
    const timings: StepTimings = {};
    await withStepClock(timings, async () => {
      const stop = startStep('fonts');
      await sleep(20);
      stop();
      const first = timings.fonts;
      await sleep(20);
      stop();
      expect(timings.fonts).toBe(first);
    });
    expect(timings.fonts).toBeGreaterThanOrEqual(19);
    const outside = startStep('typeset');
    expect(timed('decode', () => 7)).toBe(7);
    const later: StepTimings = {};
    withStepClock(later, () => outside());
    expect(later).toEqual({});
  });
});
