/**
 * Recognition accuracy on the shape fixtures against their hand-reviewed
 * table (test/fixtures/roles.yaml): per fixture and overall, the share of
 * turns recognised with the right speaker and role, and of the stated title,
 * date and author. Prints the table; fails below 100 %.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Document, Turn } from '../../src/ast/types.js';
import { parse } from '../../src/source/parse.js';
import { fixtures } from '../support/paths.js';

interface Expected {
  title: string | null;
  date: string | null;
  author: string | null;
  turns: number;
  speakers: Record<string, string>;
}

const table = parseYaml(readFileSync(join(fixtures, 'roles.yaml'), 'utf8'), { schema: 'core' }) as Record<string, Expected>;

function turnsOf(doc: Document): Turn[] {
  const out: Turn[] = [];
  const visit = (n: { type: string; children?: unknown[] }) => {
    if (n.type === 'turn') out.push(n as Turn);
    (n.children as Array<typeof n> | undefined)?.forEach(visit);
  };
  visit(doc);
  return out;
}

export interface Score {
  file: string;
  turns: { right: number; of: number };
  metadata: { right: number; of: number };
  wrong: string[];
}

/** Scores one fixture: a turn is right when its (alias-resolved) speaker is in the table with the role recognised. */
export function score(file: string, expected: Expected): Score {
  const { doc } = parse(readFileSync(join(fixtures, file)), { file: join(fixtures, file) });
  const turns = turnsOf(doc);
  const wrong: string[] = [];
  let right = 0;
  for (const t of turns) {
    const who = (t as Turn & { person?: string }).person ?? t.speaker;
    if (expected.speakers[who] === t.role) right++;
    else wrong.push(`${who}/${t.role}`);
  }
  if (turns.length !== expected.turns) wrong.push(`${turns.length} turns, not ${expected.turns}`);
  const stated = doc.data.stated;
  const fields = ['title', 'date', 'author'] as const;
  const metaRight = fields.filter((k) => (stated[k] ?? null) === expected[k]).length;
  for (const k of fields) if ((stated[k] ?? null) !== expected[k]) wrong.push(`${k}=${stated[k] ?? '∅'}`);
  return { file, turns: { right: Math.min(right, expected.turns), of: Math.max(expected.turns, turns.length) }, metadata: { right: metaRight, of: fields.length }, wrong };
}

const pct = (r: { right: number; of: number }) => `${((100 * r.right) / r.of).toFixed(1)} %`;

describe('recognition accuracy on the shape fixtures', () => {
  const scores = Object.entries(table).map(([file, expected]) => score(file, expected));
  const total = (k: 'turns' | 'metadata') => scores.reduce((a, s) => ({ right: a.right + s[k].right, of: a.of + s[k].of }), { right: 0, of: 0 });

  // Before the recogniser of issue 13: roles 44.0 %, metadata 69.6 % (see the commit that added this table).
  it('prints the table and is 100 % for turn roles and metadata', () => {
    const lines = scores.map((s) => `${s.file.padEnd(36)} roles ${pct(s.turns).padStart(7)}  metadata ${pct(s.metadata).padStart(7)}  ${s.wrong.slice(0, 6).join(' ')}`);
    lines.push(`${'overall'.padEnd(36)} roles ${pct(total('turns')).padStart(7)}  metadata ${pct(total('metadata')).padStart(7)}`);
    console.log(lines.join('\n'));
    expect(total('turns')).toEqual({ right: total('turns').of, of: total('turns').of });
    expect(total('metadata')).toEqual({ right: total('metadata').of, of: total('metadata').of });
  });

  it('has at least 20 fixtures in the table', () => {
    expect(scores.length).toBeGreaterThanOrEqual(20);
  });
});
