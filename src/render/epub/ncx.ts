/**
 * The NCX table of contents, kept for EPUB 2 reading systems: the same
 * entries as the navigation document, numbered in reading order.
 */
import type { TocEntry } from '../view.js';

export interface NavPoint {
  id: string;
  playOrder: number;
  label: string;
  href: string;
  children: NavPoint[];
}

/** The NCX's nav points for contents entries, nested alike, `playOrder` counting from `first` in reading order. */
export function navPoints(entries: TocEntry[], first = 1): NavPoint[] {
  let order = first;
  const walk = (list: TocEntry[]): NavPoint[] =>
    list.map((e) => {
      const point: NavPoint = { id: `np-${e.id}`, playOrder: order++, label: e.number === undefined ? e.label : `${e.number} ${e.label}`, href: e.href, children: [] };
      point.children = walk(e.children);
      return point;
    });
  return walk(entries);
}

/** Depth of the deepest entry (the NCX states it). */
export const navDepth = (points: NavPoint[]): number => points.reduce((d, p) => Math.max(d, 1 + (p.children.length > 0 ? navDepth(p.children) : 0)), 1);
