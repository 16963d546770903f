/**
 * The benchmark's inputs: the built-in example, and longer transcripts of the
 * same shape (front matter, numbered topics with a title line, a reporter's
 * question and the minister's answer) whose text varies from topic to topic,
 * so no cache can profit from a repeated topic. Sentences of the example are
 * shuffled and recombined, numbers and place names varied, all from a seeded
 * generator: the same size always gives the same bytes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const example = fileURLToPath(new URL('../examples/press-conference.txt', import.meta.url));

/**
 * Topic numbers stop at 999: huozi (like a real transcript) reads `1000 谈…` as
 * a paragraph, so a bigger transcript has longer topics rather than more.
 */
const MAX_TOPICS = 999;
/** Bytes of UTF-8 per topic in the example, about: sets the topic count of small inputs. */
const TOPIC_BYTES = 930;
const PLACES = ['美国', '俄罗斯', '伊朗', '日本', '印度', '巴西', '南非', '德国', '法国', '英国', '欧盟', '东盟', '非洲', '中亚', '拉美', '韩国', '朝鲜', '越南', '埃及', '沙特', '土耳其', '墨西哥', '澳大利亚', '加拿大'];
const PLACE = new RegExp(PLACES.join('|'), 'gu');
const DIGITS = /\d+/gu;

/** mulberry32: a small seeded PRNG, so every run generates the same transcript. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The example's pieces: front matter, and pools of subjects, titles, reporters, questions and answer sentences. */
function pools() {
  const lines = readFileSync(example, 'utf8').split('\n');
  const firstTopic = lines.findIndex((l) => /^1 /.test(l));
  const body = lines.slice(firstTopic).map((l) => l.trim()).filter(Boolean);
  const pool = { front: lines.slice(0, firstTopic).join('\n'), subjects: [], titles: [], reporters: [], questions: [], answers: [] };
  const sentences = (text) => text.match(/[^。！？!?]+[。！？!?]+[”」]?/gu) ?? [text];
  for (const [i, line] of body.entries()) {
    const topic = /^\d{1,3} (\S.*)$/u.exec(line);
    const turn = /^([^:：]{2,20})[:：](.+)$/u.exec(line);
    if (topic) {
      pool.subjects.push(topic[1].replace(/^谈/u, ''));
      pool.titles.push(body[i + 1]);
    } else if (turn && turn[1].endsWith('记者')) {
      pool.reporters.push(turn[1]);
      pool.questions.push(...sentences(turn[2]));
    } else if (!pool.titles.includes(line)) {
      pool.answers.push(...sentences(turn?.[1] === '王毅' ? turn[2] : line));
    }
  }
  return pool;
}

/**
 * A transcript of about `bytes` bytes of UTF-8 (within a topic's length).
 * @param {number} bytes
 * @param {number} [seed]
 * @returns {{ text: string, topics: number }}
 */
export function transcript(bytes, seed = 19) {
  const pool = pools();
  const next = random(seed);
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const vary = (s) =>
    s.replace(DIGITS, (d) => String(Math.floor(next() * 10 ** d.length)).padStart(d.length, '1')).replace(PLACE, () => pick(PLACES));
  const topics = Math.max(1, Math.min(MAX_TOPICS, Math.round(bytes / TOPIC_BYTES)));
  const out = [pool.front];
  let total = Buffer.byteLength(pool.front);
  for (let n = 1; n <= topics; n++) {
    const question = Array.from({ length: 1 + Math.floor(next() * 2) }, () => vary(pick(pool.questions))).join('');
    const lines = [`${n} 谈${vary(pick(pool.subjects))}`, vary(pick(pool.titles)), `${pick(pool.reporters)}:${question}`];
    total += Buffer.byteLength(lines.join('\n\n')) + 2;
    // Answer paragraphs of 2–5 sentences until the transcript has caught up with its size so far.
    for (let p = 0; p === 0 || total < bytes * (n / topics) - 150; p++) {
      const para = Array.from({ length: 2 + Math.floor(next() * 4) }, () => vary(pick(pool.answers))).join('');
      const line = p === 0 ? `王毅:${para}` : para;
      lines.push(line);
      total += Buffer.byteLength(line) + 2;
    }
    out.push(lines.join('\n\n'));
  }
  return { text: out.join('\n\n') + '\n', topics };
}
