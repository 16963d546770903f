/**
 * A sectioned press transcript without numbered topics: the example's
 * questions and answers grouped under a few Markdown sections, so that the
 * deepest meaningful level of the document is the question within a section.
 */
import { readFileSync } from 'node:fs';
import { example } from './paths.js';

export function sectionedTranscript(sections = 4): string {
  const lines = readFileSync(example, 'utf8').split('\n').map((l) => l.trim());
  const topics: string[][] = [];
  for (const line of lines.slice(lines.findIndex((l) => /^1 谈/.test(l)))) {
    if (/^\d{1,3} 谈/.test(line)) topics.push([]);
    else if (line && topics.length) topics.at(-1)!.push(line);
  }
  const per = Math.ceil(topics.length / sections);
  const out = ['# 外交部长答记者问（分部分整理）', ''];
  topics.forEach((topic, i) => {
    if (i % per === 0) out.push(`## 第${'一二三四五六七八九十'[i / per]}部分`, '');
    // The first line is the topic's title (left out); turns keep their "Speaker: words" form.
    for (const line of topic.slice(1)) out.push(line, '');
  });
  return out.join('\n');
}
