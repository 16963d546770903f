/** Lines a copy from a web page drags along (src/source/residue.ts), and lines of text that only look like them. */
import { describe, expect, it } from 'vitest';
import { isWebResidue } from '../../src/source/residue.js';

describe('web residue', () => {
  it.each(['首页 > 新闻中心 > 要闻', '【字体：大 中 小】 下载 打印', '责任编辑：王芳', '扫一扫在手机打开当前页', '掃一掃在手機打開當前頁', '-END-', '— END —', '往期推荐', '阅读原文', '阅读 1.2万', '在看 356', '阅读 1.2万 / 在看 356 / 点赞 892', '阅读 1.2万\u3000在看 356\u3000点赞 892', '阅读 1.2万 在看 356 点赞 892'])('%s', (line) => {
    expect(isWebResidue(line)).toBe(true);
  });

  // A release's own end mark (`完`, as a Hong Kong press release closes) is no web page's: it ends the last turn (turns.ts).
  it.each(['居民扫码投放可获得积分，积分可兑换生活用品。', '扫一扫，就能看到社区每天的用电量和发电量。', '大中小学校今年新增学位三千个。', '阅读是一种生活方式。', '完', '— 完 —', '往期推荐的书目里，有三本获了奖。', '点赞 这个词今年入选了年度热词'])('not residue: %s', (line) => {
    expect(isWebResidue(line)).toBe(false);
  });
});
