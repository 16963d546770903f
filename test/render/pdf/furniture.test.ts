/** Running heads (src/render/pdf/furniture.ts). */
import { describe, expect, it } from 'vitest';
import { questionsInSections, runningHead } from '../../../src/render/pdf/furniture.js';
import { parse } from '../../../src/source/parse.js';

describe('runningHead', () => {
  it('leaves out a note on the edition closing the title', () => {
    expect(runningHead('中欧气候合作圆桌对话实录（中英对照）', 'zh-Hans', 30)).toBe('中欧气候合作圆桌对话实录');
    expect(runningHead('市长就城市更新答记者问（文字实录）', 'zh-Hans', 30)).toBe('市长就城市更新答记者问');
    expect(runningHead('政府新聞處記者會（只有中文）', 'zh-Hant', 30)).toBe('政府新聞處記者會');
  });

  it('control: a bracket that is part of the title stays', () => {
    expect(runningHead('谈中美关系（上）', 'zh-Hans', 30)).toBe('谈中美关系（上）');
    expect(runningHead('（全文）', 'zh-Hans', 30)).toBe('（全文）');
  });
});

describe('questionsInSections', () => {
  it('a turn of the asking side heads the pages only when it asks: an interviewer\'s remark does not (control: the question does)', () => {
    const doc = parse(Buffer.from('# 播客：小店生存记\n\n## 活下来的办法\n\n**岑一帆：** 你们是怎么撑过来的？\n\n**林晓：** 先砍掉了外卖。\n\n**岑一帆：** 听起来很不容易。\n\n**林晓：** 是的。\n'), { file: 'pod.md' }).doc;
    expect(questionsInSections(doc).filter(Boolean)).toEqual(['你们是怎么撑过来的？']);
  });

  it('names the sentence that asks, without the thanks before it or what follows it', () => {
    const doc = parse(Buffer.from('# 业绩电话会议\n\n## 问答环节\n\n**记者：** 谢谢管理层。我想问一下云服务的增长，41%里有多少来自AI算力租赁？这部分的毛利率如何。\n\n**李佳琳：** 大约三成。\n\n**记者：** 谢谢。\n\n**李佳琳：** 不客气。\n'), { file: 'call.md' }).doc;
    expect(questionsInSections(doc).filter(Boolean)).toEqual(['我想问一下云服务的增长，41%里有多少来自AI算力租赁？']);
  });
});
