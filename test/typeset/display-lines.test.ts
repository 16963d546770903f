import { describe, expect, it } from 'vitest';
import { balanceLines, budouxPhrases, phrases, shorten } from '../../src/typeset/display-lines.js';
import { breaksInsideWords } from '../support/display-lines.js';

describe('display lines: phrases', () => {
  it('gives the text back exactly, cut only where BudouX and the word dictionary both allow', () => {
    const headline = '王毅就中国外交政策和对外关系回答中外记者提问';
    const units = phrases(headline, 'zh-Hans');
    expect(units.join('')).toBe(headline);
    expect(units).toContain('和对外');
    expect(units).toContain('政策');
    // BudouX alone splits these words; the dictionary keeps them whole.
    expect(budouxPhrases('元首外交是中国外交的定盘星', 'zh-Hans').slice(0, 2)).toEqual(['元', '首']);
    expect(phrases('元首外交是中国外交的定盘星', 'zh-Hans').slice(0, 2)).toEqual(['元首', '外交']);
    expect(phrases('你身后的祖国稳如泰山', 'zh-Hans').at(-1)).toBe('稳如泰山');
  });

  it('uses the Traditional model for zh-Hant and only spaces for English', () => {
    expect(phrases('外交部發言人就國際形勢答記者問', 'zh-Hant').join('')).toBe('外交部發言人就國際形勢答記者問');
    expect(phrases('外交部發言人就國際形勢答記者問', 'zh-Hant').length).toBeGreaterThan(3);
    expect(phrases('Foreign policy and external relations', 'en')).toEqual(['Foreign ', 'policy ', 'and ', 'external ', 'relations']);
  });

  it('keeps a date whole (control: BudouX alone splits it)', () => {
    expect(budouxPhrases('中華民國115年3月18日行政院院會後記者會', 'zh-Hant')).toContain('3月');
    expect(phrases('中華民國115年3月18日行政院院會後記者會', 'zh-Hant')).toContain('115年3月18日');
    expect(phrases('国务院新闻办公室2026年5月6日举行新闻发布会', 'zh-Hans')).toContain('2026年5月6日');
    expect(phrases('二〇二六年三月八日的讲话', 'zh-Hans')[0]).toBe('二〇二六年三月八日的');
  });

  it('keeps numeral runs, ordinals and short quoted terms whole (control: BudouX alone splits them)', () => {
    expect(budouxPhrases('编制好“十五五”规划', 'zh-Hans')).toContain('“十五');
    expect(phrases('编制好“十五五”规划', 'zh-Hans')).toContain('“十五五”');
    expect(phrases('十五五规划开局之年', 'zh-Hans')[0]).toBe('十五五');
    expect(phrases('《岛屿对话》第58集：台湾的能源转型', 'zh-Hans').slice(0, 2)).toEqual(['《岛屿对话》', '第58集：']);
    expect(phrases('第十四届全国人大第四次会议', 'zh-Hans')).toContain('第四次');
    // A quoted sentence is not a term: it still breaks between its phrases.
    expect(phrases('保持“风雨不动安如山的战略定力”', 'zh-Hans')).not.toContain('“风雨不动安如山的战略定力”');
  });

  it('ends and starts no line with a lone Han character: it joins the phrase after it, a particle the phrase before (control: both segmenters cut there)', () => {
    expect(budouxPhrases('新能源车价格战', 'zh-Hans')[0]).toBe('新');
    expect(phrases('财经面对面：新能源车价格战还要打多久', 'zh-Hans')).toEqual(['财经面对面：', '新能源车', '价格战', '还要', '打多久']);
    expect(phrases('乡村观察田野调查组', 'zh-Hans').at(-1)).toBe('调查组');
    expect(phrases('编制好“十五五”规划', 'zh-Hans')[0]).toBe('编制好');
  });

  it('keeps a suffix with its word and a name ICU does not know whole (control: both segmenters cut there)', () => {
    const headline = '《山河周刊》专访：翻译家沈慕秋谈五十年译事';
    expect(budouxPhrases(headline, 'zh-Hans')).toEqual(expect.arrayContaining(['翻译', '家', '沈慕']));
    expect(phrases(headline, 'zh-Hans')).toEqual(['《山河周刊》', '专访：', '翻译家', '沈慕秋谈五十年', '译事']);
    expect(phrases('传染病防控工作新闻发布会', 'zh-Hans')[0]).toMatch(/^传染病/);
    expect(phrases('科学家王小明谈人工智能', 'zh-Hans').slice(0, 2)).toEqual(['科学家', '王小明']);
    // A place and its level, a gas: both segmenters cut 江州|市 and 天然|气.
    const hearing = '关于调整江州市居民用天然气销售价格的听证会';
    expect(budouxPhrases(hearing, 'zh-Hans')).toEqual(expect.arrayContaining(['江州', '市', '天然']));
    expect(phrases(hearing, 'zh-Hans')).toEqual(['关于', '调整', '江州市', '居民用', '天然气销售', '价格的', '听证会']);
  });

  it('never starts a unit with closing punctuation nor ends one with an opening mark', () => {
    for (const u of phrases('始终“风雨不动安如山”，推动APEC从深圳再出发。', 'zh-Hans').slice(1)) expect(u).not.toMatch(/^[，。”）》]/);
    for (const u of phrases('始终“风雨不动安如山”，推动APEC从深圳再出发。', 'zh-Hans').slice(0, -1)) expect(u).not.toMatch(/[“（《]$/);
  });
});

describe('display lines: balanced breaking', () => {
  const width = (items: string[]) => items.join('').length;
  it('breaks into the fewest lines and then evens them out', () => {
    const units = phrases('你面前的世界乱象丛生，你身后的祖国稳如泰山', 'zh-Hans').map((p) => [...p]);
    const greedy = 16;
    const lines = balanceLines(units, width, greedy).map((l) => l.join(''));
    expect(lines).toEqual(['你面前的世界乱象丛生，', '你身后的祖国稳如泰山']);
  });
  it('breaks a unit wider than the measure between its items', () => {
    expect(balanceLines([[...'稳如泰山']], width, 2).map((l) => l.join(''))).toEqual(['稳如', '泰山']);
  });
});

describe('display lines: shortening', () => {
  it('cuts at a phrase boundary and adds the Chinese ellipsis', () => {
    const short = shorten('推动APEC从深圳再出发，向着亚太共同体目标再启航', 'zh-Hans', (s) => s.length <= 12);
    expect(short).toBe('推动APEC从深圳……');
    expect(shorten('谈中美关系', 'zh-Hans', () => true)).toBe('谈中美关系');
  });

  it('measures only candidates from the opening of a long paragraph (a one-line speech-recognition export)', () => {
    const sentence = '我们统计了一下，全市共有老旧小区一千多个，涉及居民二十多万户。';
    const long = sentence.repeat(6000);
    const measured: string[] = [];
    const short = shorten(long, 'zh-Hans', (s) => (measured.push(s), s.length <= 20));
    // The same cut as from the first sentence alone; every candidate measured is short (the code before tried every
    // prefix from the whole paragraph down: 24 000 candidates, most of them longer than the paragraph's first page).
    expect(short).toBe(shorten(sentence + sentence, 'zh-Hans', (s) => s.length <= 20));
    expect(short.length).toBeLessThanOrEqual(20);
    expect(Math.max(...measured.slice(1).map((s) => s.length))).toBeLessThan(40);
  });
});

describe('display lines: the checker', () => {
  it('accepts breaks between BudouX phrases and finds one inside a word (negative control)', () => {
    expect(breaksInsideWords(['王毅就中国外交政策', '和对外关系'], 'zh-Hans')).toEqual([]);
    expect(breaksInsideWords(['你身后的祖国稳', '如泰山'], 'zh-Hans')).toEqual(['身后的祖国稳|如泰山']);
  });
});
