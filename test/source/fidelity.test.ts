/**
 * Fidelity as a property: for generated transcripts of every plain-text and
 * Markdown shape (headlines, speakers, split paragraphs, topics, 一、 headings,
 * Markdown headings, lists, quotes), the AST holds every source character in
 * order and nothing else, minus recognised markup.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parse } from '../../src/source/parse.js';
import { fidelity, sourceChars } from './fidelity.js';

const WORDS = ['中方', '始终', '坚持', '对话', '合作', '发展', '记者会', '经济', '增长', '百分之六', '城市', '居民', 'APEC', '2026年', '10:30', '“一带一路”', '《条约》', '数字化', 'AI', '我们', '认为', '各方', '推动', '共同', '安全'];
const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 12 }).map((w) => w.join(''));
const sentence = fc.tuple(phrase, fc.constantFrom('，', ',', '、', ''), phrase, fc.constantFrom('。', '？', '！', '?', '。”')).map(([a, p, b, end]) => `${a}${p}${b}${end}`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(''));
const speaker = fc.constantFrom('王毅', '记者', '问', '答', '主持人', '新华社记者', 'JOHN SMITH', '李明');

/** One block of a plain-text transcript, possibly split by a page break in mid-sentence. */
const plainBlock = fc.oneof(
  fc.tuple(speaker, fc.constantFrom('：', ':', '： '), paragraph).map(([s, c, p]) => `${s}${c}${p}`),
  paragraph,
  fc.tuple(paragraph, fc.nat()).map(([p, n]) => {
    const at = 1 + (n % Math.max(1, [...p].length - 2));
    return `${[...p].slice(0, at).join('')}\n\n${[...p].slice(at).join('')}`;
  }),
  fc.tuple(fc.constantFrom('一、', '二、', '（一）', '（二）'), phrase).map(([n, w]) => `${n}${w}`),
);

const plainTranscript = fc
  .tuple(fc.array(phrase, { maxLength: 3 }), fc.array(plainBlock, { minLength: 1, maxLength: 14 }), fc.array(fc.tuple(phrase, phrase, fc.array(plainBlock, { maxLength: 4 })), { maxLength: 3 }), fc.constantFrom('\n', '\r\n', '\n\n'))
  .map(([head, body, topics, nl]) =>
    [...head, ...body, ...topics.flatMap(([subject, title, blocks], i) => [`${i + 1} 谈${subject}`, title, ...blocks])].join(`${nl}${nl === '\n\n' ? '' : '\n'}`).replace(/\n/g, nl === '\r\n' ? '\r\n' : '\n'),
  );

const markdownBlock = fc.oneof(
  paragraph,
  fc.tuple(fc.constantFrom('# ', '## ', '### '), phrase).map(([h, w]) => `${h}${w}`),
  fc.tuple(fc.constantFrom('**【记者】**', '**王毅**：', '**李明：**', '### 王毅：\n\n'), paragraph).map(([l, p]) => `${l}${p}`),
  fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((items) => items.map((i) => `- ${i}`).join('\n')),
  paragraph.map((p) => `> ${p}`),
  fc.tuple(phrase, paragraph).map(([w, p]) => `${p}*${w}*${p}`),
);
const markdownTranscript = fc.array(markdownBlock, { minLength: 1, maxLength: 14 }).map((b) => b.join('\n\n'));

const faithful = (text: string, file: string) => {
  const r = parse(Buffer.from(text), { file });
  return fidelity(sourceChars(text, r.doc.data.lang, r.shape, r.doc), r.doc, r.shape !== 'subtitles');
};

describe('fidelity: generated transcripts', () => {
  test.prop([plainTranscript], { numRuns: 300 })('plain text', (text) => {
    expect(faithful(text, 'talk.txt')).toEqual({ added: '', lost: [] });
  });

  test.prop([markdownTranscript], { numRuns: 200 })('Markdown', (text) => {
    expect(faithful(text, 'talk.md')).toEqual({ added: '', lost: [] });
  });
});
