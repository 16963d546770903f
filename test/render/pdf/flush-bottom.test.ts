import { describe, expect, it } from 'vitest';
import { planStretch, type Probes, type Spot } from '../../../src/render/pdf/flush-bottom.js';

const PITCH = 18;
const geometry = { lines: 10, pitch: PITCH };
const px = (lines: number) => Math.round(lines * PITCH * (4 / 3));

/**
 * A page of blocks, each `[top, lines]` in lines below the page top, then one block on the next page (so the first
 * is a full page, not the last): block 1 a heading with a line of space above, blocks 2 and 3 turns.
 */
function page(blocks: Array<[number, number]>): { probes: Probes; spots: Map<string, Spot> } {
  const all: Array<[number, number, number]> = [...blocks.map(([top, lines]) => [0, top, lines] as [number, number, number]), [1, 0, 1]];
  const spots = new Map<string, Spot>();
  all.forEach(([p, top, lines], i) => {
    spots.set(`${i}-t`, { page: p, offset: top * PITCH });
    spots.set(`${i}-b`, { page: p, offset: (top + lines) * PITCH });
  });
  return {
    spots,
    probes: {
      blocks: all.map(([, , lines], i) => ({ lines, lead: 0, trail: 0, shift: 0, heads: i === 1 })),
      gaps: [
        [{ block: 1, above: PITCH }],
        [2, 3, all.length - 1].map((block) => ({ block, above: 0 })),
        all.map((_, block) => ({ block, above: 0 })),
      ],
    },
  };
}

const byBlock = (extra: Array<{ block: number; px: number }>) => {
  const out = new Map<number, number>();
  for (const { block, px } of extra) out.set(block, (out.get(block) ?? 0) + px);
  return Object.fromEntries(out);
};

describe('planStretch', () => {
  it("puts a short page's space at its heading while it is small", () => {
    // Text to line 9 of 10: one line short.
    const { probes, spots } = page([[0, 2], [3, 1], [4, 2], [6, 3]]);
    const plan = planStretch(probes, spots, geometry, () => false);
    expect(plan.stretched).toEqual([0]);
    expect(byBlock(plan.extra)).toEqual({ 1: px(1) });
  });

  it('spreads a larger shortfall in whole lines: three at most at a heading, then one at each turn and block, never right below a heading (control: all of it at the heading)', () => {
    // Text to line 4 of 10: six lines short (a 108 pt hole above the heading if it all went there).
    const { probes, spots } = page([[0, 1], [2, 1], [3, 0.5], [3.5, 0.5]]);
    const extra = byBlock(planStretch(probes, spots, geometry, () => false).extra);
    // Six lines of 24 px: three at the heading (block 1), one at the turn not right below it (3), one at each block
    // below the page top and not right below the heading (1, 3). Block 0 is at the page top, block 2 right below the
    // heading: neither moves.
    expect(extra).toEqual({ 1: 4 * 24, 3: 2 * 24 });
    expect(px(6)).toBe(144);
  });

  it('gives a part of a line to the first gap, the whole lines round the gaps', () => {
    const { probes, spots } = page([[0, 1], [2, 1], [3, 0.5], [3.25, 0.5]]);
    expect(byBlock(planStretch(probes, spots, geometry, () => false).extra)).toEqual({ 1: 4 * 24 + 6, 3: 2 * 24 });
  });

  it('leaves a page short when it has no gap below its top', () => {
    const { probes, spots } = page([[0, 8]]);
    probes.gaps = [[null], [null], [{ block: 0, above: 0 }, null]];
    const plan = planStretch(probes, spots, geometry, () => false);
    expect(plan.short).toEqual([0]);
    expect(plan.extra).toEqual([]);
  });
});
