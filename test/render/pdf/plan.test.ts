/**
 * planPrint and the pass decisions of printBook, without a browser: what the
 * main print holds, how the second print numbers the contents, and which
 * pages are the contents.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type MetadataOptions, resolveOptions } from '../../../src/config/schema.js';
import { resolveMetadata } from '../../../src/metadata.js';
import type { RenderContext } from '../../../src/render/context.js';
import type { Warning } from '../../../src/warnings.js';
import { planPrint } from '../../../src/render/pdf/plan.js';
import { contentsPages } from '../../../src/render/pdf/print-book.js';
import { createTemplates } from '../../../src/render/templates.js';
import { parse } from '../../../src/source/parse.js';
import { fixtures } from '../../support/paths.js';
import { tempDir } from '../../support/temp.js';

function planOf(file: string, flags: MetadataOptions = {}, options: Record<string, unknown> = {}, warnings: Warning[] = []) {
  const { doc } = parse(readFileSync(file), { file: basename(file) });
  const context: RenderContext = {
    meta: resolveMetadata(doc, { flags }, {}),
    templates: createTemplates(),
    options: resolveOptions(options),
    stem: 'x',
    inputDir: fixtures,
    browser: () => Promise.reject(new Error('planning needs no browser')),
    doneWithBrowser: () => Promise.resolve(),
    warn: (w) => warnings.push(w),
  };
  return planPrint(doc, context);
}

describe('planPrint', () => {
  const plan = planOf(join(fixtures, 'markdown-feature.md'));

  it('holds the body HTML, linking the stylesheet and the images written beside it', () => {
    expect(plan.html).toContain('href="print.css"');
    expect(plan.images.map((f) => f.path)).toEqual(['image-1.png']);
    expect(plan.html).toContain('<img src="image-1.png"');
    expect(plan.css).toContain('@page');
  });

  it('renders the second print: the contents with the page numbers given, and the recto heads', () => {
    const numbered = plan.toc.map((e, i) => ({ ...e, page: String(11 + i), children: [] }));
    const stamp = plan.stamp(numbered, [{ head: '保护与利用如何平衡', pages: [4] }]);
    // Each number sets the entry's folio counter, which the stamp's stylesheet writes in the folios' numerals (page-css.ts).
    const pages = [...stamp.matchAll(/<span class="toc-page" style="counter-reset: folio (\d+)"><\/span><\/a>/g)].map((m) => m[1]!);
    expect(pages).toEqual(numbered.map((e) => e.page));
    expect(plan.css).toContain('.stamp .toc-page::before { content: counter(folio, decimal); }');
    const head = /<p class="running-head">(.*?)<\/p>/.exec(stamp)?.[1];
    expect(head?.replace(/<[^>]+>/g, '')).toBe('保护与利用如何平衡');
    expect(plan.html).not.toContain('class="running-head"');
  });
});

describe('the cover summary of a book without topics', () => {
  /** The cover summary of `text` written to `name` (markup removed). */
  const summaryOf = (name: string, text: string) => {
    const file = join(tempDir('cover-summary'), name);
    writeFileSync(file, text);
    return summary(planOf(file).html);
  };
  const summary = (html: string) => /<p class="cover-summary">(.*?)<\/p>/s.exec(html)?.[1]?.replace(/<[^>]+>/g, '');

  it('is the first paragraph of running text after the headline, not the web page chrome above it or a credit line below', () => {
    expect(summary(planOf(join(fixtures, 'pasted-web-page.txt')).html)).toMatch(/^(&#x3C;p>)?5月6日，记者从市住房和城乡建设局获悉/);
  });

  it('with nothing but turns, is the first answer, said by its speaker (not a question, not unattributed), from past its greeting', () => {
    expect(summaryOf('briefing.txt', '外交部例行记者会\n\n彭博社记者：请问中方对此有何评论？\n\n林剑：女士们、先生们，下午好。中方一贯主张对话协商。\n')).toMatch(/^林剑：中方一贯主张对话协商。/);
  });

  it('quotes an answer given only in English by its interpretation, under the guest\'s name; never a line naming a guest', () => {
    const briefing = '流感媒体吹风会（中英对照）\n\n主持人：各位媒体朋友，上午好。下面请施密特博士发言。\n\nDr. Martin Schmidt: Thank you, and good morning. Influenza positivity rose from 8.2% to 31.5%.\n\n翻译：谢谢，大家上午好。过去四周，流感病毒阳性率从8.2%上升到31.5%。\n\n新华社记者：请问疫苗是否有效？\n\nDr. Martin Schmidt: Yes, it is well matched this season, and we urge the elderly to get it.\n\n翻译：是的，今年的疫苗匹配良好，我们敦促老年人接种。\n';
    expect(summaryOf('flu.txt', briefing)).toMatch(/^Dr\. Martin Schmidt：过去四周，流感病毒阳性率/);
    const show = '《时代访谈》第128期：一位乡村医生的三十年\n播出时间：2026年3月14日\n主持人：陈佳\n嘉宾：刘桂芬（湖南省新化县卫生院医生，全国优秀乡村医生）\n\n主持人：欢迎您。您为什么回村？\n\n刘桂芬：那时候我刚从卫校毕业，村里只有一个老郎中。\n\n主持人：后来呢？\n\n刘桂芬：后来就留下来了，一干就是三十年。\n';
    expect(summaryOf('show.txt', show)).toMatch(/^刘桂芬：那时候我刚从卫校毕业/);
  });

  it('passes over a bare reply, whose sense is in the question (`不會重疊。`), and an answer that is all greeting', () => {
    const briefing = '記者會\n\n記者：會不會和環境部的規範重疊？\n\n林志豪：不會重疊。認定標準由經濟部會同環境部訂定，相關辦法預計在今年6月公告。\n';
    expect(summaryOf('briefing.txt', briefing)).toMatch(/^林志豪：認定標準由經濟部會同環境部訂定/);
    const podcast = '播客\n\n主持人：欢迎收听。请两位先介绍一下自己？\n\n周牧：大家好，我是周牧，做山野咖啡的，现在有三百多家店。\n\n主持人：县城的房租怎么样？\n\n周牧：房租不能超过营业额的百分之十五，这是我们的红线。\n';
    expect(summaryOf('pod.txt', podcast)).toMatch(/^周牧：房租不能超过营业额的百分之十五/);
  });

  it('passes over a line of a date and a place under the headline (control: a sentence there is the summary)', () => {
    const forum = (line: string) => summaryOf('forum.txt', `夏季达沃斯论坛分论坛实录\n\n${line}\n\n主持人：欢迎各位。请问今年的增长目标能实现吗？\n\n朱民：我认为是可以实现的。\n`);
    expect(forum('2025年6月25日，天津')).toMatch(/^朱民：我认为是可以实现的。/);
    expect(forum('2025年6月25日，论坛在天津梅江会展中心开幕。')).toMatch(/^2025年6月25日，论坛在天津/);
  });

  it('never quotes a party to a case: a court record\'s cover has the court\'s opening (control: an official\'s answer is quoted)', () => {
    const court = (answerer: string) => summaryOf('court.txt', `庭审实录\n\n审判长：现在开庭。\n\n公诉人：被告人，你收了多少钱？\n\n${answerer}：大概二三十万吧。\n`);
    expect(court('被告人')).toMatch(/^审判长：现在开庭。/);
    expect(court('局长')).toMatch(/^局长：大概二三十万吧。/);
  });

  it('passes over a bracketed note and a short greeting for the first answer that says something', () => {
    expect(summaryOf('interview.txt', '财经面对面\n\n主持人：陈佳\n\n陈佳：各位观众好。周先生您好。\n\n周明远：陈佳你好，各位观众好。\n\n陈佳：价格战还要打多久？\n\n周明远：我认为至少还有两年，因为产能过剩还没有消化完。\n\n（請同時參閱英文部分。）\n')).toMatch(/^周明远：我认为至少还有两年/);
  });

  it('quotes what was said, not the stage notes after it or between its paragraphs', () => {
    const text = '乡村教师访谈\n\n主持人：您还记得第一天上课吗？\n\n贺长庚：那年我二十二岁，屋顶漏雨，学生一共十一个。（现场传来上课铃声）\n\n（笑）\n\n走山路要两个钟头才能到学校。\n';
    expect(summaryOf('teacher.txt', text)).toBe('贺长庚：那年我二十二岁，屋顶漏雨，学生一共十一个。走山路要两个钟头才能到学校。');
  });

  it('never quotes a field of the minutes\' information block (`参会人员：…`, which has commas), but what is said', () => {
    const minutes = '会议名称：加装电梯居民协商会\n会议时间：2025年4月12日\n参会人员：街道城建办副主任孙浩，3号楼居民代表若干，设计单位工程师郑凯\n\n马丽：各位居民，下午好。今天商量加装电梯的事情。\n\n孙浩：政府每台补贴20万元，剩下的费用由住户按楼层分摊。\n\n郑凯：采光影响能控制在百分之十五以内。\n';
    expect(summaryOf('minutes.txt', minutes)).toMatch(/^孙浩：政府每台补贴/);
  });

  it('never quotes a subtitle line nobody is credited with', () => {
    expect(summaryOf('briefing.srt', ['1', '00:00:01,000 --> 00:00:04,000', '- 记者：网约车运力够不够？', '- 我们已经协调了三家平台，运力够用。', '', '2', '00:00:05,000 --> 00:00:09,000', '记者：价格会涨吗？', '', '3', '00:00:10,000 --> 00:00:14,000', '周立群：不会涨，平台已经承诺保持价格稳定。', ''].join('\n'))).toMatch(/^周立群：不会涨/);
  });

  it('in English too: the first answer to a question, said by its speaker (it had none, and the cover stood half empty)', () => {
    const briefing = (opening: string, answer: string) =>
      summaryOf('en.txt', `Press Briefing by the Ministry of Commerce\n\nMarch 4, 2025\n\nMODERATOR: ${opening}\n\nREPORTER: What explains the drop in exports?\n\nSPOKESPERSON: ${answer}\n`);
    expect(briefing('Good afternoon, everyone.', 'Exports fell by 3.2 percent, mainly because of weaker demand. We expect a recovery.')).toMatch(/^SPOKESPERSON: Exports fell by 3\.2 percent/);
    // Control: words without a sentence end (`March 4, 2025`, `3.2`, `www.mofcom.gov.cn`) are no running text: the
    // only turn that is (the question) is quoted.
    expect(briefing('Trade figures, March 4, 2025', 'Exports 3.2 percent lower, see www.mofcom.gov.cn')).toBe('REPORTER: What explains the drop in exports?');
  });

  it('is the first answer to a question, not the opening greetings of the first speaker', () => {
    expect(summaryOf('presser.txt', '行政院院會後記者會\n\n李慧芝：各位媒體朋友大家午安，今天院會通過了條例草案。\n\n劉鏡清：謝謝發言人。總經費新台幣2,500億元。\n\n中央社記者：請問何時實施？\n\n李慧芝：施行細則下個月發布，受災農民可以申請救助。\n\n中央社記者：謝謝。\n')).toMatch(/^李慧芝：施行細則下個月發布/);
  });
});

describe('the cover date', () => {
  it('is written as the text dates itself: 民國114年3月20日 for a Minguo date (control: a Gregorian date stays Gregorian)', () => {
    const file = join(tempDir('cover-date'), 'presser.txt');
    const dateOf = (line: string) => {
      writeFileSync(file, `行政院院會後記者會\n\n${line}\n\n李慧芝：各位媒體朋友，大家午安。\n\n中央社記者：請問何時實施？\n\n李慧芝：下個月。\n`);
      return /<p class="cover-date">(.*?)<\/p>/s.exec(planOf(file).html)?.[1]?.replace(/<[^>]+>/g, '');
    };
    expect(dateOf('中華民國114年3月20日')).toBe('民國114年3月20日');
    expect(dateOf('2025年3月20日')).toBe('2025年3月20日');
  });

  it('is left out, with the imprint page\'s date row, when nothing dates the report (control: a dated one has both)', () => {
    const file = join(tempDir('cover-undated'), 'presser.txt');
    const html = (line: string) => {
      writeFileSync(file, `行政院院會後記者會\n\n${line}\n\n李慧芝：各位媒體朋友，大家午安。\n\n中央社記者：請問何時實施？\n\n李慧芝：下個月。\n`);
      return planOf(file).html;
    };
    expect(html('')).not.toMatch(/cover-date|2000|日期/);
    expect(html('2025年3月20日')).toMatch(/cover-date[^]*日期/);
  });
});

describe('printer\'s marks', () => {
  const codes = (options: Record<string, unknown>) => {
    const warnings: Warning[] = [];
    planOf(join(fixtures, 'plain-statement.txt'), {}, options, warnings);
    return warnings.map((w) => w.code);
  };

  it('warns when marks are asked for without a bleed: the cover band would end at the trim', () => {
    expect(codes({ marks: ['crop'], press: true })).toEqual(['marks-without-bleed']);
    // Controls: marks with a bleed, and no marks, are not warned.
    expect(codes({ marks: ['crop', 'cross'], bleed: '3mm', press: true })).toEqual([]);
    expect(codes({})).toEqual([]);
  });

  it('warns when marks are asked for on an RGB print: its black text would separate into four inks', () => {
    expect(codes({ marks: ['crop'], bleed: '3mm' })).toEqual(['marks-without-press']);
    // Controls: with --press, or without marks, nothing.
    expect(codes({ marks: ['crop'], bleed: '3mm', press: true })).toEqual([]);
    expect(codes({ bleed: '3mm' })).toEqual([]);
  });
});

describe('the imprint page', () => {
  it('names the author a byline gives; with none, only the publisher (who stands in for the author); with neither, no one', () => {
    const file = join(tempDir('imprint'), 'story.txt');
    const rows = (byline: string, flags: MetadataOptions = {}) => {
      writeFileSync(file, `年轻人为什么不爱买房了？\n\n${byline}2026年5月6日\n\n近日，记者走访了多家售楼处。\n\n记者：你怎么看？\n\n小王：房价太高。\n`);
      return [...planOf(file, flags).html.matchAll(/<dt>(.*?)<\/dt><dd>(.*?)<\/dd>/gs)].map((m) => `${m[1]}:${m[2]!.replace(/<[^>]+>/g, '')}`);
    };
    expect(rows('文｜本报记者 沈一舟\n\n')[0]).toBe('作者:沈一舟');
    expect(rows('', { publisher: '江城日报' })[0]).toBe('出版:江城日报');
    // huozi is the tool, not the publisher: it names none rather than itself.
    expect(rows('')[0]).toMatch(/^日期:/);
  });
});

describe('contentsPages', () => {
  it('is the run of pages right after the cover and the title page that link to topics', () => {
    expect(contentsPages([2, 3, 4])).toEqual([2, 3, 4]);
  });
  it('leaves out a later page that links to a topic (a cross-reference in the body)', () => {
    expect(contentsPages([2, 3, 9])).toEqual([2, 3]);
  });
  it('is empty when no page after the front pages links to a topic', () => {
    expect(contentsPages([])).toEqual([]);
    expect(contentsPages([1])).toEqual([]);
    expect(contentsPages([5])).toEqual([]);
  });
});
