/** Lines a copy from a web page drags along (src/source/residue.ts), and lines of text that only look like them. */
import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parse } from '../../src/source/parse.js';
import { isWebResidue } from '../../src/source/residue.js';

describe('web residue', () => {
  it.each(['首页 > 新闻中心 > 要闻', '【字体：大 中 小】 下载 打印', '责任编辑：王芳', '扫一扫在手机打开当前页', '掃一掃在手機打開當前頁', '-END-', '— END —', '往期推荐', '阅读原文', '阅读 1.2万', '在看 356', '阅读 1.2万 / 在看 356 / 点赞 892', '阅读 1.2万\u3000在看 356\u3000点赞 892', '阅读 1.2万 在看 356 点赞 892', '分享 收藏 点赞 在看', '▶ 从外贸到内销，一家纺织厂的三年转型路', '点击下方“阅读原文”，了解更多', '本文系网易新闻·网易号“各有态度”签约账号原创内容，未经授权不得转载。', '长按识别二维码关注我们', '扫码关注 获取更多精彩内容'])('%s', (line) => {
    expect(isWebResidue(line)).toBe(true);
  });

  // A release's own end mark (`完`, as a Hong Kong press release closes) is no web page's: it ends the last turn (turns.ts).
  it.each(['居民扫码投放可获得积分，积分可兑换生活用品。', '扫一扫，就能看到社区每天的用电量和发电量。', '大中小学校今年新增学位三千个。', '阅读是一种生活方式。', '完', '— 完 —', '往期推荐的书目里，有三本获了奖。', '点赞 这个词今年入选了年度热词', '点击下方按钮，就能查询办理进度，不用再跑窗口了。', '未经授权不得转载的规定，今年写进了条例。', '扫码支付很方便', '扫描二维码后，系统会提示您关注服务号并填写信息。'])('not residue: %s', (line) => {
    expect(isWebResidue(line)).toBe(false);
  });
});

describe('web residue left out on request (--drop-web-residue)', () => {
  const page = '首页 > 新闻发布 > 发布会\n【字体：大 中 小】 打印\n\n市政府新闻发布会\n\n来源：江城日报\n作者：周航\n\n主持人：请提问。\n\n记者：何时开工？\n\n局长：下月。\n\n记者：谢谢。\n\n局长：不客气。\n\n责任编辑：王五\n';
  const texts = (dropWebResidue: boolean) => {
    const { doc, warnings } = parse(Buffer.from(page), { file: 'in.txt', dropWebResidue });
    return { lines: doc.children.map((c) => toString(c)), said: warnings.filter((w) => w.code === 'web-residue').map((w) => w.message) };
  };

  it('leaves the lines out of every edition, each still warned as left out', () => {
    const { lines, said } = texts(true);
    expect(lines.filter((l) => /首页|字体|责任编辑/u.test(l))).toEqual([]);
    expect(said).toHaveLength(3);
    for (const m of said) expect(m).toMatch(/; left out \(--drop-web-residue\)$/u);
  });

  it('control: without it they are kept as text; a source block\'s fields stay either way', () => {
    const { lines, said } = texts(false);
    expect(lines.filter((l) => /首页|字体|责任编辑/u.test(l))).toHaveLength(3);
    for (const m of said) expect(m).toMatch(/; it is kept as text$/u);
    expect(texts(true).lines).toContain('来源：江城日报');
  });
});
