/** Typed spaces and ASCII punctuation in Chinese text (src/source/punctuation.ts; README, "Punctuation"). */
import { describe, expect, it } from 'vitest';
import { normalisePunctuation } from '../../src/source/punctuation.js';

describe('typed spaces and ASCII marks in Chinese text', () => {
  it.each([
    ['between Han characters in running text', '记者会上， 发言人 表示。', '记者会上，发言人表示。'],
    ['between Han and Latin or digits', '三季度 GDP 同比增长 5.2% 。', '三季度GDP同比增长5.2%。'],
    ['two spaces parting a name and a date on a line of fields (a signature), kept', '陈晓东  2025年7月8日', '陈晓东  2025年7月8日'],
    ['one space there, dropped (control)', '陈晓东 2025年7月8日', '陈晓东2025年7月8日'],
    ['two spaces in running text, dropped (control)', '我们在  2025年完成了改造。', '我们在2025年完成了改造。'],
    ['after a news credit, kept', '本报讯 市住建局今天介绍了进展。', '本报讯 市住建局今天介绍了进展。'],
    ['between the names of a credit in brackets, kept', '据新华社北京3月8日电（记者 王宁 刘华）今天，会议召开。', '据新华社北京3月8日电（记者 王宁 刘华）今天，会议召开。'],
    ['in a credit followed by a space, kept', '本报讯（记者 陈嘉） 3月5日，会议召开。', '本报讯（记者 陈嘉） 3月5日，会议召开。'],
    ['between an office and a name in a label alone on its line, kept', '国务院新闻办公室新闻局副局长、新闻发言人 寿小丽：', '国务院新闻办公室新闻局副局长、新闻发言人 寿小丽：'],
    ['between a role and a name in a label before speech, kept', '主持人 柯雅：各位记者，上午好。', '主持人 柯雅：各位记者，上午好。'],
    ['between an analyst and a name in a label before a question, kept', '中金公司分析师 何一鸣：请问，毛利率怎么看？', '中金公司分析师 何一鸣：请问，毛利率怎么看？'],
    ['between Han words of the speech after such a label, dropped', '主持人 柯雅：各位 记者，上午好。', '主持人 柯雅：各位记者，上午好。'],
    ['in a bracket that is no credit, dropped', '会议（第 三 次）召开，气氛热烈。', '会议（第三次）召开，气氛热烈。'],
    // ASCII marks in Chinese text
    ['a full stop typed as . (speech recognition, ASCII punctuation throughout)', '各位听众,大家好.很高兴见到大家.', '各位听众，大家好。很高兴见到大家。'],
    ['a . before a quote or a space', '他说:“我们会继续努力.”再见. 谢谢!', '他说：“我们会继续努力。”再见。谢谢！'],
    ['a . after a closing quote or a per cent sign, or before a year (ASCII punctuation throughout)', '他说,我补充一个数据.2025年县城是“蓝海”.房租不超过营业额的15%.', '他说，我补充一个数据。2025年县城是“蓝海”。房租不超过营业额的15%。'],
    ['a decimal point or a dot in a web address stays there (control)', '他说,增长3.5%,见www.gov.cn.', '他说，增长3.5%，见www.gov.cn.'],
    ['a dot in a name or a heading, in text typed with Chinese punctuation, stays', '马丁.路德.金发表演讲。一.总体要求', '马丁.路德.金发表演讲。一.总体要求'],
    ['brackets glued to a Latin word around no Han (code) stay, Han after them or not', '比如javascript:alert(document.cookie)这种，或f(x)。', '比如javascript:alert(document.cookie)这种，或f(x)。'],
    ['brackets around Han after a Latin word, or around Latin after a space, widen (control)', 'APEC(亚太经合组织)和 (APEC)会议', 'APEC（亚太经合组织）和（APEC）会议'],
    ['full-width digits, their separators and Latin letters become half-width (GB/T 15835)', '２０２６年，ＡＩ订单２，４１７，７６０件，增长３．５％。', '2026年，AI订单2,417,760件，增长3.5%。'],
    ['a full-width comma after a full-width number stays a pause (control)', '共２，另有３件。', '共2，另有3件。'],
    ['numbers, addresses, abbreviations and ellipses keep theirs', '增长3.5%，见www.gov.cn，Mr. Smith说...', '增长3.5%，见www.gov.cn，Mr. Smith说……'],
    ['a . after a closing mark or a Latin letter stays', '见《通知》.又见APEC.会议。', '见《通知》.又见APEC.会议。'],
  ])('%s', (_, text, expected) => {
    expect(normalisePunctuation(text, 'zh-Hans')).toBe(expected);
  });
});
