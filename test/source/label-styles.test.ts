/**
 * Property: the label style does not decide who speaks or in what role.
 * A generated transcript (a moderator, reporters who ask, officials who
 * answer) is written with each paragraph's label in a random style — colon
 * width, 【】 brackets, bold, a timestamp before it — and must give the same
 * speakers and roles as the plain `名字：` version.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { Turn } from '../../src/ast/types.js';
import { parse } from '../../src/source/parse.js';

const REPORTERS = ['江城日报记者', '海潮新闻记者', '东港电视台记者', '新华网记者'];
const OFFICIALS = ['孙立平', '冯晓燕', '蒋振国'];
const QUESTIONS = ['今年的进展怎么样？', '有哪些新的措施？', '群众关心的问题如何解决？', '下一步有什么打算？'];
const ANSWERS = ['我们已经完成了年度任务的八成。', '今年新建了十四所学校，新增学位一万二千个。', '我们将继续听取群众意见，改进工作。'];

type Style = (name: string, time: string) => string;
const STYLES: Style[] = [
  (n) => `${n}：`,
  (n) => `${n}:`,
  (n) => `${n} : `,
  (n) => `【${n}】`,
  (n) => `【${n}】：`,
  (n) => `**${n}**：`,
  (n) => `**${n}：**`,
  (n, t) => `[${t}] ${n}：`,
  (n, t) => `${t} ${n}：`,
  (n, t) => `(${t.slice(3)}) ${n}：`,
];

const turnSequence = fc.array(fc.tuple(fc.constantFrom(...REPORTERS), fc.constantFrom(...OFFICIALS), fc.nat(3), fc.nat(2)), { minLength: 3, maxLength: 8 });

/** The transcript with every label in the style `style(i)` chooses. */
function write(sequence: Array<[string, string, number, number]>, style: (i: number) => Style): string {
  const lines: Array<[string, string]> = [['主持人', '各位记者朋友，上午好。下面开始提问。']];
  for (const [reporter, official, q, a] of sequence) lines.push([reporter, QUESTIONS[q]!], [official, ANSWERS[a]!]);
  lines.push(['主持人', '今天的发布会到此结束，谢谢大家。']);
  const time = (i: number) => `00:${String(Math.floor(i / 6)).padStart(2, '0')}:${String((i * 10) % 60).padStart(2, '0')}`;
  return ['市政府新闻发布会', ...lines.map(([name, text], i) => `${style(i)(name, time(i))}${text}`)].join('\n\n');
}

function roles(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (n: { type: string; children?: unknown[] }) => {
    if (n.type === 'turn') out[(n as Turn).person ?? (n as Turn).speaker] = (n as Turn).role;
    (n.children as Array<typeof n> | undefined)?.forEach(visit);
  };
  visit(parse(Buffer.from(text), { file: 'in.txt' }).doc);
  return out;
}

describe('property: label styles leave speakers and roles unchanged', () => {
  test.prop([turnSequence, fc.array(fc.nat(STYLES.length - 1), { minLength: 40, maxLength: 40 })], { numRuns: 150 })('random styles per paragraph', (sequence, picks) => {
    const plain = roles(write(sequence, () => STYLES[0]!));
    expect(plain['主持人']).toBe('moderator');
    for (const [reporter] of sequence) expect(plain[reporter]).toBe('question');
    for (const [, official] of sequence) expect(plain[official]).toBe('answer');
    expect(roles(write(sequence, (i) => STYLES[picks[i % picks.length]!]!))).toEqual(plain);
  });

  test.prop([turnSequence], { numRuns: 20 })('negative control: labels without a colon are not labels, and the comparison sees it', (sequence) => {
    expect(roles(write(sequence, () => (n) => `${n} `))).not.toEqual(roles(write(sequence, () => STYLES[0]!)));
  });
});
