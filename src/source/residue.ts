/**
 * Web-page residue: lines a copy from a news site drags along (下载, 打印,
 * 字号 大 中 小, 分享到, 责任编辑, a breadcrumb …) or a WeChat article's
 * footer (-END-, 往期推荐 and its ▶ list, 阅读原文 prompts, 分享 收藏 点赞 在看, 阅读 1.2万 / 在看 356, a reposting
 * notice, 长按识别二维码关注我们). They are kept in the text
 * — huozi never drops words silently — never joined to a paragraph, and each
 * is reported as a warning with its line.
 */
import type { Warning } from '../warnings.js';

// Whole lines made only of page-chrome words, separators and brackets.
const CHROME_WORD = '下载|打印|打印本页|关闭|关闭窗口|字号|字体|大|中|小|默认|分享|分享到|收藏|点赞|點讚|在看|转发|轉發|留言|纠错|扫一扫|二维码|返回顶部|微信|微博|QQ空间|【|】|\\[|\\]|：|:|\\||｜|/|／|·|•';
const CHROME_LINE = new RegExp(`^(?:(?:${CHROME_WORD})[\\s\\u3000]*){1,12}$`, 'u');
const NEEDS_WORD = /下载|打印|关闭|字号|字体|分享|收藏|点赞|點讚|在看|转发|轉發|纠错|扫一扫|二维码/u;
// Lines that begin with a page's credit or date stamp, and site breadcrumbs.
const CREDIT_LINE = /^[【\[]?(?:责任编辑|責任編輯|编辑|編輯|原标题|原標題|发布时间|發布時間|来源|來源)[：:]/u;
const BREADCRUMB = /^(?:首页|首頁|当前位置|當前位置)[：:]?\s*[>›»]/u;
// A page's prompt to open it on a phone (`扫一扫在手机打开当前页`): short, no sentence in it.
const PHONE_PROMPT = /^(?:扫一扫|掃一掃|扫描二维码|掃描二維碼|手机扫码|手機掃碼)[^，。！？,.!?]{0,14}$/u;
// An account's prompt to follow it by its QR code (`长按识别二维码关注我们`, `扫码关注 获取更多精彩内容`): short, no sentence.
const QR_PROMPT = /^(?:长按|長按|扫码|掃碼|扫描|掃描)[^，。！？,.!?]{0,20}(?:关注|關注|二维码|二維碼)[^，。！？,.!?]{0,12}$/u;
// A WeChat (公众号) article's end and footer: `-END-`, `往期推荐`, `阅读原文`, and its counts (`阅读 1.2万 / 在看 356 / 点赞 892`).
// (`完` is a release's own end mark: turns.ts END_NOTE.)
const ARTICLE_END = /^[-—–~～\s]*END[-—–~～\s]*$/iu;
const FOOTER_HEADING = /^(?:往期推荐|往期回顾|推荐阅读|相关阅读|延伸阅读|阅读原文|點擊閱讀原文|点击阅读原文|长按识别二维码关注|長按識別二維碼關注|点击关注|點擊關注|写留言|寫留言|留言)[\s　]*[:：]?$/u;
// A WeChat article's list of other articles under 往期推荐 (`▶ 太湖边的茶农…`), its prompt to open the original
// (`点击下方“阅读原文”，了解更多`) and its reposting notice (`本文系…原创内容，未经授权不得转载。`): short lines, the page's.
const LINK_ITEM = /^[▶►▷➤→]\s*[^▶►▷➤→]{1,40}$/u;
const PROMPT = /^(?:点击|點擊)(?:下方|上方|左下角|蓝字|藍字)?[^。！？]{0,12}(?:阅读原文|閱讀原文|关注|關注)[^。！？]{0,12}$/u;
const REPOST_NOTICE = /^[^。！？]{0,50}(?:未经(?:授权|许可|允许)|未經(?:授權|許可|允許))[，,]?(?:不得|禁止|严禁|嚴禁|请勿|請勿)(?:转载|轉載)[^。！？]{0,10}[。！]?$/u;
const COUNT = '(?:阅读|閱讀|在看|点赞|點讚|赞|讚|分享|转发|轉發|收藏|留言)[\\s\\u3000]*[\\d.,]+[万萬wk+]?';
const COUNTS = new RegExp(`^${COUNT}(?:(?:[\\s\\u3000]*[/|｜·][\\s\\u3000]*|[\\s\\u3000]+)${COUNT})*$`, 'iu');

export function isWebResidue(line: string): boolean {
  const t = line.trim();
  return (NEEDS_WORD.test(t) && CHROME_LINE.test(t)) || CREDIT_LINE.test(t) || BREADCRUMB.test(t) || PHONE_PROMPT.test(t) || QR_PROMPT.test(t) || ARTICLE_END.test(t) || FOOTER_HEADING.test(t) || COUNTS.test(t) || LINK_ITEM.test(t) || PROMPT.test(t) || REPOST_NOTICE.test(t);
}

/** A `web-residue` warning for each line of `text` that is residue, saying it is kept as text, or `dropped` (`--drop-web-residue`). */
export function webResidue(text: string, dropped = false): Warning[] {
  const warnings: Warning[] = [];
  const fate = dropped ? 'left out (--drop-web-residue)' : 'it is kept as text';
  text.split('\n').forEach((line, i) => {
    if (isWebResidue(line)) {
      warnings.push({ code: 'web-residue', line: i + 1, message: `line ${i + 1} looks copied from a web page ("${line.trim().slice(0, 30)}"); ${fate}` });
    }
  });
  return warnings;
}
