/**
 * Speaker labels of every shape the README lists, the label→role table, and
 * aliases; with lines that look like labels but are not.
 */
import { describe, expect, it } from 'vitest';
import { candidateLabel } from '../../src/source/labels.js';
import { asks, assignRoles, englishTwins, lexiconRole, resolveAliases } from '../../src/source/speakers.js';

describe('labels', () => {
  it.each([
    ['王毅：各位好。', '王毅', '王毅', undefined],
    ['王毅:各位好。', '王毅', '王毅', undefined],
    ['【记者】请问？', '记者', '记者', undefined],
    ['【主持人】：欢迎。', '主持人', '主持人', undefined],
    ['主持人（王晓）：上午好。', '主持人（王晓）', '王晓', undefined],
    ['刘明（市发展改革委副主任）：谢谢。', '刘明（市发展改革委副主任）', '刘明', undefined],
    ['GAO ZHENYU: There were two reasons.', 'GAO ZHENYU', 'GAO ZHENYU', undefined],
    ['Chair Lindqvist: Good evening.', 'Chair Lindqvist', 'Chair Lindqvist', undefined],
    ['Q：价格呢？', 'Q', 'Q', undefined],
    ['问题 3：进展如何？', '问题 3', '问题', undefined],
    ['Question 12: When?', 'Question 12', 'Question', undefined],
    ['问1：今年的形势如何？', '问1', '问', undefined],
    ['问题三：防控重点是什么？', '问题三', '问题', undefined],
    ['Q2: When?', 'Q2', 'Q', undefined],
    ['1、法新社记者：中方对此有何回应？', '1、法新社记者', '法新社记者', undefined],
    ['19. CNN记者: 请问？', '19. CNN记者', 'CNN记者', undefined],
    ['[00:12:34] 主持人：欢迎收听。', '主持人', '主持人', '00:12:34'],
    ['00:12:34 陆骁：大家好。', '陆骁', '陆骁', '00:12:34'],
    ['(12:34) 蔡文渊：好。', '蔡文渊', '蔡文渊', '12:34'],
    ['《人民日报》记者：请问？', '《人民日报》记者', '《人民日报》记者', undefined],
    ['专家回答：3月1日开始。', '专家回答', '专家回答', undefined],
    ['路透社记者John Smith：中方会反制吗？', '路透社记者John Smith', 'John Smith', undefined],
    ['李道：谢谢。', '李道', '李道', undefined],
    ['记者提问：请问？', '记者提问', '记者提问', undefined],
    ['记者问：体育分值会提高吗？', '记者问', '记者问', undefined],
    ['記者問：是否延後公告？', '記者問', '記者問', undefined],
    ['网友问：什么时候开放？', '网友问', '网友问', undefined],
    ['网友“小树苗”问：应该去哪里报名？', '网友“小树苗”问', '网友“小树苗”问', undefined],
    ['读者「阿明」：书店还能活下去吗？', '读者「阿明」', '读者「阿明」', undefined],
    ['工业和信息化部部长 李乐成：', '工业和信息化部部长 李乐成', '李乐成', undefined],
    ['国务院新闻办公室新闻局副局长、新闻发言人 寿小丽：', '国务院新闻办公室新闻局副局长、新闻发言人 寿小丽', '寿小丽', undefined],
    ['主持人 寿小丽：', '主持人 寿小丽', '寿小丽', undefined],
    ['郑委员补充：社区食堂也要跟上。', '郑委员补充', '郑委员', undefined],
    ['嘉宾 张蕾（清华大学新闻学院教授）：大家好。', '嘉宾 张蕾（清华大学新闻学院教授）', '张蕾', undefined],
    ['嘉宾 张蕾：大家好。', '嘉宾 张蕾', '张蕾', undefined],
    ['记者追问：那么时间表呢？', '记者追问', '记者', undefined],
    ['王晓明  00:00:05', '王晓明', '王晓明', '00:00:05'],
    ['说话人1 00:01:10', '说话人1', '说话人1', '00:01:10'],
    ['说话人1(00:00:08):', '说话人1', '说话人1', '00:00:08'],
    ['Tim Wang（摩根士丹利）：请问？', 'Tim Wang（摩根士丹利）', 'Tim Wang', undefined],
    ['中金公司分析师 何一鸣：请问毛利率怎么看？', '中金公司分析师 何一鸣', '何一鸣', undefined],
    ['高盛分析师 Rachel Wu：Thank you.', '高盛分析师 Rachel Wu', 'Rachel Wu', undefined],
    // A firm in Latin letters before who asks (normalisation takes the space out between Han and Latin letters).
    ['Morgan Stanley分析师Kevin Zhou：Thanks.', 'Morgan Stanley分析师Kevin Zhou', 'Kevin Zhou', undefined],
    ['Morgan Stanley分析师 周凯文：毛利率呢？', 'Morgan Stanley分析师 周凯文', '周凯文', undefined],
    // An English outlet in brackets after a space, as the Hong Kong government's English releases print it.
    ['Reporter (South China Morning Post): Chief Executive, will there be new measures?', 'Reporter (South China Morning Post)', 'Reporter', undefined],
    ['新华社记者 王晓：请问？', '新华社记者 王晓', '王晓', undefined],
    ['张伟(市交通局) 00:00:41', '张伟(市交通局)', '张伟', '00:00:41'],
    ['刘晓琳（公交集团）（00:03:26）：', '刘晓琳（公交集团）', '刘晓琳', '00:03:26'],
    ['《海峡时报》（The Straits Times）记者：Minister，想请问…', '《海峡时报》（The Straits Times）记者', '《海峡时报》（The Straits Times）记者', undefined],
    ['听证参加人（消费者代表）王某：我支持方案二。', '听证参加人（消费者代表）王某', '王某', undefined],
    // A party to a trial run into their name, as a court record labels them.
    ['被告人庞志远：我认罪。', '被告人庞志远', '庞志远', undefined],
    ['保安局局長 鄧志明 (Secretary for Security)：', '保安局局長 鄧志明 (Secretary for Security)', '鄧志明', undefined],
    ['警務處副處長（行動） 何家俊 (Deputy Commissioner of Police (Operations))：', '警務處副處長（行動） 何家俊 (Deputy Commissioner of Police (Operations))', '何家俊', undefined],
    ['宁远山（中国作家协会全国委员会委员、省作家协会副主席、桃坪村驻村第一书记）：大家好。', '宁远山（中国作家协会全国委员会委员、省作家协会副主席、桃坪村驻村第一书记）', '宁远山', undefined],
  ])('%s', (text, speaker, person, time) => {
    const label = candidateLabel(text);
    expect(label).toMatchObject({ speaker, person });
    expect(label?.time).toBe(time);
  });

  it.each([
    ['a time of day', '10:30 会议开始。'],
    ['a word run into a time', 'APEC10:30'],
    ['a URL', 'https://example.cn/a'],
    ['reported speech', '有网友在留言中写道：强烈建议延长开放时间。'],
    ['a sentence before the colon', '他说，这件事：很重要。'],
    ['a quotation', '“社区食堂”开到家门口：访处长'],
    ['a body reporting speech', '会议指出：全国两会是重要会议。'],
    ['a person reporting speech', '王毅表示：中方欢迎。'],
    ['an enumerator', '一是：完成了水库除险加固；'],
    ['an ordinal', '第二：加强预警。'],
    ['a kicker before a quoted headline', '专访丨市住建局局长张明：老旧小区改造今年再启动120个'],
    ['two spaces in a row', '路透社记者John  Smith：中方会反制吗？'],
    ['a pronoun reporting speech', '他说：“我们会继续努力。”'],
    ['a name reporting speech', '王毅说：中方欢迎。'],
    ['a name reporting a question', '王毅问：这公平吗？'],
    ['a connective', '例如：新建学校三所。'],
    ['a quotation after a name', '他说“明天见”：好的。'],
    ['a quoted word after a role that is no member of the public', '局长“一把手”问：为什么？'],
    ['a salutation holding a role word', '各位代表：'],
    ['a numbered point with a key', '1、总体要求：坚持稳中求进。'],
    ['a salutation to members', '尊敬的各位委员：'],
    ['a salutation to comrades', '同志们：'],
    ['a salutation to ladies and gentlemen', '女士们、先生们：今天我们在这里开会。'],
    ['a sentence in the first person, though a role word is in it', '我一直觉得翻译有两种失败：一种是太像原文。'],
    ['a sentence in the second person', '你看这个数字：增长了一倍。'],
  ])('not a label: %s', (_, text) => {
    expect(candidateLabel(text)).toBeUndefined();
  });

  it.each([
    ['a headline whose kicker a space parts from its words', '外交部发言人 汪文斌：中方坚决反对单边制裁', '汪文斌'],
    ['an office and a name followed by words on the line', '工业和信息化部部长 李乐成：制造业占比近30%', '李乐成'],
    ['an office in brackets, a name and its gloss, words after', '警務處副處長（行動） 何家俊 (Deputy Commissioner of Police (Operations))：我補充一下。', '何家俊'],
  ])('a label only where it recurs: %s', (_, text, person) => {
    expect(candidateLabel(text)).toMatchObject({ person, onlyIfRecurring: true });
  });
});

describe('roles', () => {
  it.each([
    ['中央社', 'question'],
    ['NHK', 'question'],
    ['江城日报记者', 'question'],
    ['汪建明委员', 'question'],
    ['委员张华', 'question'],
    ['公诉人', 'question'],
    ['经济部部长林建宏', 'answer'],
    ['被告人', 'answer'],
    ['SPOKESPERSON', 'answer'],
    ['主持人（常委会副主任何卫平）', 'moderator'],
    ['审判长', 'moderator'],
    ['操作员', 'moderator'],
    ['Operator', 'moderator'],
    ['Chair Lindqvist', 'moderator'],
    // A legislature's president chairs (`PRESIDENT: Mr LAU, has your supplementary question been answered?`).
    ['PRESIDENT', 'moderator'],
    ['翻译', 'interpreter'],
    ['陆骁', undefined],
    ['学生（齐声）', 'other'],
    ['观众（齐声）', 'other'],
  ])('the table: %s → %s', (label, role) => {
    expect(lexiconRole(label)).toBe(role);
  });

  it('a speaker who mostly asks asks; the others answer; a moderator alone with one guest is the interviewer', () => {
    const turns = [
      { person: '主持人', speaker: '主持人', text: '欢迎。今天的嘉宾是谁？' },
      { person: '范若曦', speaker: '范若曦', text: '大家好。' },
      { person: '主持人', speaker: '主持人', text: '为什么做这个产品？' },
      { person: '范若曦', speaker: '范若曦', text: '因为我外婆。' },
    ];
    expect(Object.fromEntries(assignRoles(turns))).toEqual({ 主持人: 'question', 范若曦: 'answer' });
    // With a second guest the moderator moderates.
    const three = [...turns, { person: '贺宁', speaker: '贺宁', text: '我补充一点。' }];
    expect(Object.fromEntries(assignRoles(three))).toEqual({ 主持人: 'moderator', 范若曦: 'answer', 贺宁: 'answer' });
    // A correction wins, by person or by label.
    expect(assignRoles(turns, new Map([['范若曦', 'other']])).get('范若曦')).toBe('other');
  });

  it('a speaker whose every turn gives the floor or closes the session chairs it, a spokesperson\'s title notwithstanding', () => {
    const host = { person: '寿小丽', speaker: '新闻发言人 寿小丽' };
    const turns = [
      { ...host, text: '女士们、先生们，大家上午好。欢迎出席新闻发布会。下面，先请刘晓东先生作介绍。' },
      { person: '刘晓东', speaker: '国家统计局副局长 刘晓东', text: '前三季度经济运行总体平稳。' },
      { ...host, text: '谢谢刘晓东先生。下面请记者朋友提问。' },
      { person: '路透社记者', speaker: '路透社记者', text: '请问消费何时回升？' },
      { person: '刘晓东', speaker: '国家统计局副局长 刘晓东', text: '四季度有望回升。' },
      { ...host, text: '今天的发布会到此结束。谢谢大家。' },
    ];
    expect(Object.fromEntries(assignRoles(turns))).toEqual({ 寿小丽: 'moderator', 刘晓东: 'answer', 路透社记者: 'question' });
    // Control: a spokesperson who gives the floor once and answers the rest answers.
    const briefing = [
      { person: '毛宁', speaker: '发言人 毛宁', text: '下面请提问。' },
      { person: '路透社记者', speaker: '路透社记者', text: '请问中方如何评论？' },
      { person: '毛宁', speaker: '发言人 毛宁', text: '中方一贯主张对话。' },
    ];
    expect(assignRoles(briefing).get('毛宁')).toBe('answer');
  });

  it('asks: a final question mark or an opening 请问', () => {
    expect(asks('这是为什么？')).toBe(true);
    expect(asks('请问部长，进度如何。')).toBe(true);
    expect(asks('我们会继续努力。')).toBe(false);
  });

  it('asks: a short turn opening with a question, then why it is asked; a long answer with a rhetorical question does not', () => {
    expect(asks('那费用怎么分摊？我们退休工人，拿不出那么多钱。')).toBe(true);
    expect(asks(`为什么要这样做？因为${'老旧小区的居民大多是老人，上下楼不便，'.repeat(3)}加装电梯是他们最迫切的需要。`)).toBe(false);
    expect(asks('这个问题很关键。低层住户怎么办？可以获得补偿。')).toBe(false);
  });

  it('aliases: a label holding a name, or a surname with a title, are that person; two names with one surname stay apart', () => {
    expect(Object.fromEntries(resolveAliases(['邵明远', '局长邵明远', '邵局长', '主持人']))).toEqual({ 局长邵明远: '邵明远', 邵局长: '邵明远' });
    expect(Object.fromEntries(resolveAliases(['王毅', '外长王毅', '王外长']))).toEqual({ 外长王毅: '王毅', 王外长: '王毅' });
    expect(resolveAliases(['王毅', '王伟', '王部长']).size).toBe(0);
    // A vice-minister (次長) and a deputy (副部长) by surname and title, as Taiwan and mainland briefings call them.
    expect(Object.fromEntries(resolveAliases(['王必勝', '王次長', '李忠', '李副部长']))).toEqual({ 王次長: '王必勝', 李副部长: '李忠' });
    // Two titles of one surname, no name: two people (a 局长 and a bank's 行长), neither the other's alias.
    expect(resolveAliases(['王局长', '王行长', '张主任']).size).toBe(0);
  });
});

describe('bilingual twins', () => {
  const turn = (person: string, text: string) => ({ person, speaker: person, text });
  const bilingual = [
    turn('主持人', '王教授，您怎么看今年的前景？'), turn('Moderator', 'Professor Wang, how do you see the outlook?'),
    turn('王立群', '我认为总体是谨慎乐观的。'), turn('Wang Liqun', 'I am cautiously optimistic.'),
    turn('主持人', '人工智能会导致失业吗？'), turn('Moderator', 'Will AI lead to unemployment?'),
    turn('王立群', '短期内会有冲击。'), turn('Wang Liqun', 'In the short term there will be shocks.'),
  ];

  it('pairs each English label with the Han label it translates, and the moderator alone with a guest asks', () => {
    expect(englishTwins(bilingual)).toEqual(new Map([['Moderator', '主持人'], ['Wang Liqun', '王立群']]));
    const roles = assignRoles(bilingual);
    expect([...roles]).toEqual([['主持人', 'question'], ['Moderator', 'question'], ['王立群', 'answer'], ['Wang Liqun', 'answer']]);
  });

  it('an English answer to a Chinese host, or an interpreter, is no twin', () => {
    const host = [turn('主持人', '您怎么看？'), turn('Smith', 'I am optimistic.'), turn('主持人', '为什么？'), turn('Smith', 'Because of trade.')];
    expect(englishTwins(host)).toEqual(new Map());
    expect(assignRoles(host).get('Smith')).toBe('answer');
    const interpreted = [turn('王毅', '中方欢迎。'), turn('Interpreter', 'China welcomes it.'), turn('王毅', '谢谢。'), turn('Interpreter', 'Thank you.')];
    expect(assignRoles(interpreted).get('Interpreter')).toBe('interpreter');
  });

  it('an outlet asking in Chinese after each answer is no twin', () => {
    const briefing = [turn('林涛', '下午好。'), turn('REUTERS', '中方会反制吗？'), turn('林涛', '我没有消息。'), turn('REUTERS', '何时公布？')];
    expect(englishTwins(briefing)).toEqual(new Map());
  });
});
