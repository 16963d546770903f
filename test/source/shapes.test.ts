/**
 * Small inputs for the choices the fixtures do not each show: which
 * recogniser reads a file, front matter dates and errors, bold heading lines,
 * soft line breaks, labels in bold, and structure-free text.
 */
import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parse } from '../../src/source/parse.js';

const read = (text: string, file = 'in.txt') => parse(Buffer.from(text), { file });

describe('shape: Markdown or plain text', () => {
  it.each([
    ['a .md name', '普通的一段话。', 'in.md', 'markdown'],
    ['front matter atop plain text (read as Markdown reads it, the text stays plain)', '---\ntitle: 标题\n---\n正文。', 'in.txt', 'plain'],
    ['an ATX heading', '# 标题\n\n正文。', 'in.txt', 'markdown'],
    ['a paragraph opening in bold', '**【记者】**请问？', 'in.txt', 'markdown'],
    ['#hashtag without a space', '#两会# 代表委员热议。', 'in.txt', 'plain'],
    ['a dash rule alone', '正文。\n\n---\n\n后记。', 'in.txt', 'plain'],
  ])('%s', (_, text, file, shape) => {
    expect(read(text, file).shape).toBe(shape);
  });
});

describe('a .txt read as Markdown', () => {
  it('warns once, naming the first Markdown line; a .md file, a plain text and the full-width marks that keep it plain do not warn (controls)', () => {
    const text = '网络安全专题访谈\n\n主持人：欢迎。\n\n# 这一行只是以井号开头\n\n**这不是粗体**也不是\n';
    const warned = (t: string, file = 'in.txt') => read(t, file).warnings.filter((w) => w.code === 'markdown-shape').map((w) => w.line);
    expect(warned(text)).toEqual([5]);
    expect(warned(text, 'in.md')).toEqual([]);
    expect(warned(text.replace('# ', '＃ ').replace('**这不是粗体**', '＊＊这不是粗体＊＊'))).toEqual([]);
    expect(read(text.replace('# ', '＃ ').replace('**这不是粗体**', '＊＊这不是粗体＊＊')).shape).toBe('plain');
  });
});

describe('Markdown details', () => {
  it('front matter dates in three spellings; a bad date and unreadable YAML are warnings', () => {
    expect(read('---\ndate: 2026/3/8\n---\n正文。').doc.data.stated.date).toBe('2026-03-08');
    expect(read('---\ndate: 2026年3月8日\n---\n正文。').doc.data.stated.date).toBe('2026-03-08');
    const bad = read('---\ndate: 下周三\n---\n正文。');
    expect(bad.doc.data.stated.date).toBeUndefined();
    expect(bad.warnings.map((w) => w.code)).toEqual(['front-matter']);
    expect(read('---\ntitle: [未闭合\n---\n正文。').warnings.map((w) => w.code)).toEqual(['front-matter']);
  });

  it('front matter `publisher:` names the publisher (as the config key does), over `source:`; `source:` alone still does', () => {
    expect(read('---\npublisher: 江城日报\n---\n正文。', 'in.md').doc.data.stated.source).toBe('江城日报');
    expect(read('---\nsource: 江城晚报\npublisher: 江城日报\n---\n正文。', 'in.md').doc.data.stated.source).toBe('江城日报');
    expect(read('---\nsource: 江城晚报\n---\n正文。', 'in.md').doc.data.stated.source).toBe('江城晚报');
  });

  it('a short bold line is a section heading one level below the # heading above it', () => {
    const { doc } = read('# 总标题\n\n## 第一部分\n\n**小标题**\n\n正文。\n\n## 第二部分\n\n正文。', 'in.md');
    const [headline, first, second] = doc.children;
    expect(headline?.type).toBe('headline');
    expect(first).toMatchObject({ type: 'section', depth: 1 });
    expect((first as { children: Array<{ type: string; depth?: number }> }).children[0]).toMatchObject({ type: 'section', depth: 2 });
    expect(second).toMatchObject({ type: 'section', depth: 1, id: 'section-3' });
  });

  it('soft line breaks join Han text without a space and Latin words with one', () => {
    const { doc } = read('记者会上，\n发言人表示。\nThe spokesperson\nsaid so.', 'in.md');
    expect(toString(doc)).toBe('记者会上，发言人表示。The spokesperson said so.');
  });

  it('**王毅**： and **王毅：** are the same speaker; a turn ends at a heading', () => {
    const { doc } = read('**记者**：请问？\n\n**王毅：** 第一点。\n\n**王毅**：第二点。\n\n## 下一题\n\n正文。', 'in.md');
    expect(doc.children.map((c) => c.type)).toEqual(['turn', 'turn', 'section']);
    expect(doc.children[1]).toMatchObject({ type: 'turn', speaker: '王毅', role: 'answer' });
    expect(toString(doc.children[1]!)).toBe('第一点。第二点。');
  });

  it('raw HTML is text: no html node reaches the AST', () => {
    const { doc } = read('<script>alert(1)</script>\n\n正文<b>加粗</b>。', 'in.md');
    expect(JSON.stringify(doc)).not.toContain('"type":"html"');
    expect(toString(doc)).toBe('<script>alert(1)</script>正文<b>加粗</b>。');
  });

  it('a note defined twice is one note holding both texts, with a warning naming the second line', () => {
    const { doc, warnings } = read('正文[^a]。\n\n[^a]: 甲。\n\n[^a]: 又甲。\n', 'in.md');
    const notes = doc.children.filter((c) => c.type === 'footnoteDefinition');
    expect(notes.map((n) => toString(n))).toEqual(['甲。又甲。']);
    expect(warnings).toEqual([expect.objectContaining({ code: 'duplicate-note', line: 5 })]);
  });

  it('a definition whose destination is prose is a note its [label] cites, its text whole (CommonMark reads it as a link)', () => {
    const { doc } = read('书屋开了三年[1]，诗见《诗刊》[2]。\n\n> 引文\n\n[1]: 据阮秀英介绍,最受欢迎的是《小王子》(少儿版)。\n[2]: 见《诗刊》2024年第9期"乡村诗歌"栏目.\n', 'in.md');
    const notes = doc.children.filter((c) => c.type === 'footnoteDefinition');
    expect(notes.map((n) => toString(n))).toEqual(['据阮秀英介绍，最受欢迎的是《小王子》（少儿版）。', '见《诗刊》2024年第9期“乡村诗歌”栏目.']);
    expect(JSON.stringify(doc)).toContain('"type":"footnoteReference","identifier":"1"');
    expect(JSON.stringify(doc)).not.toContain('"type":"link"');
  });

  it('a quoted poem keeps its line breaks; wrapped prose lines join (control)', () => {
    const { doc } = read('诗是这样写的：\n\n> 四月的水田是一面镜子\n> 我弯下腰\n> 就看见年轻时的自己\n> 也弯着腰\n\n> 这一段是普通的引文，作者写得很长，\n> 编辑在这里换了行。\n', 'in.md');
    const quotes = doc.children.flatMap((c) => (c.type === 'blockquote' ? [c] : []));
    expect(JSON.stringify(quotes[0]).match(/"type":"break"/g)).toHaveLength(3);
    expect(toString(quotes[0]!)).toBe('四月的水田是一面镜子我弯下腰就看见年轻时的自己也弯着腰');
    expect(JSON.stringify(quotes[1])).not.toContain('"break"');
    expect(toString(quotes[1]!)).toBe('这一段是普通的引文，作者写得很长，编辑在这里换了行。');
  });

  it('a link definition nothing cites stays as the line it was written as', () => {
    const { doc } = read('正文。\n\n[官网]: https://one.example\n', 'in.md');
    expect(toString(doc)).toContain('[官网]: https://one.example');
  });

  it('of two link definitions of one label, the first counts (CommonMark 4.7)', () => {
    const { doc } = read('见[官网][a]。\n\n[a]: https://one.example\n[a]: https://two.example\n', 'in.md');
    expect(JSON.stringify(doc)).toContain('https://one.example');
    expect(JSON.stringify(doc)).not.toContain('https://two.example');
  });
});

describe('plain text without structure', () => {
  it('one line of text is one paragraph, and the build has something to show', () => {
    const { doc } = read('今天天气很好，我们去公园散步了。');
    expect(doc.children).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: '今天天气很好，我们去公园散步了。' }] }]);
  });
});

describe('labels in whole transcripts', () => {
  const turns = (text: string, file = 'in.txt') =>
    read(text, file).doc.children.flatMap((c) => (c.type === 'turn' ? [[c.person ?? c.speaker, c.role, toString(c).slice(0, 6)]] : []));

  it('a questioner named by outlet, a space and a name asks (the name is the person, the space stays); the spokesperson answers each time', () => {
    const text = '例行记者会\n\n林涛：下午好。\n\n央视记者 王宁：请问中方对此有何回应？\n\n林涛：我们注意到了。\n\n路透社记者 John Smith：中方会反制吗？\n\n林涛：我没有可以发布的消息。\n';
    expect(turns(text).map(([p, r]) => `${p}/${r}`)).toEqual(['林涛/answer', '王宁/question', '林涛/answer', 'John Smith/question', '林涛/answer']);
  });

  it('a name labelled once speaks when a sentence above the turns names who attends (`今天出席发布会的有：…副局长韩立新`); without it, not (control)', () => {
    const live = (attending: string) => `防汛工作新闻发布会\n\n【09:58】\n${attending}\n\n主持人：上午好。请孟庆华局长介绍。\n\n孟庆华：今年汛期提前。\n\n江城晚报记者：老城区积水怎么办？\n\n孟庆华：我们已经改造管网。\n\n韩立新：我补充介绍一下老城区的情况。\n\n主持人：谢谢。\n`;
    const people = (text: string) => turns(text).map(([p]) => p);
    expect(people(live('发布会即将开始。今天出席发布会的有：市应急管理局局长孟庆华，市水务局副局长韩立新。'))).toContain('韩立新');
    expect(people(live('发布会即将开始。'))).not.toContain('韩立新');
  });

  it('beside English twins (`李明` / `Li Ming`), a speaker labelled alike in both languages has a turn per language; without twins, one turn (control)', () => {
    const panel = (moderator: string) => `中非青年创新对话\n\n主持人：您怎么看？\n\n${moderator}: What do you think?\n\n李明：我觉得可以从开源社区入手。\n\nLi Ming: I think we can start with open source.\n\nGrace Wanjiru：是的，我非常同意。\n\nGrace Wanjiru: Yes, I fully agree with that.\n\n李明：我再补充一点。\n\nLi Ming: Let me add one point.\n`;
    const labels = (text: string) => read(text).doc.children.flatMap((c) => (c.type === 'turn' ? [c.speaker] : []));
    expect(labels(panel('Moderator'))).toEqual(['主持人', 'Moderator', '李明', 'Li Ming', 'Grace Wanjiru', 'Grace Wanjiru', '李明', 'Li Ming']);
    // Every speaker labelled alike in both languages: no twins, a turn per speaker as before.
    expect(labels(panel('主持人').replaceAll('Li Ming:', '李明:'))).toEqual(['主持人', '李明', 'Grace Wanjiru', '李明']);
  });

  it('a bare `追问：` is who asked before the answer above it, each time (the label stays as printed)', () => {
    const text = '新闻发布会\n\n主持人：请提问。\n\n江城日报记者：停运原因是什么？\n\n郑凯：控制板烧毁。\n\n追问：会不会再发生？\n\n郑凯：已全部排查。\n\n江城电视台记者：补偿标准是多少？\n\n刘振华：每人200元。\n\n追问：何时到账？\n\n刘振华：一周内。\n';
    expect(turns(text).map(([p, r]) => `${p}/${r}`)).toEqual(['主持人/moderator', '江城日报记者/question', '郑凯/answer', '江城日报记者/question', '郑凯/answer', '江城电视台记者/question', '刘振华/answer', '江城电视台记者/question', '刘振华/answer']);
    expect(read(text).doc.children.filter((c) => c.type === 'turn').map((t) => t.speaker)).toContain('追问');
  });

  it('an analyst named by a firm in Latin letters, and a reporter by an English outlet in brackets after a space, each ask their own turn', () => {
    const call = '业绩说明会\n\n主持人：下一位提问的是摩根士丹利的分析师。\n\nMorgan Stanley 分析师 Kevin Zhou：Thanks. 毛利率有多少是一次性的？\n\n陈立言：没有一次性因素。\n';
    expect(turns(call).map(([p, r]) => `${p}/${r}`)).toEqual(['主持人/moderator', 'Kevin Zhou/question', '陈立言/answer']);
    const briefing = '行政長官會見傳媒\n\n行政長官：早晨。\n\n記者（有線新聞）：請問何時公布？\n\n行政長官：下月公布。\n\nReporter (South China Morning Post): Chief Executive, will there be new measures?\n\n行政長官：會有。\n';
    expect(turns(briefing).map(([p, r]) => `${p}/${r}`)).toEqual(['行政長官/answer', '有線新聞/question', '行政長官/answer', 'Reporter/question', '行政長官/answer']);
  });

  it('an office, a space and a name before words speaks where the label recurs; once, atop the text, it is a headline (control)', () => {
    const office = '青溪县白沙镇桃坪村驻村第一书记 宁远山';
    const symposium = `座谈会纪要\n\n主持人：请宁书记介绍。\n\n${office}：大家好，我驻村三年了。\n\n主持人：还有补充吗？\n\n${office}：我再补充一点。\n`;
    expect(turns(symposium).map(([p, r]) => `${p}/${r}`)).toEqual(['主持人/question', '宁远山/answer', '主持人/question', '宁远山/answer']);
    const headline = read('外交部发言人 汪文斌：中方坚决反对单边制裁\n\n2026年3月8日\n\n汪文斌：下午好。\n\n记者：请问？\n\n汪文斌：我们反对。\n');
    expect(headline.doc.data.stated.title).toBe('外交部发言人 汪文斌：中方坚决反对单边制裁');
  });

  it('an office, a space and a name before more than one sentence speaks atop the text too; before one, it is a headline (control)', () => {
    const statement = '江州市公安局警情通报会\n\n江州市公安局新闻发言人 周立峰：各位媒体朋友，晚上好。现将有关情况通报如下。\n\n一、基本案情\n\n6月3日22时许，发生一起交通事故。\n\n记者：嫌疑人是否到案？\n\n周立峰：已经到案。\n';
    expect(turns(statement).map(([p, r]) => `${p}/${r}`)).toEqual(['周立峰/answer', '记者/question', '周立峰/answer']);
    expect(read(statement.replace('各位媒体朋友，晚上好。现将有关情况通报如下。', '滨江路肇事逃逸案嫌疑人已到案')).doc.data.stated.title).toBe('江州市公安局新闻发言人 周立峰：滨江路肇事逃逸案嫌疑人已到案');
  });

  it('bilingual labels: an office in brackets, a space, a name and its gloss holding brackets; an outlet with its English name asks', () => {
    const briefing = '保安局會見傳媒\n\n保安局局長 鄧志明 (Secretary for Security)：各位傳媒朋友，午安。\n\n警務處副處長（行動） 何家俊 (Deputy Commissioner of Police (Operations))：我補充一下。\n\n記者：請問何副處長？\n\n警務處副處長（行動） 何家俊 (Deputy Commissioner of Police (Operations))：現階段不排除。\n\n《海峡时报》（The Straits Times）记者：Minister，想请问？\n\n保安局局長 鄧志明 (Secretary for Security)：我們會檢討。\n';
    expect(turns(briefing).map(([p, r]) => `${p}/${r}`)).toEqual(['鄧志明/answer', '何家俊/answer', '記者/question', '何家俊/answer', '《海峡时报》（The Straits Times）记者/question', '鄧志明/answer']);
    // The space between office and name stays, after a closing bracket too.
    expect(read(briefing).doc.children.flatMap((c) => (c.type === 'turn' ? [c.speaker] : []))).toContain('警務處副處長（行動） 何家俊（Deputy Commissioner of Police (Operations)）');
  });

  it('a meeting export with who each speaker is in brackets before the time; the one who opens and closes the meeting chairs', () => {
    const minutes = '线网优化协调会\n\n说话人1 00:00:05\n好，我们开始。先请张伟处长介绍。\n\n张伟(市交通局) 00:00:41\n一共收到意见1386条。\n\n说话人1 00:02:58\n28路是不是要保留南段？\n\n张伟(市交通局) 00:03:10\n说过，这次改过来。\n\n说话人1 00:08:15\n好，那今天就到这儿。散会。\n';
    expect(turns(minutes).map(([p, r]) => `${p}/${r}`)).toEqual(['说话人1/moderator', '张伟/answer', '说话人1/moderator', '张伟/answer', '说话人1/moderator']);
    // Control: closing without having opened is no chair's doing.
    expect(turns(minutes.replace('好，我们开始。先请张伟处长介绍。', '我想问一下进度？')).map(([p, r]) => `${p}/${r}`)[0]).toBe('说话人1/question');
  });

  it('a live text report\'s time marks (`【10:03】`, `10:16`) end the turn above; none is the lede', () => {
    const live = '文字直播：一季度经济运行情况发布会\n\n【09:58】\n\n发布厅内座无虚席。\n\n【10:00】\n\n林芳：上午好！下面请何局长介绍。\n\n10:03\n\n何建平：一季度增长5.8%。\n\n【10:30】\n\n现场有记者追问房地产市场情况。\n\n记者：房价怎么样？\n\n何建平：总体平稳。\n\n林芳：发布会到此结束。\n';
    const { doc } = read(live);
    expect(doc.children.map((c) => (c.type === 'turn' ? `turn:${toString(c)}` : `${c.type}:${toString(c)}`)).slice(1)).toEqual([
      'paragraph:【09:58】',
      'paragraph:发布厅内座无虚席。',
      'paragraph:【10:00】',
      'turn:上午好！下面请何局长介绍。',
      'paragraph:10:03',
      'turn:一季度增长5.8%。',
      'paragraph:【10:30】',
      'paragraph:现场有记者追问房地产市场情况。',
      'turn:房价怎么样？',
      'turn:总体平稳。',
      'turn:发布会到此结束。',
    ]);
  });

  it('a byline under the outlet\'s name (`江州日报全媒体记者 许晴 周子墨`) names the authors', () => {
    expect(read('一季度经济运行情况发布会\n\n江州日报全媒体记者 许晴 周子墨\n\n2026年4月21日\n\n发布会上午举行。\n').doc.data.stated.author).toBe('许晴、周子墨');
    // Control: the same credit before a question is a label.
    expect(read('一季度经济运行情况发布会\n\n江州日报记者 许晴：请问？\n\n何建平：好。\n').doc.data.stated.author).toBeUndefined();
  });

  it('a hearing record: each of a numbered set speaks (陈述人2 beside 陈述人1), a role with whom it stands for before a name, the procedure in brackets no lede', () => {
    const hearing = '天然气价格调整听证会记录\n\n（9:00，听证会开始。工作人员核实听证参加人身份。）\n\n听证主持人：下面请定价机关陈述方案。\n\n陈述人1：我们提出两套方案。\n\n陈述人2：我是燃气公司的代表，补充一点。\n\n听证主持人：下面进入发言阶段。\n\n听证参加人（消费者代表）王某：我支持方案二。\n\n听证参加人（专家学者）沈某：我建议建立联动机制。\n\n听证主持人：请定价机关回应。\n\n陈述人1：感谢各位的意见。\n\n（11:15，听证会结束）\n';
    const { doc } = read(hearing);
    expect(doc.children.some((c) => c.type === 'lede')).toBe(false);
    expect(turns(hearing).map(([p]) => p)).toEqual(['听证主持人', '陈述人1', '陈述人2', '听证主持人', '王某', '沈某', '听证主持人', '陈述人1']);
    expect(doc.children.at(-1)!.type).toBe('paragraph');
  });

  it('a radio show\'s lines under its headline (播出时间, 本期话题, 主持人, 嘉宾) are information, not the host speaking', () => {
    const show = '江城交通广播《民生热线》节目文字稿\n\n播出时间：2025年12月3日 17:00-18:00\n本期话题：老旧小区加装电梯，钱从哪里来？\n主持人：方晴\n嘉宾：市住建局加装电梯办公室主任 卢国强\n\n主持人：各位听众朋友，下午好。卢主任，请介绍进度。\n卢国强：今年目标是五百部。\n主持人：谢谢卢主任。\n';
    const { doc } = read(show);
    expect(doc.children.filter((c) => c.type === 'turn').map((t) => toString(t))).toEqual(['各位听众朋友，下午好。卢主任，请介绍进度。', '今年目标是五百部。', '谢谢卢主任。']);
  });

  it('a court record\'s header and signature naming who sat (审判长：韩振宇   审判员：…, 书记员：蒋悦) are no turns; the clerk speaks as other', () => {
    const record = '刑事审判庭审笔录\n\n开庭时间：2025年11月20日\n审判长：韩振宇   审判员：苏岚、冯立明\n书记员：蒋悦\n\n书记员：请肃静。\n审判长：现在开庭。\n公诉人：被告人，你是否认罪？\n被告人：认罪。\n审判长：现在闭庭。\n\n（闭庭）\n\n书记员：蒋悦\n';
    const { doc } = read(record);
    const turns = doc.children.filter((c) => c.type === 'turn');
    expect(turns.map((t) => `${t.speaker}/${t.role}:${toString(t)}`)).toEqual(['书记员/other:请肃静。', '审判长/moderator:现在开庭。', '公诉人/question:被告人，你是否认罪？', '被告人/answer:认罪。', '审判长/moderator:现在闭庭。']);
    const paragraphs = doc.children.filter((c) => c.type === 'paragraph').map((p) => toString(p));
    expect(paragraphs).toEqual(expect.arrayContaining(['审判长：韩振宇   审判员：苏岚、冯立明', '书记员：蒋悦']));
    expect(paragraphs.at(-1)).toBe('书记员：蒋悦');
  });

  it('co-hosts a line names (主播：骆宁、温书瑶) both chair, whoever asks more (control: without the line one answers)', () => {
    const show = '《半岛夜航》第87期\n\n录制日期：2025年10月12日\n主播：骆宁、温书瑶\n\n骆宁：欢迎收听，我是骆宁。\n温书瑶：我是书瑶。\n骆宁：今天请到了葛小川。\n葛小川：大家好。\n温书瑶：你为什么回去？\n葛小川：我爸生病了。\n骆宁：后来呢？\n葛小川：就留下了。\n';
    const roles = (text: string) => Object.fromEntries(turns(text).map(([p, r]) => [p, r]));
    expect(roles(show)).toEqual({ 骆宁: 'moderator', 温书瑶: 'moderator', 葛小川: 'answer' });
    expect(roles(show.replace('主播：骆宁、温书瑶\n', ''))['骆宁']).not.toBe(roles(show.replace('主播：骆宁、温书瑶\n', ''))['温书瑶']);
  });

  it('an office, a space and a name speaking once below other speakers speaks; a spokesperson chairing her briefing answers', () => {
    const release = '行政院院會後記者會\n\n主持人：行政院發言人李慧芝\n\n李發言人：今天院會通過條例草案。\n\n記者（聯合報）：請問何時實施？\n\n李發言人：明年一月。\n\n經濟部次長 林全忠：我補充一下，補助下月發放。\n\n記者（中央社）：金額多少？\n\n李發言人：每戶五萬元。\n\n列席人员 国家发展改革委有关司局负责同志 刘某：我们会研究。\n';
    expect(turns(release).map(([p, r]) => `${p}/${r}`)).toEqual(['李發言人/answer', '聯合報/question', '李發言人/answer', '林全忠/answer', '中央社/question', '李發言人/answer', '刘某/answer']);
  });

  it('a one-off name alone on its line answers the question below the asker alone on theirs', () => {
    const text = '发布会实录\n\n主持人：\n下面请记者提问。\n\n新华社记者：\n请问韩主任，民营经济情况如何？\n\n韩振东：\n民营经济是重要组成部分。\n\n主持人：\n谢谢。\n';
    expect(turns(text).map(([p, r]) => `${p}/${r}`)).toEqual(['主持人/moderator', '新华社记者/question', '韩振东/answer', '主持人/moderator']);
  });

  it('`A：` beside `B：` (no `Q：`) is an interlocutor: whoever asks asks; `Q：` `A：` keep their table roles (control)', () => {
    const ab = '采访录音整理：外卖骑手的一天\n\nA：你每天几点开始接单？\nB：早上十点左右吧。\nA：一天能跑多少单？\nB：好的时候六十多单。\n';
    expect([...new Set(turns(ab).map(([p, r]) => `${p}/${r}`))]).toEqual(['A/question', 'B/answer']);
    const qa = '采访录音整理\n\nQ：你每天几点开始接单？\nA：早上十点左右吧。\nQ：一天能跑多少单？\nA：好的时候六十多单。\n';
    expect([...new Set(turns(qa).map(([p, r]) => `${p}/${r}`))]).toEqual(['Q/question', 'A/answer']);
  });

  it('an earnings call: a one-off name the next turn thanks (`谢谢许蔓`) speaks; a Latin name with an affiliation in brackets asks', () => {
    const call = '星河智能业绩电话会议实录\n\n操作员：欢迎参加电话会议。现在请许蔓发言。\n\n许蔓：大家好，欢迎参加今天的电话会议。\n\n林卓：谢谢许蔓。第二季度营收增长。\n\n操作员：现在开始问答环节。\n\nTim Wang（摩根士丹利）：我的问题是关于毛利率的？\n\n林卓：谢谢Tim。毛利率会保持稳定。\n\n操作员：问答环节到此结束。\n';
    expect(turns(call).map(([p, r]) => `${p}/${r}`)).toEqual(['操作员/moderator', '许蔓/answer', '林卓/answer', '操作员/moderator', 'Tim Wang/question', '林卓/answer', '操作员/moderator']);
    // Control: a lead-in nobody addresses (`注意：`) stays in the answer.
    const lead = call.replace('许蔓：大家好', '注意：大家好').replace('现在请许蔓发言。', '');
    expect(turns(lead).map(([p]) => p)).not.toContain('注意');
  });

  it('a speaker taking the floor again (`郑委员补充：`, `记者追问：`) is the same speaker, the label printed as written', () => {
    const talk = '政协委员座谈会\n\n主持人：请郑委员先谈。\n\n郑委员：我建议加快养老服务体系建设。\n\n主持人：谢谢。还有补充吗？\n\n郑委员补充：社区食堂也要跟上。\n\n主持人：好，下面请李委员。\n\n李委员：我谈谈教育。\n';
    const { doc } = read(talk);
    const spoken = doc.children.flatMap((c) => (c.type === 'turn' ? [[c.speaker, c.person ?? c.speaker, c.role]] : []));
    expect(spoken[3]).toEqual(['郑委员补充', '郑委员', spoken[1]![2]]);
  });

  it('an editor\'s note in brackets (`（請同時參閱英文部分。）`, `（编者注：…）`) ends the turn above and stands alone; a stage note stays (control)', () => {
    const release = '外交部例行記者會\n\n記者：請問部長何時出訪？\n\n發言人：部長下週出訪。\n\n（請同時參閱英文部分。）\n\n記者：還有其他行程嗎？\n\n發言人：目前沒有。\n\n（编者注：行程以官方公布为准。）\n';
    const { doc } = read(release);
    const loose = doc.children.filter((c) => c.type === 'paragraph').map((c) => toString(c));
    expect(loose).toEqual(['（請同時參閱英文部分。）', '（编者注：行程以官方公布为准。）']);
    const staged = read(release.replace('（請同時參閱英文部分。）', '（笑）')).doc.children;
    expect(staged.filter((c) => c.type === 'paragraph').map((c) => toString(c))).toEqual(['（编者注：行程以官方公布为准。）']);
  });

  it('the chair a minutes block names (`主持人：王立新`) moderates, and the others answer (control: with no chair line, nobody moderates)', () => {
    const minutes = '会议主题：城市更新项目推进会\n会议时间：2026年11月20日\n主持人：王立新\n参会人员：张建国、李红梅\n\n王立新：今天讨论改造进度。\n\n张建国：第一批已经开工。\n\n李红梅：资金下月到位。\n\n王立新：好，散会。\n';
    expect([...new Set(turns(minutes).map(([p, r]) => `${p}/${r}`))]).toEqual(['王立新/moderator', '张建国/answer', '李红梅/answer']);
    expect(turns(minutes.replace('主持人：王立新\n', '')).map(([, r]) => r)).not.toContain('moderator');
  });

  it('a court record: `开庭时间：` dates it; `（闭庭）` and `（本文有删节）` stand alone; an English briefing\'s closing note too', () => {
    const record = '某某受贿案庭审实录\n\n开庭时间：2025年6月18日上午9时\n\n审判长：现在开庭。\n\n公诉人：被告人，你收了多少钱？\n\n被告人：大概二三十万吧。\n\n审判长：现在闭庭。\n\n（闭庭）\n\n（本文有删节）\n';
    const { doc } = read(record);
    expect(doc.data.stated.date).toBe('2025-06-18');
    expect(doc.children.slice(-2).map((c) => [c.type, toString(c)])).toEqual([['paragraph', '（闭庭）'], ['paragraph', '（本文有删节）']]);
    const briefing = read('Press Briefing\n\nMODERATOR: Good afternoon.\n\nQ: Will the bridge reopen?\n\nMINISTER: Next week.\n\nMODERATOR: Thank you.\n\n(The briefing was concluded at 2:47 p.m.)\n').doc;
    expect(briefing.children.at(-1)!.type).toBe('paragraph');
    // Control: a stage note inside the speech stays the speaker's.
    expect(read(record.replace('（闭庭）', '（笑）')).doc.children.at(-2)!.type).toBe('turn');
    // A recess is the court's, and a programme's end the programme's, not the last speaker's.
    const recess = read(record.replace('（闭庭）', '（休庭十分钟）\n\n审判长：现在继续开庭。')).doc;
    expect(recess.children.some((c) => c.type === 'paragraph' && toString(c) === '（休庭十分钟）')).toBe(true);
    const show = read('访谈实录\n\n主持人：欢迎您。今天聊什么？\n\n嘉宾：聊乡村医生。\n\n主持人：谢谢您。再见？\n\n嘉宾：再见。\n\n（本期节目完）\n').doc;
    expect([show.children.at(-1)!.type, toString(show.children.at(-1)!)]).toEqual(['paragraph', '（本期节目完）']);
    // Where the interview was published is the editor's note, not the last answer's.
    const published = read('专访实录\n\n记者：您怎么看？\n\n李明：会好起来。\n\n记者：谢谢。\n\n李明：谢谢。\n\n（本文刊发于《财经》2026年第17期）\n').doc;
    expect([published.children.at(-1)!.type, toString(published.children.at(-1)!)]).toEqual(['paragraph', '（本文刊发于《财经》2026年第17期）']);
  });

  it('what a meeting decided (`会议决议：` and its numbered items) is the minutes\', not the last speaker\'s', () => {
    const minutes = '会议纪要\n\n张建国：今天讨论改造进度。\n\n李红梅：第一批已经开工。\n\n王立新：好，今天就到这里，散会。\n\n会议决议：\n\n1.第一批小区月底前完工\n\n2.资金由王立新协调\n';
    const { doc } = read(minutes);
    expect(doc.children.filter((c) => c.type === 'paragraph').map((c) => toString(c))).toEqual(['会议决议：', '1.第一批小区月底前完工', '2.资金由王立新协调']);
    expect(doc.children.some((c) => c.type === 'section')).toBe(false);
  });

  it('a chair line with a name alone (`主持人：陈佳`) or followed by other information is the front\'s; a bare `主持人：` is the person it names', () => {
    const tv = '财经面对面\n\n主持人：陈佳\n嘉宾：周明远\n\n陈佳：各位观众好。周先生您好。\n\n周明远：陈佳你好。\n\n陈佳：价格战还要打多久？\n\n周明远：至少两年。\n';
    // The chair alone with one guest, asking, is the interviewer (speakers.ts rule 4), as a chair no line names is.
    expect(turns(tv).map(([p, r]) => `${p}/${r}`)).toEqual(['陈佳/question', '周明远/answer', '陈佳/question', '周明远/answer']);
    expect(turns(tv.replace('主持人：陈佳\n', '')).map(([p, r]) => `${p}/${r}`)).toEqual(['陈佳/question', '周明远/answer', '陈佳/question', '周明远/answer']);
    const presser = '行政院院會後記者會\n\n主持人：行政院發言人李慧芝\n出席：經濟部部長郭智輝\n\n主持人：記者會開始。\n\n李慧芝：今天院會通過三項法案。\n\n中央社記者：請問電價會漲嗎？\n\n郭智輝：目前沒有調整計畫。\n\n主持人：謝謝各位。\n';
    expect(turns(presser).map(([p]) => p)).toEqual(['李慧芝', '李慧芝', '中央社記者', '郭智輝', '李慧芝']);
    // A press liaison (新聞聯絡人) chairs as a spokesperson does.
    expect(turns(presser.replace('行政院發言人李慧芝', '交通部新聞聯絡人 李慧芝')).map(([p]) => p)).toEqual(['李慧芝', '李慧芝', '中央社記者', '郭智輝', '李慧芝']);
    // Control: with no chair line naming her, a sentence under 主持人 is the chair speaking, and 主持人 stays unnamed.
    expect(turns(presser.replace('主持人：行政院發言人李慧芝', '主持人：各位好，歡迎。')).map(([p]) => p)[0]).toBe('主持人');
  });

  it('a lede copied from a word processor, wrapped over lines under its dateline, is one lede under the real headline', () => {
    const story = '“小饭桌”里的大民生\n——江城市老年助餐服务调查\n\n记者 张三 李四\n\n新华社北京5月6日电　中午11点半，家住江城市东湖区幸福里社区的\n七十八岁老人王桂英，拄着拐杖走进楼下的“长者食堂”。两荤一素一汤，\n刷卡支付后只需8元。\n\n“在这里吃饭，比自己做还便宜。”王桂英说。\n';
    const { doc } = read(story);
    expect(doc.children.slice(0, 3).map((n) => `${n.type}:${toString(n)}`)).toEqual([
      'headline:“小饭桌”里的大民生',
      'deck:——江城市老年助餐服务调查',
      expect.stringMatching(/^paragraph:记者 ?张三/),
    ]);
    const lede = doc.children.find((n) => n.type === 'lede')!;
    expect(toString(lede)).toBe('中午11点半，家住江城市东湖区幸福里社区的七十八岁老人王桂英，拄着拐杖走进楼下的“长者食堂”。两荤一素一汤，刷卡支付后只需8元。');
    expect(lede.dateline).toBe('新华社北京5月6日电');
  });

  it('a report is dated by its subtitle (`——2025年1月15日在…会议上`); control: an undated subtitle dates nothing', () => {
    const report = (deck: string) => read(`2025年江城市人民政府工作报告\n${deck}\n\n一、2024年工作回顾\n\n过去一年，全市经济稳中向好。\n`).doc.data.stated.date;
    expect(report('——2025年1月15日在江城市第十七届人民代表大会第四次会议上')).toBe('2025-01-15');
    expect(report('——在江城市第十七届人民代表大会第四次会议上')).toBeUndefined();
  });

  it('a briefing\'s numbered questions (`1、法新社记者：`) are turns of their outlets, and each answer keeps its label', () => {
    const briefing = '外交部发言人毛宁主持例行记者会\n\n2025年4月15日\n\n毛宁：下午好。下面，我愿回答大家的提问。\n\n1、法新社记者：中方对此有何回应？\n\n毛宁：中方坚决反对。\n\n2. 彭博社记者：中方能否介绍具体情况？\n\n毛宁：请你保持关注。\n';
    expect(turns(briefing).map(([p, r]) => `${p}/${r}`)).toEqual(['毛宁/answer', '法新社记者/question', '毛宁/answer', '彭博社记者/question', '毛宁/answer']);
    // The labels print as written, numbers and all.
    expect(read(briefing).doc.children.flatMap((c) => (c.type === 'turn' ? [c.speaker] : []))).toEqual(['毛宁', '1、法新社记者', '毛宁', '2. 彭博社记者', '毛宁']);
  });

  it('a byline written as a label (`记者：周航`) names the author and is no question (control: words that are no name speak)', () => {
    const interview = (line: string) => `在县城开一家书店\n\n2024年11月20日\n\n${line}\n\n记者：你为什么回老家开书店？\n\n林晓雯：因为县城没有书店。\n\n记者：花了多少钱？\n\n林晓雯：四十万。\n`;
    expect(read(interview('记者：周航')).doc.data.stated.author).toBe('周航');
    expect(turns(interview('记者：周航')).map(([p, r, t]) => `${p}/${r}/${t}`)).toEqual(['记者/question/你为什么回老', '林晓雯/answer/因为县城没有', '记者/question/花了多少钱？', '林晓雯/answer/四十万。']);
    expect(turns(interview('记者：先说说缘起吧。'))[0]).toEqual(['记者', 'question', '先说说缘起吧']);
    // In Markdown too.
    const md = '# 在县城开一家书店\n\n记者：周航\n\n**记者：** 你为什么回老家开书店？\n\n**林晓雯：** 因为县城没有书店。\n\n**记者：** 花了多少钱？\n\n**林晓雯：** 四十万。\n';
    expect(read(md, 'in.md').doc.data.stated.author).toBe('周航');
    expect(turns(md, 'in.md').map(([p, , t]) => `${p}/${t}`)).toEqual(['记者/你为什么回老', '林晓雯/因为县城没有', '记者/花了多少钱？', '林晓雯/四十万。']);
  });

  it('a speech opening with a salutation that holds a role word (`各位代表：`) keeps its sections; no one speaks', () => {
    const speech = '在全市安全生产工作会议上的讲话\n\n各位代表：\n\n今天召开全市安全生产工作会议，主要任务是总结去年工作。\n\n一、充分肯定去年的工作成绩\n\n去年全市安全生产形势总体平稳。\n\n二、扎实做好今年重点工作\n\n今年要抓好三件事。\n';
    const { doc } = read(speech);
    expect(doc.children.filter((n) => n.type === 'section').length).toBe(2);
    expect(turns(speech)).toEqual([]);
  });

  it('the chair\'s opening under a `发布时间：` line is a turn, not a field of that block (control: `主持人：王立新` under `会议时间：` is)', () => {
    const presser = '夏季传染病防控新闻发布会\n发布时间：2025年7月8日 10:00\n\n主持人：各位记者朋友，上午好。首先请王敏副主任介绍情况。\n\n王敏：谢谢主持人。夏季传染病进入高发期。\n\n记者：今年登革热的形势如何？\n\n王敏：比去年同期略有上升。\n';
    expect(turns(presser).map(([p, r]) => `${p}/${r}`)).toEqual(['主持人/moderator', '王敏/answer', '记者/question', '王敏/answer']);
    expect(read(presser).doc.data.stated.date).toBe('2025-07-08');
    const minutes = '会议主题：城市更新项目推进会\n会议时间：2026年11月20日\n主持人：王立新\n\n王立新：今天讨论改造进度。\n\n张建国：第一批已经开工。\n\n李红梅：资金下月到位。\n';
    expect(turns(minutes).map(([p]) => p)).toEqual(['王立新', '张建国', '李红梅']);
    expect(read(minutes).doc.children.filter((n) => n.type === 'paragraph').map((n) => toString(n))).toContain('主持人：王立新');
  });

  it('minutes of a short meeting: each speaks once, yet three named paragraphs in a row are an exchange; the minutes\' keys title and date it', () => {
    const minutes = '会议主题：2027年度城市更新项目推进会\n会议时间：2026年11月20日 14:00\n会议地点：市政府第三会议室\n参会人员：张建国、李红梅、欧阳娜\n\n张建国：今天主要讨论老旧小区改造进度。\n\n李红梅：第一批十二个小区已经开工。\n\n欧阳娜：资金方面，省里的补助下个月到位。\n';
    const { doc } = read(minutes);
    expect([doc.data.stated.title, doc.data.stated.date]).toEqual(['2027年度城市更新项目推进会', '2026-11-20']);
    // Nobody asks: no one is read as asking because the next speaker answered.
    expect(turns(minutes).map(([p, r]) => `${p}/${r}`)).toEqual(['张建国/other', '李红梅/other', '欧阳娜/answer']);
    expect(turns(minutes.replace(/^[^]*?\n\n/u, '会议纪要\n\n')).map(([p]) => p)).toEqual(['张建国', '李红梅', '欧阳娜']);
    // Only a date or time key dates it: not a date in who hosted it.
    expect(read(minutes.replace('\n会议时间', '\n主办：2024年3月1日成立的城市更新研究院\n会议时间')).doc.data.stated.date).toBe('2026-11-20');
    // Controls: labels that are no names (`方法：` `步骤：` `结果：`), and two names in a row only, stay text.
    expect(turns('实验记录\n\n方法：取样三次。\n\n步骤：先称重。\n\n结果：误差很小。\n')).toEqual([]);
    expect(turns('会议纪要\n\n张建国：今天讨论改造进度。\n\n李红梅：第一批已经开工。\n\n会后各部门分头落实。\n')).toEqual([]);
  });

  it('a meeting recorder’s export (`王晓明  00:00:05` alone on a line, the speech below): turns, each paragraph under a time keeping it', () => {
    const { doc } = read('产品规划会议纪要\n\n王晓明  00:00:05\n好，我们开始。李娜你先说。\n\n李娜  00:00:21\n好的。问卷回收了两千份。\n\n李娜  00:01:02\n具体数字在共享文档里。\n\n王晓明  00:01:40\n好，下周三给结论。\n');
    const turns = doc.children.filter((c) => c.type === 'turn');
    expect(turns.map((t) => t.type === 'turn' && [t.speaker, t.children.map((p) => p.type === 'paragraph' && p.data?.time)])).toEqual([
      ['王晓明', ['00:00:05']],
      ['李娜', ['00:00:21', '00:01:02']],
      ['王晓明', ['00:01:40']],
    ]);
    // Control: a Markdown heading ending in a time is a heading, not a label.
    expect(read('# 会议纪要\n\n## 下午场 14:00\n\n王晓明：我们开始。\n\n李娜：好的。\n', 'in.md').doc.children.map((c) => c.type)).toContain('section');
  });

  it('a phrase reporting speech (会议指出：) is text, kept every time it occurs', () => {
    const text = '市委常委会会议传达全国两会精神\n\n会议指出：全国两会是重要会议。\n\n会议强调：要统一思想。\n\n会议指出：要坚持稳中求进。\n';
    const { doc } = read(text);
    expect(doc.children.some((c) => c.type === 'turn')).toBe(false);
    expect(toString(doc).match(/会议指出：/g)).toHaveLength(2);
  });

  it('a WebVTT voice with a space in it is a speaker', () => {
    const vtt = ['WEBVTT', '', '00:00:01.000 --> 00:00:03.000', '<v 主持人>请问票价会涨吗？', '', '00:00:03.500 --> 00:00:06.000', '<v 李华>不会涨。', '',
      '00:00:06.500 --> 00:00:08.000', '<v 观众 王女士>那地铁呢？', '', '00:00:08.500 --> 00:00:10.000', '<v 李华>也不会。', ''].join('\n');
    expect(turns(vtt, 'in.vtt').map(([p, r]) => `${p}/${r}`)).toEqual(['主持人/moderator', '李华/answer', '观众王女士/question', '李华/answer']);
  });

  it('the warning of a WebVTT file\'s NOTE and STYLE blocks names the line each opens on', () => {
    const vtt = ['WEBVTT', '', 'NOTE 字幕组校对', '', '00:00:01.000 --> 00:00:03.000', '<v 主持人>请问票价会涨吗？', '', '', 'STYLE', '::cue { color: white }', '', '00:00:03.500 --> 00:00:06.000', '<v 李华>不会涨。', ''].join('\n');
    const warning = read(vtt, 'in.vtt').warnings.find((w) => w.code === 'subtitle-comment');
    expect(warning).toMatchObject({ line: 3, message: expect.stringContaining('(lines 3, 9)') });
  });

  it('an SRT cue\'s dash lines are speakers taking turns: never inside the turn above, dashes left out, a label kept', () => {
    const srt = ['1', '00:00:01,000 --> 00:00:04,000', '记者：出生人口还会下降吗？', '', '2', '00:00:04,500 --> 00:00:08,000', '李建国：长期看会的。', '',
      '3', '00:00:08,500 --> 00:00:12,000', '- 会不会出台更多鼓励政策？', '- 我认为会的。', '', '4', '00:00:12,500 --> 00:00:14,000', '- 记者：什么时候？', '- 很快。', '-5℃以下停工。', ''].join('\n');
    const { doc } = read(srt, 'in.srt');
    const blocks = doc.children.map((c) => (c.type === 'turn' ? `${c.speaker}:${c.children.map((p) => toString(p)).join('|')}` : `${c.type}:${toString(c)}`));
    expect(blocks).toEqual(['记者:出生人口还会下降吗？', '李建国:长期看会的。', 'paragraph:会不会出台更多鼓励政策？', 'paragraph:我认为会的。', '记者:什么时候？', 'paragraph:很快。-5℃以下停工。']);
    // The cues holding speech of no one's turn are named by line (3 and 4; none for cues 1 and 2, whose lines are labelled).
    expect(read(srt, 'in.srt').warnings.filter((w) => w.code === 'unattributed-speech')).toEqual([expect.objectContaining({ line: 9, message: expect.stringContaining('(lines 9, 14)') })]);
  });

  it('speech in the cue after a stage note\'s (`（笑声）`) is a paragraph of its own with its own time, in the same turn', () => {
    const srt = ['1', '00:00:05,100 --> 00:00:08,900', '- 张立群：大家上午好！', '', '2', '00:00:21,000 --> 00:00:23,400', '(笑声)', '',
      '3', '00:00:24,000 --> 00:00:30,500', '今年，毕业生去向落实率达到91.7%。', '', '4', '00:00:31,000 --> 00:00:33,000', '- 学生：谢谢校长！', '',
      '5', '00:00:33,500 --> 00:00:35,000', '- 张立群：祝你们前程似锦！', ''].join('\n');
    const { doc } = read(srt, 'in.srt');
    const turn = doc.children.find((c) => c.type === 'turn')!;
    expect(turn.type === 'turn' && turn.children.map((p) => [toString(p), p.data && 'time' in p.data ? p.data.time : undefined])).toEqual([
      ['大家上午好！', '00:00:05'],
      ['（笑声）', '00:00:21'],
      ['今年，毕业生去向落实率达到91.7%。', '00:00:24'],
    ]);
  });

  it('a first cue naming the programme (`《财经深一度》专访许宪春：…`) titles a subtitle file (controls: a greeting, a reporter of an outlet)', () => {
    const srt = (cue: string) => ['1', '00:00:01,000 --> 00:00:03,000', cue, '', '2', '00:00:03,100 --> 00:00:06,000', '主持人：各位观众晚上好，欢迎收看本期节目。', '', '3', '00:00:06,500 --> 00:00:09,000', '许宪春：主持人好。', ''].join('\n');
    const first = (cue: string) => {
      const { doc } = read(srt(cue), 'in.srt');
      return [doc.data.stated.title, `${doc.children[0]!.type}:${toString(doc.children[0]!)}`];
    };
    expect(first('《财经深一度》专访许宪春：一季度经济怎么看')).toEqual(['《财经深一度》专访许宪春：一季度经济怎么看', 'headline:《财经深一度》专访许宪春：一季度经济怎么看']);
    expect(first('大家好')[0]).toBeUndefined();
    expect(first('《人民日报》记者：您好')[0]).toBeUndefined();
    // A question ends a title after the programme's episode; a question alone is no title (control).
    expect(first('《数字乡村云论坛》第12期：直播电商能否带火县域经济？')[0]).toBe('《数字乡村云论坛》第12期：直播电商能否带火县域经济？');
    expect(first('直播电商能否带火县域经济？')[0]).toBeUndefined();
  });

  it('a bold label of a role word, a space and a name (`**嘉宾 张蕾（教授）：**`) speaks, and is the name used later', () => {
    const md = '# 访谈\n\n**主持人：** 欢迎张教授。请问难点在哪里？\n\n**嘉宾 张蕾（清华大学新闻学院教授）：** 大家好。难点在于机制。\n\n**主持人：** 具体说说？\n\n**张蕾：** 考核机制没有跟上。\n';
    expect(turns(md, 'in.md').map(([p]) => p)).toEqual(['主持人', '张蕾', '主持人', '张蕾']);
  });

  it('an SRT cue with two labelled lines is two speakers; a cue that is one bracketed note stands alone (control: a wrapped line stays)', () => {
    const srt = ['1', '00:00:01,000 --> 00:00:04,000', '记者：请问地铁会延长运营吗？', '周立群：会的，延长到凌晨两点。', '', '2', '00:00:05,000 --> 00:00:07,000', '记者：公交呢？', '',
      '3', '00:00:08,000 --> 00:00:10,000', '周立群：公交也延长，', '具体安排：另行通知。', '', '4', '00:00:11,000 --> 00:00:12,000', '（发布会结束）', ''].join('\n');
    const { doc } = read(srt, 'in.srt');
    const blocks = doc.children.map((c) => (c.type === 'turn' ? `${c.speaker}:${c.children.map((p) => toString(p)).join('|')}` : `${c.type}:${toString(c)}`));
    expect(blocks).toEqual(['记者:请问地铁会延长运营吗？', '周立群:会的，延长到凌晨两点。', '记者:公交呢？', '周立群:公交也延长，具体安排：另行通知。', 'paragraph:（发布会结束）']);
  });

  it('a name used once, then by an alias, is one speaker; the points of a speech (一是：) stay in the turn; a bare role word is the one person named with it', () => {
    const text = [
      '防汛工作新闻发布会', '', '主持人（王晓）：各位记者朋友，上午好。首先请邵局长介绍情况。', '', '邵明远：谢谢主持人。我们重点做了三方面工作：', '',
      '一是：完成了127座病险水库的除险加固；', '', '二是：建成了预警系统。', '', '主持人：下面进入提问环节。', '', '新华社记者：请问邵局长，今年汛期形势如何？', '',
      '邵局长：说实话，形势不容乐观。', '',
    ].join('\n');
    expect(turns(text)).toEqual([
      ['王晓', 'moderator', '各位记者朋友'],
      ['邵明远', 'answer', '谢谢主持人。'],
      ['王晓', 'moderator', '下面进入提问'],
      ['新华社记者', 'question', '请问邵局长，'],
      ['邵明远', 'answer', '说实话，形势'],
    ]);
  });
});

describe('uncertainty warnings', () => {
  const text = '江城日报\n2026年3月5日\n\n本报讯 市住建局今天介绍了老旧小区改造的进展。\n';
  it('a guessed title gives title-uncertain', () => {
    expect(read(text).warnings.map((w) => w.code)).toContain('title-uncertain');
  });
});

describe('bylines', () => {
  it.each([
    ['本报记者 陈嘉 实习生 李想', '陈嘉、李想'],
    ['本报记者 陈嘉', '陈嘉'],
    ['By John Smith', 'John Smith'],
    ['本报记者 陈嘉 北京报道', '陈嘉'],
    ['记者 陈嘉 发自上海', '陈嘉'],
    ['本报记者 陈嘉 实习生李想', '陈嘉、李想'],
    ['文｜本报记者 沈一舟', '沈一舟'],
    ['文/图 李想', '李想'],
    ['记者｜王芳 张华', '王芳、张华'],
    ['撰文：张明', '张明'],
    ['文 | 《财经》记者 孙悦 徐晨', '孙悦、徐晨'],
    ['新华社记者 林晓', '林晓'],
  ])('%s → author %s', (byline, author) => {
    expect(read(`江城日报\n专访市住建局局长张明\n${byline}\n\n本报讯 市住建局今天介绍了老旧小区改造的进展。\n`).doc.data.stated.author).toBe(author);
  });
});

describe('a web page\'s source line under the headline', () => {
  it('names the publisher (`2026-10-20 10:00  来源：国务院新闻办公室网站`; control: a sentence naming a source does not)', () => {
    const page = (line: string) => read(`国务院新闻办公室举行新闻发布会\n\n${line}\n\n主持人：下面请刘晓东先生作介绍。\n\n刘晓东：经济运行总体平稳。\n\n记者：请问消费何时回升？\n\n刘晓东：四季度。\n`).doc.data.stated;
    expect(page('2026-10-20 10:00  来源：国务院新闻办公室网站').source).toBe('国务院新闻办公室网站');
    expect(page('据悉，数据来源：国家统计局，已经公布。').source).toBeUndefined();
  });
});

describe('a repost\'s 原标题', () => {
  it('titles the editions by its words, without the book-title marks quoting it whole or the subtitle after a dash; the line stays as printed', () => {
    const text = '来源：江城日报\n作者：周航\n原标题：《加装电梯，钱从哪来？——市住建局负责人答记者问》\n\n问：补贴多少？\n\n答：25万元。\n\n问：何时施行？\n\n答：6月1日。\n';
    const { doc } = read(text);
    expect(doc.data.stated.title).toBe('加装电梯，钱从哪来？');
    expect(doc.children.map((c) => toString(c))).toContain('原标题：《加装电梯，钱从哪来？——市住建局负责人答记者问》');
    // A WeChat account's id after the source's name is the platform's handle, not the publisher's name (control: none).
    expect(read(text.replace('来源：江城日报', '来源：江城日报（ID：jcrb_daily）')).doc.data.stated.source).toBe('江城日报');
    expect(read(text).doc.data.stated.source).toBe('江城日报');
    // Control: marks around part of it are the title's own.
    expect(read(text.replace('《加装电梯，钱从哪来？——市住建局负责人答记者问》', '解读《民法典》新规')).doc.data.stated.title).toBe('解读《民法典》新规');
  });

  it('still titles the article over a photo caption under the credits (`…发布会现场`), which stays a paragraph; a headline there titles it (control)', () => {
    const repost = (under: string) => read(`原标题：《这位副市长连说三次“对不起”》\n来源：江城发布\n作者：许晴\n\n${under}\n\n7月16日下午，江城市政府召开新闻发布会，通报调查进展。\n`).doc;
    const captioned = repost('江城地铁5号线停运事件发布会现场');
    expect(captioned.data.stated.title).toBe('这位副市长连说三次“对不起”');
    expect(captioned.children.filter((c) => c.type === 'headline')).toEqual([]);
    expect(captioned.children.map((c) => toString(c))).toContain('江城地铁5号线停运事件发布会现场');
    expect(repost('地铁停运47分钟，副市长三次道歉').data.stated.title).toBe('地铁停运47分钟，副市长三次道歉');
  });
});

describe('Markdown: who chairs, above the first section', () => {
  it('`**主持人：** 江城日报社副总编辑 许蔓` is no turn, and 许蔓 moderates (control: without it she reads as asking)', () => {
    const md = (chair: string) => `# 县域消费还有多大空间？\n\n${chair}**嘉宾：**\n- 李明远，清华大学教授\n\n## 一、县城的钱花在哪里\n\n**许蔓：** 先请李教授谈谈。\n\n**李明远：** 县城消费在升级。\n\n**许蔓：** 王局长怎么看？\n\n**王雪琴：** 供给要跟上。\n\n**李明远：** 我再补充一点。\n\n**王雪琴：** 我也补充。\n`;
    const { doc } = read(md('**主持人：** 江城日报社副总编辑 许蔓\n\n'), 'in.md');
    const turns = (d: typeof doc) => JSON.stringify(d).match(/"speaker":"[^"]+","role":"[a-z]+"/gu) ?? [];
    expect(new Set(turns(doc))).toEqual(new Set(['"speaker":"许蔓","role":"moderator"', '"speaker":"李明远","role":"answer"', '"speaker":"王雪琴","role":"answer"']));
    expect(new Set(turns(read(md(''), 'in.md').doc))).toContain('"speaker":"许蔓","role":"question"');
  });
});

describe('Markdown: lines of keys under the title', () => {
  it('one line per key (`**日期：**…` then `**参会管理层：**…`), as written; the date key dates the document', () => {
    const { doc } = read('# 业绩电话会议实录\n\n**日期：**2026年8月26日（美国东部时间上午8:00）\n**参会管理层：**首席财务官 李佳琳\n\n接线员：欢迎。\n', 'in.md');
    expect(doc.children.filter((c) => c.type === 'paragraph').map((p) => toString(p))).toEqual(['日期：2026年8月26日（美国东部时间上午8:00）', '参会管理层：首席财务官 李佳琳']);
    expect([doc.data.stated.date, doc.data.origins?.date]).toEqual(['2026-08-26', 'line 3: 日期：2026年8月26日（美国东部时间上午8:00）']);
  });

  it('control: a paragraph whose lines are not all keys stays one paragraph, its lines joined', () => {
    const { doc } = read('# 实录\n\n日期：2026年8月26日\n会议在上海举行，\n持续两小时。\n', 'in.md');
    expect(doc.children.filter((c) => c.type === 'paragraph').map((p) => toString(p))).toEqual(['日期：2026年8月26日会议在上海举行，持续两小时。']);
  });
});

describe('Markdown: typed spaces at the edge of emphasis', () => {
  it('are dropped beside a full-width mark or between Han characters of running text, kept in English (control)', () => {
    const texts = (md: string) => read(md, 'in.md').doc.children.filter((c) => c.type === 'paragraph').map((p) => toString(p));
    expect(texts('# 标题\n\n**注意：** 这里说的是门诊费用。\n\n这是 **重点** 内容，请记住。\n\n**Note:** this is kept.\n')).toEqual(['注意：这里说的是门诊费用。', '这是重点内容，请记住。', 'Note: this is kept.']);
  });
});

describe('a reposted WeChat article', () => {
  it('the account line under the headline (原创, names, date and time, place) dates the article and is never its title', () => {
    const { doc } = read('县城里的“新农人”：一位95后返乡青年的五年\n\n原创 田野调查组 乡村振兴观察 2025年08月12日 20:30 北京\n\n2020年夏天，陈浩回到了老家。\n\n记者：最难的是什么？\n\n陈浩：融资。\n');
    expect([doc.data.stated.title, doc.data.stated.date]).toEqual(['县城里的“新农人”：一位95后返乡青年的五年', '2025-08-12']);
    expect(doc.children.map((c) => c.type).slice(0, 2)).toEqual(['headline', 'paragraph']);
  });

  it('the credits under the headline (来源, 作者, 编辑, 审核) name the author and the source, and are no web residue', () => {
    const credits = '来源：乡村振兴观察（ID：xczxgc）\n作者：林一鸣\n编辑：周小舟\n审核：王建国';
    const parsed = read(`县城里的“新农人”\n\n原创 田野调查组 乡村振兴观察 2025年08月12日 20:30 北京\n\n${credits}\n\n2020年夏天，陈浩回到了老家。\n\n记者：最难的是什么？\n\n陈浩：融资。\n`);
    expect([parsed.doc.data.stated.author, parsed.doc.data.stated.source]).toEqual(['林一鸣', '乡村振兴观察']);
    expect(parsed.warnings.filter((w) => w.code === 'web-residue')).toEqual([]);
    // The lede is the article's first paragraph, not a credit.
    expect(parsed.doc.children.find((c) => c.type === 'lede')).toMatchObject({ children: [{ value: '2020年夏天，陈浩回到了老家。' }] });
  });

  it('the credits above the headline (来源, 作者, 发布时间; no 标题 line): the headline under them titles the article', () => {
    const text = '来源：江城日报\n作者：陈嘉\n发布时间：2025-06-12 08:30\n\n让每个孩子都能“上好园”\n\n本报讯 记者走访了江城市第三幼儿园。\n\n园长：我们今年新增了120个学位。\n';
    const { doc } = read(text);
    expect([doc.data.stated.title, doc.data.stated.author, doc.data.stated.source, doc.data.stated.date]).toEqual(['让每个孩子都能“上好园”', '陈嘉', '江城日报', '2025-06-12']);
    expect(doc.children.map((c) => c.type).slice(0, 5)).toEqual(['paragraph', 'paragraph', 'paragraph', 'headline', 'lede']);
    // A 标题 line gives the headline itself; a headline-like line under such a block is not a second one (control).
    const titled = read('标题：江城新建幼儿园18所\n来源：江城日报\n\n家长们的新期待\n\n本报讯 记者走访了江城市第三幼儿园。\n').doc;
    expect(titled.data.stated.title).toBe('江城新建幼儿园18所');
    expect(titled.children.filter((c) => c.type === 'headline')).toHaveLength(1);
  });

  it('a WeChat account line above the credits stays a paragraph and dates the article; the `标题：` value titles it', () => {
    const text = '原创 乡村观察 田野调查组 2025年08月12日 20:30 北京\n\n标题：在县城开一家独立书店\n作者：林小雨\n来源：乡村观察\n\n去年秋天，我在老家县城开了一家书店。\n\n记者：为什么回县城？\n\n林小雨：因为这里房租便宜。\n';
    const { doc } = read(text);
    expect([doc.data.stated.title, doc.data.stated.author, doc.data.stated.date]).toEqual(['在县城开一家独立书店', '林小雨', '2025-08-12']);
    expect(doc.children.map((c) => c.type).slice(0, 2)).toEqual(['paragraph', 'headline']);
  });

  it('control: a credit alone above the headline (`责任编辑：张三`) starts no block: it is web-page chrome, and the headline titles', () => {
    const parsed = read('责任编辑：张三\n\n外交部长记者会\n\n王毅：各位记者朋友，上午好！\n\n新华社记者：请问今年的重点是什么？\n');
    expect(parsed.doc.data.stated.title).toBe('外交部长记者会');
    expect(parsed.warnings.map((w) => w.code)).toContain('web-residue');
  });

  it('a marked subhead (`■ 下一步怎么改`) heads a section; a run of marked lines is a list and stays paragraphs (control)', () => {
    const body = (subheads: string) => `地铁停运事件发布会\n\n7月16日下午，江城市政府召开新闻发布会。\n\n${subheads}\n\n邵明远介绍，故障发生后，列车司机在3分钟内向调度中心报告。\n\n▌乘客怎么补偿\n\n受困乘客可申请补偿。\n`;
    const sections = (text: string) => read(text).doc.children.flatMap((c) => (c.type === 'section' ? [toString({ type: 'paragraph', children: c.title })] : []));
    expect(sections(body('■ 47分钟里发生了什么'))).toEqual(['■ 47分钟里发生了什么', '▌乘客怎么补偿']);
    expect(sections(body('◆ 广播\n\n◆ 通信\n\n◆ 疏散'))).toEqual(['▌乘客怎么补偿']);
  });
});

describe('a headline asking a question', () => {
  it('ending in ？ above a byline and a date: the title, with its author and date', () => {
    const { doc } = read('年轻人为什么不爱买房了？\n\n文｜本报记者 沈一舟\n\n2026年5月6日\n\n近日，记者走访了多家售楼处。\n\n记者：你怎么看？\n\n小王：房价太高。\n');
    expect([doc.data.stated.title, doc.data.stated.author, doc.data.stated.date]).toEqual(['年轻人为什么不爱买房了？', '沈一舟', '2026-05-06']);
    expect(doc.children[0]).toMatchObject({ type: 'headline' });
  });

  it('opening with a programme or column and a colon (`联合早报专访：`, `《島嶼對話》第58集：`): the title, and the kicker is no speaker', () => {
    const sg = read('联合早报专访：新加坡年轻人为何越来越晚买组屋？\n\n（新加坡讯）根据最新公布的数据，夫妇平均年龄已上升到30.6岁。\n\n记者：为什么？\n\n陈慧琳：房价是一个原因。\n').doc;
    expect(sg.data.stated.title).toBe('联合早报专访：新加坡年轻人为何越来越晚买组屋？');
    const tw = read('《島嶼對話》第58集：半導體之後，台灣還剩下什麼？\n\n播出日期：2025年3月27日\n\n主持人（陳怡君）：歡迎收聽。\n\n吳宗翰：謝謝。\n').doc;
    expect([tw.data.stated.title, tw.data.stated.date]).toEqual(['《島嶼對話》第58集：半導體之後，台灣還剩下什麼？', '2025-03-27']);
    // A magazine's interview with the one it names (`《财经》专访李明远：`): 专访 is never a speaker's role.
    const mag = read('《财经》专访李明远：价格战还要打多久？\n\n——访远航汽车董事长李明远\n\n《财经》：你怎么判断？\n\n李：今年下半年是拐点。\n\n《财经》：出海呢？\n\n李：是必选项。\n').doc;
    expect([mag.data.stated.title, mag.data.stated.description]).toEqual(['《财经》专访李明远：价格战还要打多久？', '访远航汽车董事长李明远']);
    expect(mag.children.filter((c) => c.type === 'turn').map((t) => t.type === 'turn' && t.speaker)).toEqual(['《财经》', '李', '《财经》', '李']);
    // An outlet in book-title marks asking is a speaker still (control).
    const asked = read('外交部例行记者会\n\n《环球时报》记者：中方对此有何评论？\n\n毛宁：我们注意到有关报道。\n').doc;
    expect(asked.children.filter((c) => c.type === 'turn').map((t) => t.type === 'turn' && t.speaker)).toEqual(['《环球时报》记者', '毛宁']);
  });

  it('control: a question followed by its answer is not a title', () => {
    const { doc } = read('今年的重点工作是什么？\n\n今年我们将继续推进老旧小区改造，重点解决加装电梯问题。\n');
    expect(doc.data.stated.title).toBeUndefined();
    expect(doc.children.map((c) => c.type)).not.toContain('headline');
  });
});

describe('a Q&A page answering the public', () => {
  it('questions by quoted nicknames (`网友“小树苗”问：`) are turns of their own; the editor’s credit closing the page is not the last answer’s', () => {
    const { doc } = read('局长答网友问\n\n网友“小树苗”问：应该去哪里报名？\n\n答：以房产所在地为准。\n\n网友“城南老李”问：需要哪些材料？\n\n答：需提供居住证。\n\n（编辑：黄海）\n');
    expect(doc.children.map((c) => (c.type === 'turn' ? `${c.speaker}:${c.role}` : c.type))).toEqual([
      'headline',
      '网友“小树苗”问:question',
      '答:answer',
      '网友“城南老李”问:question',
      '答:answer',
      'paragraph',
    ]);
  });
});

describe('information lines near the top', () => {
  it('`出席：` (who attended) is never the title, however long', () => {
    const { doc } = read('行政院院會後記者會\n中華民國115年4月23日\n出席：行政院發言人 李慧芝、國家發展委員會主任委員 劉鏡清、衛生福利部次長 呂建德\n\n李慧芝：各位媒體朋友大家午安。\n\n中央社記者：請問何時實施？\n\n李慧芝：下個月。\n');
    expect(doc.data.stated.title).toBe('行政院院會後記者會');
  });
});

describe('a byline under the headline', () => {
  it('a bar after the credit, no space (`文｜本报记者 沈一舟`): the byline names the author and is never the title', () => {
    const { doc } = read('年轻人的就业新选择\n\n文｜本报记者 沈一舟\n\n2026年5月6日\n\n近日，记者走访了多家企业。\n\n记者：你为什么选择灵活就业？\n\n小王：时间自由。\n');
    expect(doc.data.stated.title).toBe('年轻人的就业新选择');
    expect(doc.data.stated.author).toBe('沈一舟');
  });

  it('Markdown: a byline in bold under the title names the author, stays a paragraph and opens no section', () => {
    const { doc } = read('# 年轻人为什么不爱买房了？\n\n**文｜本报记者 沈一舟**\n\n近日，记者走访了多家售楼处。\n\n**记者：你怎么看？**\n\n小王：房价太高。\n', 'in.md');
    expect(doc.data.stated.author).toBe('沈一舟');
    expect(doc.children.map((c) => c.type)).toEqual(['headline', 'paragraph', 'paragraph', 'turn', 'turn']);
  });

  it('control: in Markdown, a short bold line that is no byline is a section heading', () => {
    const { doc } = read('# 年轻人为什么不爱买房了？\n\n**房价与收入**\n\n近日，记者走访了多家售楼处。\n', 'in.md');
    expect(doc.data.stated.author).toBeUndefined();
    expect(doc.children.map((c) => c.type)).toEqual(['headline', 'section']);
  });

  it('an English line above a Chinese headline is its kicker in English (lang en); a Chinese kicker has no lang', () => {
    const { doc } = read('Interview with Dr. Helena Marsh on River Restoration\n\n专访海伦娜·马什：河流修复要有耐心\n\n2026年5月14日\n\n问：您好。\n\n答：你好。\n');
    expect(doc.children.slice(0, 2).map((c) => [c.type, c.data && 'lang' in c.data ? c.data.lang : undefined])).toEqual([['kicker', 'en'], ['headline', undefined]]);
    expect(read('两会特别报道\n\n专访海伦娜·马什：河流修复要有耐心\n\n2026年5月14日\n\n问：您好。\n\n答：你好。\n').doc.children[0]!.data).toBeUndefined();
  });

  it('a numbered question over the asker\'s own label (`问题1：…？` then `股东提问：…`) titles the exchange: a section, not a turn', () => {
    const agm = '年度股东大会问答实录\n\n主持人：现在进入股东问答环节。\n\n问题1：分红政策会不会调整？\n股东提问：以后分红会不会继续减少？\n董事长 王某某：我们会保持分红的稳定性。\n\n问题2：海外工厂进展如何？\n股东提问：越南工厂现在进度怎么样？\n总经理 陈某：预计9月底投产。\n';
    const { doc } = read(agm);
    const sections = doc.children.filter((c) => c.type === 'section');
    expect(sections.map((s) => s.type === 'section' && [toString({ type: 'paragraph', children: s.title }), s.children.map((t) => t.type === 'turn' && (t.person ?? t.speaker))])).toEqual([
      ['问题1：分红政策会不会调整？', ['股东提问', '王某某']],
      ['问题2：海外工厂进展如何？', ['股东提问', '陈某']],
    ]);
    // Control: a numbered question answered directly is the question's turn.
    expect(read('问答实录\n\n问题1：分红政策会不会调整？\n王董事长：会保持稳定。\n\n问题2：海外工厂进展如何？\n王董事长：预计9月底投产。\n').doc.children.filter((c) => c.type === 'turn').map((t) => t.type === 'turn' && t.role)).toEqual(['question', 'answer', 'question', 'answer']);
  });

  it('control: `记者：` opens a turn, not a byline', () => {
    const { doc } = read('年轻人的就业新选择\n\n2026年5月6日\n\n记者：你为什么选择灵活就业？\n\n小王：时间自由。\n');
    expect(doc.data.stated.author).toBeUndefined();
    expect(doc.children.filter((c) => c.type === 'turn')).toHaveLength(2);
  });
});

describe('the end of a transcript', () => {
  it('a bracketed note that the event ended is not the last speaker’s; a stage note inside a speech is', () => {
    const { doc } = read('发布会实录\n\n记者：请问何时完成？\n\n林涛：年底前。\n\n（视频播放结束）\n\n我们有信心。\n\n（记者会结束）\n');
    expect(doc.children.map((c) => (c.type === 'turn' ? `turn:${toString(c)}` : `${c.type}:${toString(c)}`)).slice(-3)).toEqual([
      'turn:请问何时完成？',
      'turn:年底前。（视频播放结束）我们有信心。',
      'paragraph:（记者会结束）',
    ]);
    // So is a reporter's note to the reader, `（记者注：…）`.
    expect(read('访谈\n\n记者：请问？\n\n林晓燕：好。\n\n（记者注：林晓燕已连续三年提交相关提案。）\n').doc.children.at(-1)!.type).toBe('paragraph');
    // So is a credit of who wrote the transcript up, `（整理：…）`, which names the author when nothing at the top does.
    expect(read('座谈会实录\n\n主持人：请问？\n\n嘉宾甲：好。\n\n主持人：谢谢。\n\n整理：本报记者 钱斌\n').doc.data.stated.author).toBe('钱斌');
    expect(read('座谈会实录\n\n本报记者 陈嘉\n\n主持人：请问？\n\n嘉宾甲：好。\n\n整理：本报记者 钱斌\n').doc.data.stated.author).toBe('陈嘉');
    // A release's source line at its end names the source (publisher) when nothing above does; one at the top wins (control).
    const release = '答记者问\n\n问：何时施行？\n\n答：明年。\n\n来源：国家医保局网站\n责任编辑：孙晓楠\n';
    expect(read(release).doc.data.stated.source).toBe('国家医保局网站');
    expect(read(`来源：江城日报\n作者：周航\n\n${release}`).doc.data.stated.source).toBe('江城日报');
    // An interviewer's credit under an editor's note, above the first turn (`采访：本报记者 蒲嘉怡`), names the author too.
    expect(read('古籍修复师专访\n\n编者按：本期我们走进修复室。\n\n采访：本报记者 蒲嘉怡\n\nQ：为什么？\n\nA：说来也巧。\n').doc.data.stated.author).toBe('蒲嘉怡');
    expect(read('座谈会实录\n\n主持人：请问？\n\n嘉宾甲：好。\n\n主持人：谢谢。\n\n（整理：本报记者 孔令辉 实习生 余倩）\n').doc.children.at(-1)!.type).toBe('paragraph');
    // So is `（記者會完）`, as Taiwan's transcripts end.
    expect(read('記者會逐字稿\n\n記者：請問？\n\n部長：好。\n\n（記者會完）\n').doc.children.at(-1)!.type).toBe('paragraph');
    // So are `（會見傳媒完）`, `（通报会结束）` and `(End of interview)`.
    for (const end of ['（會見傳媒完）', '（通报会结束）', '(End of interview)', '（11:15，听证会结束）', '（“部长通道”结束）', '（本场直播结束）']) expect(read(`會見傳媒\n\n記者：請問？\n\n局長：好。\n\n${end}\n`).doc.children.at(-1)!.type).toBe('paragraph');
  });

  it('a release’s end mark `完` ends the last turn, and the date line under it dates the release when nothing above does', () => {
    const parsed = read('行政長官會見傳媒開場發言及答問內容\n\n記者：請問明天的重點是甚麼？\n\n行政長官：明天會公布。\n\n（請同時參閱英文部分。）\n\n完\n\n2025年10月14日（星期二）\n香港時間12時35分\n');
    expect(parsed.doc.children.slice(-5).map((c) => c.type)).toEqual(['turn', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(toString(parsed.doc.children.at(-4)!)).toBe('（請同時參閱英文部分。）');
    expect(parsed.doc.data.stated.date).toBe('2025-10-14');
    expect(parsed.warnings.map((w) => w.code)).not.toContain('web-residue');
    // A signature in brackets dates it too; a date inside the last answer does not (control).
    expect(read('局长答记者问\n\n记者：何时报名？\n\n答：3月20日起。\n\n（市教育局 2025年3月12日）\n').doc.data.stated.date).toBe('2025-03-12');
    expect(read('局长答记者问\n\n记者：有哪些变化？\n\n答：名额增加了。\n\n记者：何时报名？\n\n答：到4月底止，从2025年3月20日起逐步开放报名。\n').doc.data.stated.date).toBeUndefined();
  });
});

describe('a speech', () => {
  it('its salutation (`同志们：`) stays a paragraph, and the lede is the first paragraph under it (control: without, that paragraph)', () => {
    const speech = (salutation: string) => read(`坚定信心 真抓实干\n——在全县经济工作会议上的讲话\n\n${salutation}这次会议的主要任务是部署今年经济工作。\n\n一、客观看待成绩\n\n过去一年，全县经济稳中有进。\n`).doc;
    const lede = (doc: ReturnType<typeof speech>) => doc.children.find((c) => c.type === 'lede');
    expect(toString(lede(speech('同志们：\n\n'))!)).toBe('这次会议的主要任务是部署今年经济工作。');
    expect(speech('同志们：\n\n').children.map((c) => toString(c))).toContain('同志们：');
    expect(toString(lede(speech(''))!)).toBe('这次会议的主要任务是部署今年经济工作。');
  });

  it('the office and name under its title (`县委书记 何建平`) name its author; an office alone does not (control)', () => {
    const speech = (line: string) => read(`坚定信心 真抓实干\n——在全县经济工作会议上的讲话\n\n${line}\n（2026年2月12日）\n\n同志们：\n\n这次会议的主要任务是部署今年经济工作。\n`).doc.data.stated;
    expect(speech('县委书记 何建平')).toMatchObject({ author: '何建平', title: '坚定信心 真抓实干' });
    expect(speech('县委书记').author).toBeUndefined();
  });
});

describe('datelines', () => {
  it('splits a zh-Hant dateline (…日電（記者 …）) off the lede, as a zh-Hans one', () => {
    const { doc } = read('內政部記者會實錄\n2026年4月9日\n\n中央社臺北4月9日電（記者 林怡君）內政部今天說明防災整備。\n\n記者：請問進度如何？\n\n部長：進度順利。\n');
    const lede = doc.children.find((c) => c.type === 'lede');
    expect(lede).toMatchObject({ type: 'lede', dateline: '中央社臺北4月9日電（記者 林怡君）' });
    expect(toString(lede!)).toBe('內政部今天說明防災整備。');
  });

  it.each([
    ['（新加坡讯）根据最新公布的数据，平均年龄已上升。', '（新加坡讯）', undefined],
    ['本报讯（记者 陈嘉）记者走访了江城。', '本报讯（记者 陈嘉）', '陈嘉'],
    ['本报北京3月5日讯 记者从国家发展改革委获悉。', '本报北京3月5日讯', undefined],
    ['本报记者走访了江城。', undefined, undefined],
  ])('a paper’s …讯 dateline: %s', (opening, dateline, author) => {
    const { doc } = read(`江城新建幼儿园\n\n${opening}\n\n记者：进度如何？\n\n园长：进度顺利。\n`);
    expect(doc.children.find((c) => c.type === 'lede')).toMatchObject(dateline ? { dateline } : { type: 'lede' });
    if (!dateline) expect(doc.children.find((c) => c.type === 'lede')).not.toHaveProperty('dateline');
    expect(doc.data.stated.author).toBe(author);
  });
});

describe('a reporter’s narration between quoted speakers', () => {
  const shape = (text: string) => read(text).doc.children.map((c) => (c.type === 'turn' ? `${c.speaker}:${c.children.length}` : c.type));
  const head = '把论文写在祖国大地上\n——访院士李明华\n\n本报记者 陈嘉\n\n初夏的江城，记者见到了李明华。\n\n记者：您为什么坚持在田间？\n\n李明华：问题在田里。\n\n';
  const tail = '\n\n记者：有什么建议？\n\n李明华：要沉得下心。\n';

  it.each([
    ['a reporter writing (记者了解到)', '记者了解到，新品种已推广三千多万亩。'],
    ['an attributed quotation', '“我们做的事，要让农民得实惠。”李明华说。'],
    ['a quotation attributed by a reminder', '“短时强降雨往往来得快，市民要远离低洼地带。”李明华提醒。'],
    ['the speaker and a verb of reporting', '李明华介绍，团队有四十多人。'],
    ['a pronoun told the reporter', '她告诉记者，女儿变化很大。'],
    ['the speaker took the reporter somewhere', '采访结束时，李明华带记者走进了试验田。'],
    ['a quotation attributed in the middle', '墙上挂着老照片。“那时候想的是多打粮，”他笑着说，“现在想的是种子。”'],
    ['the speaker named introducing a quotation', '夜色渐深，试验田里亮起了灯。李明华望着远处说：“明年还要再扩三百亩。”'],
  ])('ends the turn above: %s', (_, narration) => {
    // The narration and the paragraph after it stand outside any turn.
    expect(shape(`${head}${narration}\n\n下一段叙述。${tail}`).slice(-5)).toEqual(['李明华:1', 'paragraph', 'paragraph', '记者:1', '李明华:1']);
  });

  it('control: speech over several paragraphs, and a spokesperson telling "记者朋友们", stay in the turn', () => {
    expect(shape(`${head}第二段话，我们每年都去基地。\n\n我想告诉记者朋友们，田里有答案。${tail}`).slice(-3)).toEqual(['李明华:3', '记者:1', '李明华:1']);
    // The speaker quoting someone else (我常跟学生说：“…”) is speech too.
    expect(shape(`${head}我常跟学生说：“论文要写在田里。”${tail}`).slice(-3)).toEqual(['李明华:2', '记者:1', '李明华:1']);
  });
});

describe('an edition note under the headline', () => {
  it('（根据会议记录整理，未经本人审阅） is no lede (control: a paragraph in its place is)', () => {
    const text = '广东代表团分组审议发言摘要\n\n（根据会议记录整理，未经本人审阅）\n\n陈国栋：请李建华代表发言。\n\n李建华：我完全赞成这个报告。\n\n陈国栋：谢谢。\n';
    const { doc } = read(text);
    expect(doc.children.some((c) => c.type === 'lede')).toBe(false);
    expect(doc.children.map((c) => toString(c))).toContain('（根据会议记录整理，未经本人审阅）');
    expect(read(text.replace('（根据会议记录整理，未经本人审阅）', '本报北京3月6日电 广东代表团今天上午分组审议政府工作报告。')).doc.children.some((c) => c.type === 'lede')).toBe(true);
  });
});

describe('a list in an answer, cut over lines', () => {
  it('the next point (（二）, 3.) starts afresh though the one above ends in ；及; a point stopping at a comma continues on the next line', () => {
    const text = '质询实录\n\n议员：请问政府会否检讨配额？\n\n局长：主席，政府的答复如下：\n（一）我们会检讨现行的回收配额；及\n（二）研究在公共屋邨推行垃圾按量收费的可行性。\n2.实施中小企业数字化转型专项行动，\n让更多企业敢转、能转、会转；\n\n议员：谢谢局长。\n';
    const answer = read(text).doc.children.filter((c) => c.type === 'turn')[1]!;
    expect(answer.children.map((p) => toString(p))).toEqual(['主席，政府的答复如下：', '（一）我们会检讨现行的回收配额；及', '（二）研究在公共屋邨推行垃圾按量收费的可行性。', '2.实施中小企业数字化转型专项行动，让更多企业敢转、能转、会转；']);
  });
});

describe('page furniture', () => {
  it('a folio or jump line between paragraphs is left out with a warning, and the paragraph it cut is joined (control: a number in a sentence stays)', () => {
    const text = '发布会实录\n\n记者：请问进展如何？\n\n冉晓峰：今年以来，我们新建了一批基础设施项目，\n\n— 3 —\n\n总投资超过三百亿元。\n\n（下转第3版）\n\n记者：谢谢。\n';
    const { doc, warnings } = read(text);
    const turns = doc.children.filter((c) => c.type === 'turn').map((t) => toString(t));
    expect(turns).toEqual(['请问进展如何？', '今年以来，我们新建了一批基础设施项目，总投资超过三百亿元。', '谢谢。']);
    expect(warnings.filter((w) => w.code === 'page-furniture').map((w) => w.line)).toEqual([7, 11]);
    expect(toString(read('发布会实录\n\n记者：第3页写了什么？\n\n冉晓峰：写了 3 个数字。\n').doc)).toContain('写了3个数字');
  });

  it('so is a newspaper\'s running head (name, date, page number); a line left with a quotation open is joined to the next', () => {
    const text = '专访市水务局局长\n\n记者：内涝怎么办？\n\n陈志刚：这个批评我们接受。今年我们上线了“城市内涝\n江城日报  2025年6月9日  星期一              4\n一张图”，市民在手机上就能看到积水点。\n\n记者：谢谢。\n';
    const { doc, warnings } = read(text);
    expect(doc.children.filter((c) => c.type === 'turn').map((t) => toString(t))[1]).toBe('这个批评我们接受。今年我们上线了“城市内涝一张图”，市民在手机上就能看到积水点。');
    expect(warnings.filter((w) => w.code === 'page-furniture').map((w) => w.line)).toEqual([6]);
  });

  it('so is a line repeated under the folios (a PDF copy\'s running head), the title atop kept; once, it stays (control)', () => {
    const page = (n: number) => `\n\n- ${n} -\n\n江城市生态环境局答记者问\n`;
    const text = `江城市生态环境局答记者问\n\n问：此次修订有哪些亮点？\n答：一是强化协同治理；二是突出源头${page(1)}防控，实行区域削减替代；三是加大处罚力度，对拒不改正的违法行为实行按日连续处罚${page(2)}的制度。\n`;
    const { doc, warnings } = read(text);
    expect(doc.data.stated.title).toBe('江城市生态环境局答记者问');
    expect(doc.children.filter((c) => c.type === 'turn').map((t) => toString(t))[1]).toBe('一是强化协同治理；二是突出源头防控，实行区域削减替代；三是加大处罚力度，对拒不改正的违法行为实行按日连续处罚的制度。');
    expect(warnings.filter((w) => w.code === 'page-furniture').map((w) => w.line)).toEqual([6, 8, 11, 13]);
    const once = read(text.replace(page(2), '的制度。\n\n问：何时施行？\n答：明年。')).doc;
    expect(toString(once)).toContain('二是突出源头江城市生态环境局答记者问');
  });
});

describe('a headline wholly in quotation marks', () => {
  it('atop the text titles it, the dash line under it the deck; under a headline, such a line is the deck (control)', () => {
    const { doc } = read('“我们修的不只是书，是一座城的记忆”\n——对话古籍修复师\n\n编者按：本期我们走进修复室。\n\nQ：为什么选择古籍修复？\n\nA：说来也巧。\n');
    expect([doc.data.stated.title, doc.data.stated.description]).toEqual(['“我们修的不只是书，是一座城的记忆”', '对话古籍修复师']);
    const under = read('古籍修复师柯婉宁专访\n\n“我们修的不只是书，是一座城的记忆”\n\n编者按：本期我们走进修复室。\n\nQ：为什么？\n\nA：说来也巧。\n').doc;
    expect([under.data.stated.title, under.data.stated.description]).toEqual(['古籍修复师柯婉宁专访', '我们修的不只是书，是一座城的记忆']);
  });
});

describe('a court record', () => {
  const record = '江城市南湖区人民法院\n庭审笔录\n\n案号：（2026）江0102刑初318号\n开庭时间：2026年4月16日9时30分\n审判长：韩振宇   审判员：苏岚   人民陪审员：曹德明\n辩护人：邵文博，江城衡信律师事务所律师\n\n（书记员宣布法庭纪律）\n审判长：现在开庭。\n被告人：没有意见。\n审判长：休庭。\n';

  it('is titled by its kind of record, never by a row of fields or the case number (a title-uncertain warning names it)', () => {
    const { doc, warnings } = read(record);
    expect(doc.data.stated.title).toBe('庭审笔录');
    expect(warnings.map((w) => w.code)).toContain('title-uncertain');
  });

  it('its header naming someone and who they are, and its signature, are no turns; speech is (control)', () => {
    const signed = `${record}\n（闭庭）\n以上笔录经本人阅读，确认无误。\n被告人：庞志远（签名）\n`.replace('辩护人：邵文博，江城衡信律师事务所律师', '被告人：庞志远，男，1988年7月3日出生，汉族。\n辩护人：邵文博，江城衡信律师事务所律师');
    const spoken = read(signed).doc.children.flatMap((c) => (c.type === 'turn' ? [`${c.speaker}:${toString(c)}`] : []));
    expect(spoken).toEqual(['审判长:现在开庭。', '被告人:没有意见。', '审判长:休庭。']);
    expect(read(signed.replace('被告人：庞志远（签名）', '被告人：庞志远，我没有异议。')).doc.children.filter((c) => c.type === 'turn')).toHaveLength(4);
  });

  it('`被告人庞志远：` once, then `被告人：`, is one person, 庞志远', () => {
    const named = read(record.replace('被告人：没有意见。', '被告人庞志远：没有意见。\n审判长：还有补充吗？\n被告人：没有了。')).doc;
    expect(named.children.flatMap((c) => (c.type === 'turn' && c.role === 'answer' ? [c.person ?? c.speaker] : []))).toEqual(['庞志远', '庞志远']);
  });

  it('a note wholly in brackets is never joined to the line above it, though that ends without a stop (control: a plain line is)', () => {
    const texts = (text: string) => read(text).doc.children.flatMap((c) => (c.type === 'turn' ? c.children.map((p) => toString(p)) : [toString(c)]));
    expect(texts(record)).toContain('（书记员宣布法庭纪律）');
    expect(texts(record.replace('（书记员宣布法庭纪律）', '书记员宣布法庭纪律后开庭'))).not.toContain('书记员宣布法庭纪律后开庭');
  });
});

describe('an official title over two lines', () => {
  it('`关于《…（修订草案）》` then `答记者问` is one headline, the office above it its kicker; a line of its own after 关于 that names no kind of document is not joined (control)', () => {
    const release = (last: string) => read(`江城市生态环境局\n关于《江城市大气污染防治条例（修订草案）》\n${last}\n\n近日，市生态环境局负责人接受了记者采访。\n\n问：背景是什么？\n\n答：现行条例施行已近十年。\n`).doc;
    const doc = release('答记者问');
    expect(doc.data.stated.title).toBe('关于《江城市大气污染防治条例（修订草案）》答记者问');
    expect(doc.children.slice(0, 2).map((c) => [c.type, toString(c)])).toEqual([['kicker', '江城市生态环境局'], ['headline', '关于《江城市大气污染防治条例（修订草案）》答记者问']]);
    expect(release('江城市人民政府').data.stated.title).not.toContain('江城市人民政府');
  });
});

describe('a line cut by a PDF copy', () => {
  it('is joined to the next though that opens with a decimal (`86.3%`) or it ends in a book title (`《…》`); a numbered point is not (control)', () => {
    const text = '答记者问\n\n近日，江城市生态环境局就《江城市大气污染防治条例（修订草案）》\n公开征求意见。\n\n问：背景是什么？\n\n答：2025年全市PM2.5年均浓度降至31微克/立方米，优良天数比例达到\n86.3%。但是，臭氧污染问题日益突出。\n1.强化协同治理，首次将臭氧写入条例。\n';
    const { doc } = read(text);
    expect(doc.children.map((c) => toString(c))).toContain('近日，江城市生态环境局就《江城市大气污染防治条例（修订草案）》公开征求意见。');
    const answer = doc.children.filter((c) => c.type === 'turn')[1]!;
    expect(answer.children.map((p) => toString(p))).toEqual(['2025年全市PM2.5年均浓度降至31微克/立方米，优良天数比例达到86.3%。但是，臭氧污染问题日益突出。', '1.强化协同治理，首次将臭氧写入条例。']);
  });
});

describe('separator lines', () => {
  it('a row of ornaments under the headline (a Hong Kong press release’s ＊＊＊) is a rule, never the headline', () => {
    const { doc } = read('行政長官會見傳媒開場發言及答問內容（只有中文）\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n\n　　以下為行政長官的開場發言及答問內容：\n\n記者：請問明天的重點是甚麼？\n\n行政長官：明天會公布。\n\n記者：有沒有時間表？\n\n行政長官：會盡快。\n');
    expect(doc.data.stated.title).toBe('行政長官會見傳媒開場發言及答問內容（只有中文）');
    expect(doc.children.slice(0, 2).map((c) => c.type)).toEqual(['headline', 'thematicBreak']);
  });

  it('between paragraphs: a rule, never joined to a paragraph cut short above it; dashes alone are not one (control)', () => {
    const types = (text: string) => read(text).doc.children.map((c) => c.type);
    expect(types('江城的春天来得早，三月初街上的玉兰花就已经开了，河边散步的人也一天比一天多了起来，街上的\n\n※ ※ ※\n\n第二部分从这里开始。\n')).toEqual(['paragraph', 'thematicBreak', 'paragraph']);
    expect(types('第一段。\n\n======\n\n第二段。\n')).toEqual(['paragraph', 'thematicBreak', 'paragraph']);
    expect(types('第一段。\n\n——\n\n第二段。\n')).not.toContain('thematicBreak');
  });
});
