/**
 * The benchmark's generated transcripts: the same bytes for the same seed, the
 * size asked for, read by huozi as the topics they were written with, and no
 * text repeated from topic to topic (so no cache profits from repetition).
 */
import { describe, expect, it } from 'vitest';
import { transcript } from '../../bench/inputs.mjs';
import { longTranscript } from '../../bench/long-transcript.mjs';
import { parse } from '../../src/source/parse.js';

/** Paragraph texts of each topic (everything below its heading line). */
function topicBodies(text: string): string[] {
  return text.split(/\n\n(?=\d{1,3} 谈)/u).slice(1).map((t) => t.split('\n\n').slice(1).join('\n'));
}

describe('bench inputs', () => {
  const { text, topics } = transcript(370_000);

  it('are the same bytes for the same seed and differ for another', () => {
    expect(transcript(370_000).text).toBe(text);
    expect(transcript(370_000, 20).text).not.toBe(text);
  });

  it('have the size asked for, within a topic', () => {
    expect(Math.abs(Buffer.byteLength(text) - 370_000)).toBeLessThan(2_000);
    expect(transcript(30_000).topics).toBe(32);
  });

  it('are read by huozi as the numbered topics they were written with', () => {
    const { doc } = parse(new TextEncoder().encode(text), { file: 'bench.txt' });
    const found = doc.children.filter((n) => n.type === 'topic');
    expect(found).toHaveLength(topics);
    expect(found.map((t) => (t as { number: number }).number)).toEqual(Array.from({ length: topics }, (_, i) => i + 1));
  });

  it('repeat no topic body (negative control: the cycled long transcript of the tests does)', () => {
    const bodies = topicBodies(text);
    expect(bodies).toHaveLength(topics);
    expect(new Set(bodies).size).toBe(bodies.length);
    const cycled = topicBodies(longTranscript(42));
    expect(cycled.length).toBeGreaterThan(21);
    expect(new Set(cycled).size).toBeLessThan(cycled.length);
  });
});
