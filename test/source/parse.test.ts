import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';
import { parse } from '../../src/source/parse.js';
import { example, golden } from '../support/paths.js';

const doc = () => parse(readFileSync(example), { file: 'press-conference.txt' }).doc;

describe('parse: the built-in example', () => {
  it('matches the reviewed golden AST', async () => {
    await expect(JSON.stringify(doc(), null, 2) + '\n').toMatchFileSnapshot(join(golden, 'press-conference.ast.json'));
  });

  it('recognises every element of the report', () => {
    const types = doc().children.map((c) => c.type);
    expect(types.slice(0, 6)).toEqual(['masthead', 'kicker', 'headline', 'deck', 'lede', 'turn']);
    const topics = doc().children.filter((c) => c.type === 'topic');
    expect(topics.map((t) => t.number)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    for (const t of topics) {
      expect(t.children[0]?.type).toBe('topicTitle');
      const turns = t.children.filter((c) => c.type === 'turn');
      expect(turns.map((x) => x.role)).toEqual(['question', 'answer']);
    }
  });

  it('repairs the five page-break splits: no paragraph ends mid-sentence', () => {
    const paragraphs: string[] = [];
    const visit = (n: { type: string; children?: unknown[] }) => {
      if (n.type === 'paragraph') paragraphs.push(toString(n));
      else (n.children as Array<typeof n> | undefined)?.forEach(visit);
    };
    visit(doc());
    const unfinished = paragraphs.filter((p) => !/[。！？”）…]$/u.test(p));
    expect(unfinished).toEqual([]);
  });

  it('turns ASCII punctuation between Han characters full-width, and keeps it in Latin and numbers', () => {
    const text = toString(doc());
    expect(text).not.toMatch(/\p{Script=Han}[,:;?!]|[,:;?!]\p{Script=Han}/u);
    expect(text).toContain('APEC');
  });
});

describe('parse: topic titles', () => {
  const topicChildren = (body: string) => {
    const { doc } = parse(Buffer.from(`外交部长记者会\n\n1 谈人才培养\n\n${body}\n\n记者：请问进展如何？\n`), { file: 't.txt' });
    const topic = doc.children.find((c) => c.type === 'topic')!;
    return topic.children.map((c) => [c.type, toString(c)]);
  };

  it('the line under a topic heading is its title, whatever its punctuation but a full stop (GB/T 15834: a title takes none)', () => {
    expect(topicChildren('高校要对接产业需求？')[0]).toEqual(['topicTitle', '高校要对接产业需求？']);
    expect(topicChildren('呼吁：对接产业需求')[0]).toEqual(['topicTitle', '呼吁：对接产业需求']);
    expect(topicChildren('校长梁樑说：“高校要主动对接产业需求。”')[0]).toEqual(['paragraph', '校长梁樑说：“高校要主动对接产业需求。”']);
    expect(topicChildren('高校要主动对接产业需求。')[0]).toEqual(['paragraph', '高校要主动对接产业需求。']);
  });
});

describe('parse: topic numbering', () => {
  const topics = (numbers: number[]) => {
    const body = numbers.map((n) => `${n} 谈第${n}件事\n第${n}件事的标题\n\n记者：请问第${n}件事？\n\n发言人：第${n}件事的回答。\n`).join('\n');
    const parsed = parse(Buffer.from(`发布会实录\n\n${body}`), { file: 't.txt' });
    return { numbers: parsed.doc.children.flatMap((c) => (c.type === 'topic' ? [c.number] : [])), warnings: parsed.warnings.filter((w) => w.code === 'topic-numbering').map((w) => w.message) };
  };

  it('a topic line skipping one or two numbers opens a topic under its own number, with a warning naming the line and the gap', () => {
    const skipped = topics([1, 2, 3, 5, 6]);
    expect(skipped.numbers).toEqual([1, 2, 3, 5, 6]);
    expect(skipped.warnings).toEqual([expect.stringMatching(/^line \d+ is numbered topic 5, but topic 4 is missing/u)]);
    expect(topics([1, 2, 5]).warnings).toEqual([expect.stringMatching(/topic 3–4 is missing/u)]);
  });

  it('control: a jump of three, or a first line not numbered 1, opens no topic and warns nothing; numbers run past 999', () => {
    expect(topics([1, 2, 6])).toEqual({ numbers: [1, 2], warnings: [] });
    expect(topics([3, 4]).numbers).toEqual([]);
    expect(topics(Array.from({ length: 1001 }, (_, i) => i + 1)).numbers.at(-1)).toBe(1001);
  });
});

describe('parse: a dateline on a line of its own', () => {
  it('opens the lede below it, and its credit names the author', () => {
    const { doc } = parse(Buffer.from('2025年两会专访：让老字号活起来\n\n新华社杭州3月5日电（记者 林晓 周航）\n\n今年全国两会期间，沈丽华接受了专访。\n\n记者：您带来了哪些建议？\n\n沈丽华：两条。\n'), { file: 't.txt' });
    const lede = doc.children.find((c) => c.type === 'lede');
    expect(lede).toMatchObject({ dateline: '新华社杭州3月5日电（记者 林晓 周航）' });
    expect(toString(lede!)).toBe('今年全国两会期间，沈丽华接受了专访。');
    expect(doc.data.stated).toMatchObject({ date: '2025-03-05', author: '林晓、周航' });
    expect(doc.data.origins).toMatchObject({ date: 'line 3: dateline 新华社杭州3月5日电（记者 林晓 周航）', author: 'line 3: dateline credit' });
  });
});

describe('parse: numbered points in a speech', () => {
  const outline = (text: string) =>
    parse(Buffer.from(text), { file: 't.txt' }).doc.children.map((c) => (c.type === 'turn' ? `${c.speaker}:${c.children.map((p) => toString(p)).join('|')}` : c.type));

  it('`一、…` followed by more of the speech stays the speaker’s, whole, and the questions after it are not inside a section', () => {
    expect(outline('发布会实录\n\n李忠：下面我介绍三个方面。\n一、扩大就业容量\n我们将开发更多岗位。\n二、强化重点群体帮扶\n今年毕业生再创新高。\n\n主持人：请提问。\n\n人民日报记者：请问有哪些新举措？\n\n李忠：谢谢。\n')).toEqual([
      'headline',
      '李忠:下面我介绍三个方面。|一、扩大就业容量|我们将开发更多岗位。|二、强化重点群体帮扶|今年毕业生再创新高。',
      '主持人:请提问。',
      '人民日报记者:请问有哪些新举措？',
      '李忠:谢谢。',
    ]);
  });

  it('points with points under them (`二、主要举措` then `（一）…`) stay the speech as the first does, and the questions after are in no section', () => {
    expect(outline('发布会实录\n\n王建华：下面作简要介绍。\n\n一、总体情况\n\n今年预计招收新生约132万人。\n\n二、主要举措\n\n（一）全面推行阳光招生\n\n全省学校统一报名。\n\n三、经费保障\n\n安排补助资金86.5亿元。\n\n主持人：下面进入提问环节。\n\n新华社记者：请问有何考虑？\n\n王建华：谢谢。\n')).toEqual([
      'headline',
      '王建华:下面作简要介绍。|一、总体情况|今年预计招收新生约132万人。|二、主要举措|（一）全面推行阳光招生|全省学校统一报名。|三、经费保障|安排补助资金86.5亿元。',
      '主持人:下面进入提问环节。',
      '新华社记者:请问有何考虑？',
      '王建华:谢谢。',
    ]);
  });

  it('points a speaker announces with a colon (`主要包括三个方面：` then `一、…` `二、…`, one under the other) stay the speech, and so does what follows them', () => {
    expect(outline('答记者问\n\n记者问：重点是什么？\n\n答：主要包括三个方面：\n\n一、提升供水保障水平\n\n二、健全运行管护机制\n\n到2035年，基本实现现代化。\n\n记者问：如何落实？\n\n答：制定方案。\n')).toEqual([
      'headline',
      '记者问:重点是什么？',
      '答:主要包括三个方面：|一、提升供水保障水平|二、健全运行管护机制|到2035年，基本实现现代化。',
      '记者问:如何落实？',
      '答:制定方案。',
    ]);
    // Control: without the colon, two numbered lines in a row are the document's parts.
    expect(outline('答记者问\n\n记者问：重点是什么？\n\n答：主要包括三个方面。\n\n一、提升供水保障水平\n\n二、健全运行管护机制\n\n记者问：如何落实？\n\n答：制定方案。\n')).toContain('section');
  });

  it('control: `一、…` followed by a speaker’s label opens a part of the document', () => {
    expect(outline('论坛实录\n\n主持人：欢迎。\n\n一、主旨演讲\n\n张三：谢谢主持人。\n\n二、圆桌讨论\n\n主持人：请各位发言。\n\n李四：我先说。\n')).toEqual(['headline', '主持人:欢迎。', 'section', 'section']);
  });

  it('a line opening with a key (`发布人：…`) is never joined onto the line above, which stops without a stop', () => {
    const text = '发布会实录\n\n主持人：国务院新闻办新闻局副局长、新闻发言人 邢慧娜\n发布人：人力资源社会保障部副部长 李忠\n\n邢慧娜：大家好。\n\n记者：请问？\n\n李忠：谢谢。\n';
    const { doc } = parse(Buffer.from(text), { file: 't.txt' });
    const lines = doc.children.filter((c) => c.type === 'paragraph').map((p) => toString(p));
    expect(lines).toEqual(['主持人：国务院新闻办新闻局副局长、新闻发言人 邢慧娜', '发布人：人力资源社会保障部副部长 李忠']);
  });

  it('a line above the first turn naming who chairs is information, and the speaker it names moderates', () => {
    const text = '行政院院會後記者會\n\n主持人：行政院發言人李慧芝\n\n李慧芝：大家午安。首先請劉部長說明。\n\n劉世芳：謝謝發言人。\n\n聯合報記者：請問何時公告？\n\n劉世芳：明年。\n';
    const { doc } = parse(Buffer.from(text), { file: 't.txt' });
    const turns = doc.children.filter((c) => c.type === 'turn');
    expect(turns.map((t) => `${t.speaker}:${t.role}`)).toEqual(['李慧芝:moderator', '劉世芳:answer', '聯合報記者:question', '劉世芳:answer']);
    // Named by surname and office (`何副市长` for `…常务副市长何志强`), the chair moderates too.
    const symposium = '民营企业座谈会纪要\n\n主持：市委常委、常务副市长何志强\n\n何副市长：今天请大家来，听听真话。\n\n张主任：我先说。\n\n何副市长：好。\n';
    expect(parse(Buffer.from(symposium), { file: 't.txt' }).doc.children.filter((c) => c.type === 'turn').map((t) => `${t.speaker}:${t.role}`)).toEqual(['何副市长:moderator', '张主任:answer', '何副市长:moderator']);
    // Control: the same words as a speech (a sentence) are the moderator's turn.
    const spoken = parse(Buffer.from(text.replace('行政院發言人李慧芝', '各位好，請坐。')), { file: 't.txt' }).doc.children.filter((c) => c.type === 'turn');
    expect(spoken[0]).toMatchObject({ speaker: '主持人', role: 'moderator' });
  });

  it('a bare title (`部長：`) is the one speaker whose office ends in it (`外交部長 林佳龍`); two such holders, neither (control)', () => {
    const presser = '外交部例行記者會\n\n主持人：記者會現在開始。\n\n外交部長 林佳龍：各位好。今天說明三件事。\n\n中央社記者：請問部長，談判何時有結果？\n\n部長：我們會盡快報告。\n';
    const people = (text: string) => parse(Buffer.from(text), { file: 't.txt' }).doc.children.flatMap((c) => (c.type === 'turn' ? [`${c.person ?? c.speaker}:${c.role}`] : []));
    expect(people(presser)).toEqual(['主持人:moderator', '林佳龍:answer', '中央社記者:question', '林佳龍:answer']);
    const two = presser.replace('部長：我們', '國防部長 顧立雄：補充一點。\n\n部長：我們');
    expect(people(two).at(-1)).toBe('部長:answer');
  });

  it('a bare title is also the one office labelled alone that ends in it (`外交部发言人：`, then `发言人：`); a deputy holds no bare title (control)', () => {
    const people = (text: string) => parse(Buffer.from(text), { file: 't.txt' }).doc.children.flatMap((c) => (c.type === 'turn' ? [`${c.person ?? c.speaker}:${c.role}`] : []));
    const briefing = '例行记者会\n\n外交部发言人：下午好。\n\n法新社记者：请问中方有何回应？\n\n发言人：我们注意到了有关报道。\n';
    expect(people(briefing)).toEqual(['外交部发言人:answer', '法新社记者:question', '外交部发言人:answer']);
    const deputy = '新闻发布会\n\n主持人：请何副市长介绍。\n\n常务副市长 何志强：各位好。\n\n记者：请问何时恢复？\n\n市长：下周恢复。\n';
    expect(people(deputy).at(-1)).toBe('市长:answer');
  });

  it('askers named in brackets after 提问者 are as many people as there are names (control: bare 提问者 is one)', () => {
    const briefing = (a: string, b: string) =>
      `业绩说明会问答实录\n\n主持人：下面进入问答环节。\n\n${a}：请问毛利率展望？\n\n董事长 李建国：保持稳定。\n\n${b}：分红会调整吗？\n\n董事长 李建国：比例不低于三成。\n`;
    const people = (text: string) => parse(Buffer.from(text), { file: 't.txt' }).doc.children.flatMap((c) => (c.type === 'turn' && c.role === 'question' ? [c.person ?? c.speaker] : []));
    expect(people(briefing('提问者（中信证券分析师王磊）', '提问者（个人投资者）'))).toEqual(['中信证券分析师王磊', '个人投资者']);
    expect(people(briefing('提问者', '提问者'))).toEqual(['提问者', '提问者']);
    // A bare asker's word after a named one is anyone in the room, not the one named (a moderator's is the one named).
    expect(people(briefing('听众（某报社实习生）', '听众'))).toEqual(['某报社实习生', '听众']);
  });

  it('a chair with nobody to hand over to (a spokesperson and reporters alone) answers the questions', () => {
    const text = '外交部发言人例行记者会\n\n主持人：发言人毛宁\n\n毛宁：下午好。\n\n法新社记者：中方对此有何评论？\n\n毛宁：我们注意到有关报道。\n\n路透社记者：会采取措施吗？\n\n毛宁：请向主管部门询问。\n';
    const turns = parse(Buffer.from(text), { file: 't.txt' }).doc.children.filter((c) => c.type === 'turn');
    expect([...new Set(turns.map((t) => `${t.speaker}:${t.role}`))]).toEqual(['毛宁:answer', '法新社记者:question', '路透社记者:question']);
  });
});

describe('parse: a speaker named again', () => {
  const turns = (text: string) =>
    parse(Buffer.from(text), { file: 't.txt' }).doc.children.flatMap((c) => (c.type === 'turn' ? [[c.speaker, c.children.map((p) => toString(p))]] : []));

  it('after a stage note closing a turn (`…记录在案。（休会十分钟）`) the same speaker is named again (control: without the note, one turn)', () => {
    const hearing = (note: string) => turns(`听证会实录\n主持人（周建平）：请发言。\n处长赵宏：好的。\n主持人（周建平）：记录在案。${note}\n主持人（周建平）：现在继续。\n`);
    expect(hearing('（休会十分钟）').slice(-2)).toEqual([
      ['主持人（周建平）', ['记录在案。（休会十分钟）']],
      ['主持人（周建平）', ['现在继续。']],
    ]);
    expect(hearing('').slice(-1)).toEqual([['主持人（周建平）', ['记录在案。', '现在继续。']]]);
  });

  it('one-off labels naming someone by office and name (消费者代表李明辉, 政协委员冯丽娟) speak once two speakers have', () => {
    const speakers = turns(
      '听证会实录\n主持人：请发言。\n财务总监孙丽：成本上涨了。\n主持人：请消费者代表发言。\n消费者代表李明辉：我有两个问题。\n财务总监孙丽：漏损率是11.8%。\n人大代表郑晓东：我同意调价。\n政协委员冯丽娟：我建议延长征集时间。\n',
    ).map(([speaker]) => speaker);
    expect(speakers).toEqual(['主持人', '财务总监孙丽', '主持人', '消费者代表李明辉', '财务总监孙丽', '人大代表郑晓东', '政协委员冯丽娟']);
  });

  it('a short label between two turns of one speaker speaks, and the first speaker is named again', () => {
    expect(turns('社区议事会\n主持人：请各位发言。\n居民：我同意。\n主持人：谢谢。\n')).toEqual([
      ['主持人', ['请各位发言。']],
      ['居民', ['我同意。']],
      ['主持人', ['谢谢。']],
    ]);
  });

  it('a one-off label of up to ten characters ending in a form of address speaks once two speakers have spoken', () => {
    const meeting = '社区议事会\n主持人：请各位发言。\n王大爷：电梯的事拖太久了。\n主持人：物业怎么看？\n物业经理：下周开工。\n六楼住户赵女士：我支持，但要先公示。\n主持人：好。\n';
    expect(turns(meeting).map(([speaker]) => speaker)).toEqual(['主持人', '王大爷', '主持人', '物业经理', '六楼住户赵女士', '主持人']);
    // A long label that ends otherwise stays text of the turn above it.
    const topic = meeting.replace('六楼住户赵女士：', '关于电梯加装的工作方案：');
    expect(turns(topic).map(([speaker]) => speaker)).toEqual(['主持人', '王大爷', '主持人', '物业经理', '主持人']);
  });

  it('a State Council Information Office transcript: an office and a name alone on a line label the speech below it', () => {
    const scio = '国新办举行新闻发布会\n\n2025年7月9日\n\n主持人 寿小丽：\n\n女士们、先生们，上午好！\n\n工业和信息化部部长 李乐成：\n\n各位记者朋友，大家好！\n\n寿小丽：\n\n下面进入提问环节。\n\n人民日报记者：\n\n请问有哪些考虑？\n\n李乐成：\n\n我们将实施专项行动。\n';
    expect(turns(scio)).toEqual([
      ['主持人 寿小丽', ['女士们、先生们，上午好！']],
      ['工业和信息化部部长 李乐成', ['各位记者朋友，大家好！']],
      ['寿小丽', ['下面进入提问环节。']],
      ['人民日报记者', ['请问有哪些考虑？']],
      ['李乐成', ['我们将实施专项行动。']],
    ]);
  });

  it('a WeChat article\'s footer (`-END-`, `往期推荐`, its counts) ends the turn above it and is reported', () => {
    const text = '卫生院的变化\n\n记者：变化大吗？\n\n院长何建平：我们做对了三件事。\n\n-END-\n\n往期推荐\n\n阅读 1.2万 / 在看 356 / 点赞 892\n';
    const { doc, warnings } = parse(Buffer.from(text), { file: 't.txt' });
    const last = doc.children.filter((c) => c.type === 'turn').at(-1)!;
    expect(last.children.map((p) => toString(p))).toEqual(['我们做对了三件事。']);
    expect(warnings.filter((w) => w.code === 'web-residue').map((w) => w.line)).toEqual([7, 9, 11]);
  });

  it('a lead-in of the answer (`举个例子：`, `注意：`, `下一步：`) stays its text; a short one-off label that asks speaks', () => {
    const release = '医保局局长答记者问\n记者：个人账户还能用吗？\n李局长：能用。\n举个例子：每月划入160元。\n注意：代缴需本人授权。\n记者：报销比例呢？\n李局长：提高到70%。\n下一步：扩大病种范围。\n';
    expect(turns(release)).toEqual([
      ['记者', ['个人账户还能用吗？']],
      ['李局长', ['能用。', '举个例子：每月划入160元。', '注意：代缴需本人授权。']],
      ['记者', ['报销比例呢？']],
      ['李局长', ['提高到70%。', '下一步：扩大病种范围。']],
    ]);
    // An outlet's short name asking (a Taiwan presser's `聯合：`) is a speaker.
    const presser = '記者會\n主持人：請發問。\n部長：好。\n聯合：請問預算何時編列？\n部長：明年。\n';
    expect(turns(presser).map(([speaker]) => speaker)).toEqual(['主持人', '部長', '聯合', '部長']);
  });

  it('嘉宾, an information key too, speaks when it recurs or after a label naming its person', () => {
    expect(turns('访谈\n\n主持人：欢迎您。\n\n嘉宾：谢谢邀请。\n\n主持人：先谈谈计划？\n\n嘉宾：今年做三件事。\n').map(([s]) => s)).toEqual(['主持人', '嘉宾', '主持人', '嘉宾']);
    const named = turns('访谈\n\n主持人：欢迎您。\n\n嘉宾（李明）：谢谢邀请。\n\n主持人：先谈谈计划？\n\n嘉宾：今年做三件事。\n');
    expect(named.map(([s]) => s)).toEqual(['主持人', '嘉宾（李明）', '主持人', '嘉宾']);
    // Once, at the top, it lists the guests: no speaker.
    expect(turns('访谈\n\n嘉宾：李明\n\n主持人：欢迎您。\n\n李明：谢谢。\n\n主持人：请讲。\n\n李明：好。\n').map(([s]) => s)).not.toContain('嘉宾');
  });

  it('a Markdown paragraph set wholly in bold opens with its label: the question keeps its speaker, the words stay bold', () => {
    const doc = parse(Buffer.from('# 专访\n\n**记者：AI会取代作家吗？**\n\n**刘慈欣：** 短期内不会。\n\n**记者：那长期呢？**\n\n**刘慈欣：** 很难说。\n'), { file: 't.md' }).doc;
    const found = doc.children.flatMap((c) => (c.type === 'turn' ? [[c.speaker, c.role, toString(c)]] : []));
    expect(found).toEqual([
      ['记者', 'question', 'AI会取代作家吗？'],
      ['刘慈欣', 'answer', '短期内不会。'],
      ['记者', 'question', '那长期呢？'],
      ['刘慈欣', 'answer', '很难说。'],
    ]);
    const first = doc.children.find((c) => c.type === 'turn')!;
    expect((first.children[0] as { children: Array<{ type: string }> }).children[0]!.type).toBe('strong');
  });

  it('after a stage note the same speaker opens a new turn, label printed; without one their paragraphs are one turn', () => {
    const court = '庭审记录\n审判长：现在开庭。\n被告人：明白。\n审判长：休庭十分钟。\n（休庭）\n审判长：现在继续开庭。\n被告人：好。\n';
    expect(turns(court)).toEqual([
      ['审判长', ['现在开庭。']],
      ['被告人', ['明白。']],
      // A recess is the proceedings' (a paragraph of its own), not the last speaker's.
      ['审判长', ['休庭十分钟。']],
      ['审判长', ['现在继续开庭。']],
      ['被告人', ['好。']],
    ]);
    expect(turns('庭审记录\n审判长：现在开庭。\n审判长：请坐。\n被告人：好。\n审判长：继续。\n')[0]).toEqual(['审判长', ['现在开庭。', '请坐。']]);
  });
});

describe('parse: the headline among lines like it', () => {
  const title = (text: string) => parse(Buffer.from(text), { file: 't.txt' }).doc.data.stated.title;

  it('is never a subtitle opening with a dash, nor the English twin above or below a Chinese headline', () => {
    expect(title('圆桌对话：县域经济的新机会\n——第三届江城发展论坛圆桌实录\n2025年9月6日\n\n主持人：欢迎各位。\n')).toBe('圆桌对话：县域经济的新机会');
    const chinese = '江城市政府2025年外商投资形势新闻发布会';
    const english = 'Jiangcheng Municipal Government Press Briefing on the 2025 Foreign Investment Outlook';
    expect(title(`${english}\n${chinese}\n\n主持人：欢迎各位。\n`)).toBe(chinese);
    expect(title(`${chinese}\n${english}\n\n主持人：欢迎各位。\n`)).toBe(chinese);
  });

  it('may end with a closing quote or book-title mark, not with a stop inside one', () => {
    expect(title('人大常委会分组审议\n聚焦学前教育法实施：让每个孩子都能“上好园”\n\n主持人：欢迎各位。\n')).toBe('聚焦学前教育法实施：让每个孩子都能“上好园”');
    expect(title('解读《政府工作报告》\n\n主持人：欢迎各位。\n')).toBe('解读《政府工作报告》');
    expect(title('他说：“我们会继续努力。”\n\n主持人：欢迎各位。\n')).toBeUndefined();
  });
});

describe('parse: the deck', () => {
  const front = (text: string) => parse(Buffer.from(text), { file: 't.txt' }).doc.children.slice(0, 3);
  const words = (node: RootContent | undefined) => node && toString(node);

  it('a subtitle right under the headline, opening with a dash (副题), is the deck, dash kept, not quoted', () => {
    const [headline, deck] = front('把论文写在祖国大地上\n——访中国工程院院士李明华\n\n记者：您好。\n\n李明华：你好。\n');
    expect(headline?.type).toBe('headline');
    expect(deck).toMatchObject({ type: 'deck' });
    expect(deck).not.toHaveProperty('quoted');
    expect(words(deck)).toBe('——访中国工程院院士李明华');
    // The description it states leaves the dash out.
    expect(parse(Buffer.from('把论文写在祖国大地上\n——访中国工程院院士李明华\n\n记者：您好。\n'), { file: 't.txt' }).doc.data.stated.description).toBe('访中国工程院院士李明华');
  });

  it('a bracketed line right under the headline (`（国家发展改革委专场）`) is the deck, brackets kept; a note on the edition, a date or a byline in brackets is not', () => {
    const head = '国务院新闻办公室新闻发布会\n';
    const body = '\n主持人：各位好。\n\n李春临：谢谢。\n';
    const [, deck] = front(`${head}（国家发展改革委专场）\n2025年9月18日\n${body}`);
    expect(deck).toMatchObject({ type: 'deck' });
    expect(words(deck)).toBe('（国家发展改革委专场）');
    expect(parse(Buffer.from(`${head}（国家发展改革委专场）\n${body}`), { file: 't.txt' }).doc.data.stated.description).toBe('国家发展改革委专场');
    for (const line of ['（中英对照）', '（根据录音整理）', '（2025年9月18日）', '（记者 王宁）', '（有删节）']) {
      const nodes = front(`${head}${line}\n${body}`);
      expect(nodes.map((n) => n.type), line).not.toContain('deck');
      expect(nodes.map(words), line).toContain(line);
    }
  });

  it('in Markdown: the title paragraph\'s second line, or a paragraph of its own under the title, opening with a dash', () => {
    const md = (text: string) => parse(Buffer.from(text), { file: 't.md' }).doc;
    for (const text of ['把论文写在祖国大地上\n——访院士李明华\n\n**记者**：您好？\n', '# 把论文写在祖国大地上\n\n——访院士李明华\n\n**记者**：您好？\n']) {
      const doc = md(text);
      expect(doc.children.slice(0, 2).map((n) => [n.type, toString(n)])).toEqual([['headline', '把论文写在祖国大地上'], ['deck', '——访院士李明华']]);
      expect(doc.data.stated).toMatchObject({ title: '把论文写在祖国大地上', description: '访院士李明华' });
    }
    // A heading keeps its own inline markup; with no dash line there is no deck.
    const plain = md('# 把*论文*写在祖国大地上\n\n**记者**：您好？\n');
    expect(plain.children[0]).toMatchObject({ type: 'headline', children: [{ type: 'text' }, { type: 'emphasis' }, { type: 'text' }] });
    expect(plain.children.map((n) => n.type)).not.toContain('deck');
  });

  it('a quoted line under the headline is a quoted deck, its marks removed; a dash line further down stays a paragraph', () => {
    const [, deck] = front('乘势而上启新程\n\n“你面前的世界乱象丛生”\n\n记者：您好。\n');
    expect(deck).toMatchObject({ type: 'deck', quoted: true });
    expect(words(deck)).toBe('你面前的世界乱象丛生');
    const nodes = front('把论文写在祖国大地上\n2025年5月12日\n——访中国工程院院士李明华\n\n记者：您好。\n');
    expect(nodes.map((n) => n.type)).not.toContain('deck');
  });
});
