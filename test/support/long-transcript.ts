/**
 * Long transcripts for scale tests and the benchmark: the example's report
 * structure with its topics cycled and renumbered, so every paragraph is real
 * text of the kind huozi meets, and the size is whatever is asked for.
 */
import { readFileSync } from 'node:fs';
import { example } from './paths.js';

/** A report like the example with `topics` numbered topics. */
export function longTranscript(topics: number): string {
  const source = readFileSync(example, 'utf8');
  const lines = source.split('\n');
  const firstTopic = lines.findIndex((l) => /^1 /.test(l));
  const head = lines.slice(0, firstTopic).join('\n');
  // Each topic block: from its heading to the next heading.
  const blocks: string[][] = [];
  for (const line of lines.slice(firstTopic)) {
    if (/^\d{1,3} \S/.test(line)) blocks.push([]);
    blocks.at(-1)!.push(line);
  }
  const out: string[] = [head];
  for (let n = 1; n <= topics; n++) {
    const block = blocks[(n - 1) % blocks.length]!;
    out.push([block[0]!.replace(/^\d+/, String(n)), ...block.slice(1)].join('\n'));
  }
  return out.join('\n');
}
