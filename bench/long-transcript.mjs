/**
 * Long transcripts for scale tests and the benchmark: the example's report
 * structure with its topics cycled and renumbered, so every paragraph is text
 * of the kind huozi meets, and the size is whatever is asked for.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const example = fileURLToPath(new URL('../examples/press-conference.txt', import.meta.url));

/**
 * A report like the example with `topics` numbered topics.
 * @param {number} topics
 * @returns {string}
 */
export function longTranscript(topics) {
  const lines = readFileSync(example, 'utf8').split('\n');
  const firstTopic = lines.findIndex((l) => /^1 /.test(l));
  /** @type {string[][]} each topic block, from its heading to the next heading */
  const blocks = [];
  for (const line of lines.slice(firstTopic)) {
    if (/^\d{1,3} \S/.test(line)) blocks.push([]);
    blocks[blocks.length - 1].push(line);
  }
  const out = [lines.slice(0, firstTopic).join('\n')];
  for (let n = 1; n <= topics; n++) {
    const block = blocks[(n - 1) % blocks.length];
    out.push([block[0].replace(/^\d+/, String(n)), ...block.slice(1)].join('\n'));
  }
  return out.join('\n');
}
