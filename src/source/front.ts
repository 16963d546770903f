/**
 * The top of a plain-text transcript: masthead, kicker, headline, deck and
 * dateline lede, or a source-information block (标题 / 作者 / 来源 / 发表时间 /
 * 原文链接), and the metadata they state (README, "Metadata from the document").
 *
 * The headline is the best-scoring line of the leading run of short lines
 * without final punctuation: long lines and event words (发布会, 记者会, 实录,
 * 专访 …) score up; dates, office names, bylines, `嘉宾：` information lines and
 * very short lines score down. When the runner-up scores within 4 points, or
 * the best scores under 10 (a short line, a date, an office name), a
 * `title-uncertain` warning names the line chosen.
 */
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import { isEditionNote } from '../ast/edition-note.js';
import type { Deck, LanguageTag, Lede, StatedMetadata } from '../ast/types.js';
import type { Warning } from '../warnings.js';
import type { Block } from './blocks.js';
import { endsSentence, isRuleLine } from './blocks.js';
import { firstDate, isDateLine, monthDay } from './dates.js';
import { candidateLabel, isFieldRow, isSalutation, isTimeMark, MEETING_KEYS, opensWithColumn, PARTICIPANT_KEYS, WRITE_UP_KEYS } from './labels.js';
import { isEnglish, tagLanguage } from './language.js';
import { isWebResidue } from './residue.js';
import { isChineseName } from './surnames.js';
import { STAGE_NOTE } from './turns.js';

/** Where each stated value came from, in the editor's terms (`line 3: 发表时间`). */
export type Origins = Partial<Record<keyof StatedMetadata, string>>;

export interface Front {
  nodes: RootContent[];
  stated: StatedMetadata;
  origins: Origins;
  /** Index of the first block after the top. */
  next: number;
  /** Lines of a source-information block (not web residue, though they look like it). */
  infoLines: number[];
  warnings: Warning[];
}

const SHORT = 40;
/** English titles are longer in characters than Chinese ones. */
const SHORT_LATIN = 100;
const QUOTED = /^[“"「『]([^“”"「」『』]+)[”"」』]$/u;
/** The dash that opens a subtitle (副题) under the headline: `——访…`. */
const SUBTITLE = /^(?:——|—|--)[\s\u3000]*/u;
/** A subtitle in brackets, the whole line (`（国家发展改革委专场）`, as 国新办 transcripts title their sessions). */
const BRACKETED = /^[（(]([^（）()：:]{2,30})[）)]$/u;

/**
 * A subtitle's words without the dash or brackets that set it off (`——访市民政局局长` → `访市民政局局长`,
 * `（国家发展改革委专场）` → `国家发展改革委专场`); undefined for any other line. A bracketed note on the edition
 * (`（中英对照）`, ast/edition-note.ts), a date or a byline in brackets is no subtitle.
 */
export const subtitleWords = (line: string): string | undefined => {
  if (SUBTITLE.test(line)) return line.replace(SUBTITLE, '');
  const words = BRACKETED.exec(line)?.[1];
  return words && !isEditionNote(line) && !firstDate(words, 'zh') && !BYLINE.test(words) ? words : undefined;
};
const MONTH_DAY = '[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日';
/**
 * A dateline before a lede: a wire's `…电` (`据新华社北京3月8日电（记者 王宁）`, zh-Hant `中央社臺北4月9日電`) or a paper's
 * `…讯` (`本报讯（记者 陈嘉）`, `本报北京3月5日讯`, `新华网北京3月5日讯`, in brackets `（新加坡讯）`, `【本报讯】`).
 */
const DATELINE = new RegExp(
  `^((?:[据據]?[\\p{Script=Han}A-Za-z0-9]{2,30}?${MONTH_DAY}[电電讯訊]|[（(【][\\p{Script=Han}A-Za-z]{2,12}?(?:${MONTH_DAY})?[讯訊][）)】]|(?:本报|本報|本刊)[\\p{Script=Han}]{0,8}?(?:${MONTH_DAY})?[讯訊])(?:[（(][^）)]{1,30}[）)])?)[\\s\\u3000]*`,
  'u',
);

/** A line that is a dateline and nothing else. */
const isDatelineLine = (line: string) => DATELINE.exec(line)?.[0].trim() === line;

/** Keys of a source-information block (a reposted article's credits). */
const INFO_KEYS = `标题|標題|题目|題目|原标题|原標題|作者|来源|來源|出处|出處|发表时间|發表時間|发布时间|發布時間|发表日期|發表日期|发布日期|發布日期|日期|时间|時間|原文链接|原文連結|原文地址|链接|連結|${MEETING_KEYS}`;
/**
 * Lines that continue a source-information block but never start one: credits (`编辑：…`, `审核：…`; alone, web-page
 * chrome) and who took part in a meeting (`参会人员：…`, `主持人：…`, under `会议主题：` and `会议时间：`).
 */
const CREDIT_KEYS = `编辑|編輯|责任编辑|責任編輯|审核|審核|校对|校對|排版|主持人|主持|地点|地點|${PARTICIPANT_KEYS}`;
const INFO = new RegExp(`^(${INFO_KEYS})[\\s\\u3000]*[:：][\\s\\u3000]*(.+)$`, 'u');
const INFO_OR_CREDIT = new RegExp(`^(${INFO_KEYS}|${CREDIT_KEYS})[\\s\\u3000]*[:：][\\s\\u3000]*(.+)$`, 'u');
/** A key of such a block whose value dates the document: `日期`, `时间` and every key ending in them (`发布时间`, `会议日期`). */
const DATED_KEY = /(?:日期|时间|時間)$/u;
const INFO_HEADING = /^(?:文章信息|原文信息|来源信息|來源資訊|文章来源|文章來源|资料来源|資料來源|出处|出處)[:：]?$/u;
/** Keys of information lines near the top (`录制日期：`, `嘉宾：`) whose values are not the title. */
const INFO_LINE = new RegExp(`^(?:案号|案號|案由|录制日期|錄製日期|录制时间|錄製時間|播出时间|播出時間|播出日期|日期|时间|時間|地点|地點|主题|主題|本期主题|本期主題|话题|話題|本期话题|本期話題|议题|議題|嘉宾|嘉賓|本期主播|本期嘉宾|本期嘉賓|主讲|主講|主持|主持人|来源|來源|作者|${PARTICIPANT_KEYS}|${MEETING_KEYS})[\\s\\u3000]*[:：]`, 'u');
/** A line whose key dates the document (`日期：`, `录制时间：`, `发布日期：`…). */
export const DATE_KEY = /^(?:录制日期|錄製日期|录制时间|錄製時間|播出时间|播出時間|播出日期|日期|时间|時間|发表时间|發表時間|发布时间|發布時間|发表日期|發表日期|发布日期|發布日期|\p{Script=Han}{1,4}(?:日期|时间|時間)[\s\u3000]*[:：])/u;
/** Credits between the names of a byline (`本报记者 陈嘉 实习生 李想`, `通讯员 王芳`): roles, not names. */
const CREDIT_ROLE = /^(?:本报记者|本報記者|记者|記者|实习生|實習生|实习记者|實習記者|通讯员|通訊員|摄影|攝影|摄|攝|文|图|圖|编辑|編輯|见习记者|見習記者)$/u;
/**
 * The names of a Chinese byline, its credits left out, joined by the enumeration comma: `陈嘉 实习生 李想` → `陈嘉、李想`.
 * A byline with Latin letters (`By John Smith`) is kept as written.
 */
function bylineNames(names: string): string {
  const words = names.trim().split(/[\s\u3000、，,]+/u).filter(Boolean);
  if (!words.every((w) => /^\p{Script=Han}+$/u.test(w) || OUTLET_CREDIT.test(w))) return names.trim();
  return words
    .filter((w) => !CREDIT_ROLE.test(w) && !OUTLET_CREDIT.test(w) && !DATELINE_WORD.test(w))
    .map((w) => w.replace(CREDIT_PREFIX, ''))
    .join('、');
}
/** An outlet's reporter credit (`《财经》记者`, `新华社记者`): not a name. */
const OUTLET_CREDIT = /^(?:《[^《》]{1,12}》|\p{Script=Han}{2,8})(?:特约记者|特約記者|记者|記者)$/u;
/** Where a reporter filed from (`北京报道`, `发自上海`, `报道`): not a name. */
const DATELINE_WORD = /(?:报道|報導|报导)$|^(?:发自|發自)/u;
/** A credit written against its name (`实习生李想`). */
const CREDIT_PREFIX = /^(?:本报记者|本報記者|实习生|實習生|通讯员|通訊員|见习记者|見習記者|记者|記者|摄影|攝影)(?=\p{Script=Han}{2})/u;
/** The reporters a dateline credits in its brackets (`（记者 林晓 周航）`, `（本报记者 陈嘉）`): names after a credit word. */
const DATELINE_CREDIT = /[（(]((?:本报|本報|新华社|新華社)?(?:记者|記者)[\s\u3000]*[^）)]+)[）)]$/u;
/**
 * A WeChat (公众号) article's header as copied with it: `原创 田野调查组 乡村振兴观察 2025年08月12日 20:30 北京` — 原创, the
 * author and the account, or names only, then the date and time of posting (and the poster's place).
 */
const ACCOUNT_LINE = /^(?:(?:原创|原創)[\s\u3000]+.{1,40}?|.{1,40}?[\s\u3000]+\d{4}年\d{1,2}月\d{1,2}日[\s\u3000]+\d{1,2}:\d{2}(?:[\s\u3000]+\S{1,8})?)$/u;
/**
 * A byline: a credit and a space (`本报记者 陈嘉`), or a credit and a bar or slash (`文｜本报记者 沈一舟`, `文/图 李想`,
 * `记者｜王芳`, `撰文：张明`), spaces optional. Never `记者：`, a speaker's label.
 */
const BYLINE = /^(?:(?:本报记者|本報記者|本刊记者|本刊記者|新华社记者|新華社記者|记者|記者|By)[\s\u3000]+|(?:文|撰文|文[/／](?:图|圖)|记者|記者)[\s\u3000]*[/／|｜][\s\u3000]*|撰文[:：][\s\u3000]*)(.+)$/u;
/** A reporter's byline written as a label (`记者：周航`, `記者：周航 李明`): it names, where a label's speech would follow. */
const LABELLED_BYLINE = /^(?:本报记者|本報記者|记者|記者)[:：][\s\u3000]*(.{2,20})$/u;
/** A reporter's byline under their outlet's name (`江州日报全媒体记者 许晴 周子墨`, `《财经》特约记者 韩宁`): names only after it. */
const OUTLET_BYLINE = /^(?:《[^《》]{1,12}》|\p{Script=Han}{2,10}?)(?:全媒体|全媒體|融媒体|融媒體|特约|特約|见习|見習)?(?:记者|記者)[\s\u3000]+([^:：，,。]{2,20})$/u;

/** Who gave a speech, under its title: their office, a space and their name (`县委书记 何建平`, `市长 周立新`). */
const OFFICIAL_BYLINE = /^\p{Script=Han}{1,16}?(?:书记|書記|长|長|主任|主席|总理|總理|委员|委員|代表)[\s\u3000]+(\p{Script=Han}{2,4})$/u;

/**
 * The author a byline line names (`文｜本报记者 沈一舟` → 沈一舟; `记者：周航`, `江州日报全媒体记者 许晴 周子墨` and a
 * speech's `县委书记 何建平` when each word after the credit is a Chinese name, surnames.ts), or undefined when the line is
 * not a byline of at most 20 characters of names.
 */
export function bylineAuthor(line: string): string | undefined {
  const by = BYLINE.exec(line);
  if (by) return [...by[1]!].length <= 20 ? bylineNames(by[1]!) : undefined;
  const labelled = (LABELLED_BYLINE.exec(line) ?? OUTLET_BYLINE.exec(line) ?? OFFICIAL_BYLINE.exec(line))?.[1];
  const names = labelled && bylineNames(labelled);
  return names && names.split('、').every(isChineseName) ? names : undefined;
}

/** A byline line, written as a credit (`本报记者 陈嘉`, `文｜沈一舟`) or as a label (`记者：周航`). */
const isByline = (line: string) => BYLINE.test(line) || bylineAuthor(line) !== undefined;
const OFFICE = /(?:局|厅|廳|委员会|委員會|政府|法院|检察院|檢察院|办公室|辦公室|中心|部|署|院|会|會|处|處|所|Council|Ministry|Office|Department)$/u;
const EVENT = /发布会|發布會|记者会|記者會|通气会|通氣會|座谈会|座談會|论坛|論壇|实录|實錄|专访|專訪|访谈|訪談|对话|對話|问答|問答|答记者问|答記者問|采访|採訪|谈|談|播客|讲座|講座|庭审|庭審|询问|詢問|公报|公報|报告|報告|Briefing|Interview|Transcript|Conference|Hearing/u;

/**
 * The top of `blocks` (see the module comment); `opensBody` says a line starts the body (a topic, a heading, a
 * speaker's line). A document dated nowhere near its top is dated by its closing lines (`closingDate`), and one
 * with no byline there is credited by a credit above the first turn (`采访：本报记者 蒲嘉怡`) or by its closing lines
 * (`整理：本报记者 钱斌`).
 */
export function readFront(blocks: Block[], opensBody: (text: string) => boolean, lang: LanguageTag): Front {
  const front = readTop(blocks, opensBody, lang);
  const closing = blocks.slice(Math.max(front.next, blocks.length - CLOSING_LINES));
  if (!front.stated.date) closingDate(front, closing, lang);
  // An interview's credit between its opening and the first turn (`采访：本报记者 蒲嘉怡`, under an editor's note).
  const firstTurn = blocks.findIndex((b, k) => k >= front.next && opensBody(b.text));
  if (!front.stated.author) credit(front, blocks.slice(front.next, firstTurn < 0 ? front.next : firstTurn), 'credit above the turns');
  if (!front.stated.author) credit(front, closing, 'closing credit');
  // A release's source line at its end (`来源：国家医保局网站`, a web page's credit) names the source when nothing above does.
  const source = closing.findLast((b) => CLOSING_SOURCE.test(b.text));
  if (source && !front.stated.source) [front.stated.source, front.origins.source] = [sourceName(CLOSING_SOURCE.exec(source.text)![1]!), `line ${source.line}: 来源`];
  return front;
}

/** A source line closing a page, bracketed or not (`来源：国家医保局网站`, `（来源：江城日报）`). */
const CLOSING_SOURCE = /^[（(【]?(?:来源|來源)[:：][\s\u3000]*([^\s\u3000，。；,;（）()【】]{2,30})[）)】]?$/u;

function readTop(blocks: Block[], opensBody: (text: string) => boolean, lang: LanguageTag): Front {
  const front: Front = { nodes: [], stated: {}, origins: {}, next: 0, warnings: [], infoLines: [] };
  let i = 0;
  while (i < blocks.length && isWebResidue(blocks[i]!.text) && !INFO.test(blocks[i]!.text)) front.nodes.push(paragraph(blocks[i++]!.text, lang));
  // A WeChat account line above the credits (`原创 乡村观察 … 2025年08月12日 20:30 北京`, then `标题：…`) stays a paragraph and dates the article.
  if (blocks[i] && ACCOUNT_LINE.test(blocks[i]!.text) && blocks[i + 1] && INFO.test(blocks[i + 1]!.text)) {
    const account = blocks[i++]!;
    front.nodes.push(paragraph(account.text, lang));
    const date = firstDate(account.text, lang);
    if (date) setDate(front, date, `line ${account.line}: account line`);
  }
  const info = sourceBlock(blocks, i, front, lang);
  // A source block with a `标题：` line has given the headline; else the headline may stand under it (a repost's credits copied above its title).
  if (front.nodes.some((n) => n.type === 'headline')) {
    front.next = info;
    return front;
  }
  i = info;
  const first = i;
  // A line wholly in quotation marks is a deck under a headline, but atop the text it is the headline (`“我们修的不只是书”`).
  while (i < blocks.length && (isHeadingLike(blocks[i]!.text) || isQuestionHeadline(blocks, i, lang)) && (i === first || !QUOTED.test(blocks[i]!.text)) && (!opensBody(blocks[i]!.text) || bylineAuthor(blocks[i]!.text) !== undefined) && !isWebResidue(blocks[i]!.text) && !DATELINE.test(blocks[i]!.text) && !isRuleLine(blocks[i]!.text)) i++;
  const read = blocks.slice(first, i);
  const run = joinTitleLines(read);
  if (run.length === 0) {
    front.next = first;
    return front;
  }
  // An English line beside its Chinese twin (under it or above it) translates the headline of a Chinese document; it is not one.
  const chinese = lang !== 'en' && run.some((b) => !isEnglish(b.text));
  const scores = run.map((b) => headlineScore(b.text, lang) - (chinese && isEnglish(b.text) ? 100 : 0));
  const at = scores.reduce((best, s, k) => (s > scores[best]! ? k : best), 0);
  // Under a repost's 原标题, a run whose best line scores as no headline (a photo's caption, `…发布会现场`) is text: the
  // 原标题 titles the article.
  const captionOnly = front.stated.title !== undefined && scores[at]! < 10;
  if (captionOnly) for (const b of run) front.nodes.push(paragraph(b.text, lang));
  const subtitle = captionOnly ? undefined : placeHeadline(front, run, at, scores, lang);
  // A reposted article's credits may stand under its headline (`来源：…` `作者：…`, as WeChat copies them) as well as above.
  i = sourceBlock(blocks, first + read.length, front, lang);
  const opening = blocks.slice(i, i + 3);
  let datelineCredit: string | undefined;
  let creditLine = 0;

  // A separator line under the headline (`＊＊＊＊＊`, as the Hong Kong government's press releases have) is a rule before the lede.
  if (blocks[i] && isRuleLine(blocks[i]!.text)) {
    front.nodes.push({ type: 'thematicBreak' });
    i++;
  }
  {
    const deck = !subtitle && blocks[i] && QUOTED.exec(blocks[i]!.text);
    if (deck) {
      setDeck(front, tagLanguage({ type: 'deck', quoted: true, children: text(deck[1]!) }, lang), deck[1]!, blocks[i]!.line);
      i++;
    }
    // A speech's salutation (`同志们：`) stays a paragraph: the lede is the speech's first paragraph, under it.
    if (blocks[i] && isSalutation(blocks[i]!.text)) front.nodes.push(paragraph(blocks[i++]!.text, lang));
    // A dateline on a line of its own (`新华社杭州3月5日电（记者 林晓）`, then the paragraph) opens the lede below it.
    const alone = blocks[i] && isDatelineLine(blocks[i]!.text) && blocks[i + 1] ? blocks[i] : undefined;
    const ledeBlock = alone ? blocks[i + 1] : blocks[i];
    // A lede is running text: not a label, a line opening the body, English, web residue, an edition note, a time mark,
    // nor a note wholly in brackets (`（9:00，听证会开始。…）`, a record's procedure).
    const words = ledeBlock?.text ?? '';
    if (ledeBlock && ![candidateLabel, opensBody, isEnglish, isWebResidue, isEditionNote, isTimeMark, (t: string) => STAGE_NOTE.test(t)].some((not) => not(words))) {
      const m = DATELINE.exec(alone ? `${alone.text}${ledeBlock.text}` : ledeBlock.text);
      const lede: Lede = { type: 'lede', children: text(alone ? ledeBlock.text : m ? ledeBlock.text.slice(m[0].length) : ledeBlock.text) };
      if (m) {
        lede.dateline = m[1]!;
        const date = monthDay(m[1]!, run.map((b) => b.text).join(' '));
        creditLine = (alone ?? ledeBlock).line;
        if (date) setDate(front, { date, minguo: false }, `line ${creditLine}: dateline ${m[1]}`);
        datelineCredit = DATELINE_CREDIT.exec(m[1]!)?.[1];
      }
      front.nodes.push(lede);
      i += alone ? 2 : 1;
    }
  }
  statedFromRun(front, run, at, opening, lang);
  // A byline line names the author first; else the dateline's credit (`新华社杭州3月5日电（记者 林晓 周航）`).
  const names = datelineCredit && bylineNames(datelineCredit);
  if (names && !front.stated.author) [front.stated.author, front.origins.author] = [names, `line ${creditLine}: dateline credit`];
  front.next = i;
  return front;
}

/** How an official document's title opens (`关于《…条例》答记者问`, `关于做好…工作的通知`). */
const OFFICIAL_TITLE = /^(?:关于|關於)/u;
/** The words an official document's title ends in, naming what kind it is (`答记者问`, `的通知`, `的说明`). */
const DOCUMENT_KIND = /(?:答记者问|答記者問|问答|問答|答问|答問|通知|决定|決定|意见|意見|说明|說明|报告|報告|公告|通告|批复|批覆|解读|解讀)$/u;

/**
 * The run with an official title set over two lines joined into one (`关于《江城市大气污染防治条例（修订草案）》` then
 * `答记者问`, as a release prints it): a line opening with 关于, then a short line ending in the kind of document.
 */
function joinTitleLines(run: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of run) {
    const prev = out.at(-1);
    if (prev && OFFICIAL_TITLE.test(prev.text) && !DOCUMENT_KIND.test(prev.text) && [...b.text].length <= 12 && DOCUMENT_KIND.test(b.text)) out[out.length - 1] = { ...prev, text: prev.text + b.text };
    else out.push(b);
  }
  return out;
}

/**
 * Sets the run's line `at` as the headline (with a `title-uncertain` warning when its score is low or close to
 * another's), the run above it as kicker and masthead, a dashed line under it as its deck; returns that deck's block.
 */
function placeHeadline(front: Front, run: Block[], at: number, scores: number[], lang: LanguageTag): Block | undefined {
  const headline = run[at]!;
  const runner = Math.max(-Infinity, ...scores.filter((_, k) => k !== at));
  if (scores[at]! < 10 || runner >= scores[at]! - 4) {
    front.warnings.push({
      code: 'title-uncertain',
      line: headline.line,
      message: `the title is taken from line ${headline.line}, "${headline.text}", but that choice is uncertain; if it is wrong, set title: in the front matter or in a <name>.huozi.yaml beside the transcript`,
    });
  }
  // Lines above the headline: the run right above it is kicker and masthead; dates and information lines above that stay paragraphs.
  let top = at;
  while (top > 0 && !isInfoLike(run[top - 1]!.text, lang)) top--;
  for (const b of run.slice(0, top)) front.nodes.push(paragraph(b.text, lang));
  const above = run.slice(top, at).map((b) => b.text);
  if (above.length > 1) front.nodes.push(tagLanguage({ type: 'masthead', children: text(above.slice(0, -1).join(' ')) }, lang));
  if (above.length > 0) front.nodes.push(tagLanguage({ type: 'kicker', children: text(above.at(-1)!) }, lang));
  front.nodes.push({ type: 'headline', children: text(headline.text) });
  front.stated.title = headline.text;
  front.origins.title = `line ${headline.line}: headline`;
  const below = run.slice(at + 1);
  // A line right under the headline opening with a dash is its subtitle (副题), printed with the dash.
  const subtitleText = below[0] && subtitleWords(below[0].text);
  const subtitle = subtitleText !== undefined ? below.shift() : undefined;
  if (subtitle) setDeck(front, tagLanguage({ type: 'deck', children: text(subtitle.text) }, lang), subtitleText!, subtitle.line);
  for (const b of below) front.nodes.push(paragraph(b.text, lang));
  return subtitle;
}

/** Date and author from the lines around the headline, the headline itself, and the opening of the body. */
function statedFromRun(front: Front, run: Block[], at: number, body: Block[], lang: LanguageTag): void {
  const others = run.filter((_, k) => k !== at);
  // Each date line's date, read once.
  const dated = others.flatMap((b) => {
    const found = DATE_KEY.test(b.text) || isDateLine(b.text, lang) || ACCOUNT_LINE.test(b.text) ? firstDate(b.text, lang) : undefined;
    return found ? [{ ...b, found }] : [];
  });
  for (const b of dated.slice(0, 1)) setDate(front, b.found, `line ${b.line}: ${b.text}`);
  const distinct = new Set(dated.map((b) => b.found.date));
  if (distinct.size > 1) {
    front.warnings.push({ code: 'date-uncertain', line: dated[0]!.line, message: `the date is taken from line ${dated[0]!.line}, "${dated[0]!.text}", but other lines near the top give other dates; if it is wrong, set date: in the front matter or in a <name>.huozi.yaml beside the transcript` });
  }
  const inHeadline = firstDate(run[at]!.text, lang);
  if (inHeadline) setDate(front, inHeadline, `line ${run[at]!.line}: the headline`);
  // A subtitle's date: a report or speech states there when it was given (`——2025年1月15日在市人民代表大会上`).
  const deck = run[at + 1];
  const inDeck = deck && subtitleWords(deck.text) !== undefined ? firstDate(deck.text, lang) : undefined;
  if (deck && inDeck) setDate(front, inDeck, `line ${deck.line}: the deck`);
  for (const b of body) {
    const opening = /^[^，,。；;]{0,24}/u.exec(b.text)![0];
    const date = firstDate(opening, lang);
    if (date) {
      setDate(front, date, `line ${b.line}: the opening of the first paragraph`);
      break;
    }
  }
  for (const b of [...others, ...body.slice(0, 1)]) {
    const author = bylineAuthor(b.text);
    if (author && !front.stated.author) [front.stated.author, front.origins.author] = [author, `line ${b.line}: byline`];
  }
  // A web page's line under its headline naming where the text comes from (`2026-10-20 10:00  来源：国务院新闻办公室网站`).
  for (const b of others) {
    const source = SOURCE_IN_LINE.exec(b.text)?.[1];
    if (source && !front.stated.source) [front.stated.source, front.origins.source] = [sourceName(source), `line ${b.line}: 来源`];
  }
}

/** An account's id after its name (`江南财经观察（ID：jnfinance）`, `（微信号：…）`): the platform's handle, not the publisher's name. */
const ACCOUNT_ID = /[\s\u3000]*[（(](?:ID|id|微信号|微信號|公众号|公眾號|微信ID)[:：\s][^（）()]*[)）]$/u;

/** The publisher a `来源：` line names, without the account id a WeChat post adds (`江南财经观察（ID：jnfinance）` → 江南财经观察). */
const sourceName = (value: string) => value.trim().replace(ACCOUNT_ID, '');

/** `来源：` and the source's name, opening a line or after a space (a page's date and time before it). */
const SOURCE_IN_LINE = /(?:^|[\s\u3000])(?:来源|來源)[:：][\s\u3000]*([^\s\u3000，。；,;]{2,30})$/u;

/** How many lines at the end may date a document that is dated nowhere near its top. */
const CLOSING_LINES = 4;
/** A signature in brackets closing a release (`（市教育局 2025年3月12日）`, `（本报记者 黄佩玲 2025年5月20日 新加坡）`). */
const SIGNATURE = /^[（(][^（）()]{4,40}[）)]$/u;

/**
 * The date a document closes with when nothing near its top dates it: a date line among its last lines
 * (`2025年10月14日（星期二）` under a Hong Kong press release's `完`) or a signature in brackets naming one.
 */
function closingDate(front: Front, last: Block[], lang: LanguageTag): void {
  const dated = last.findLast((b) => isDateLine(b.text, lang) || SIGNATURE.test(b.text));
  const found = dated && firstDate(dated.text, lang);
  if (found) setDate(front, found, `line ${dated.line}: ${dated.text}`);
}

/** Who wrote a transcript up or interviewed for it (`整理：本报记者 钱斌`, `（整理：本报记者 孔令辉 实习生 余倩）`, `采访：本报记者 蒲嘉怡`). */
const CREDIT = new RegExp(`^[（(]?(?:${WRITE_UP_KEYS}|采写|採寫|采访|採訪)[:：]([^（）()]{2,30})[）)]?$`, 'u');

/** The author a credit among `lines` names (the last of them: a closing credit follows the text), `where` said in its origin. */
function credit(front: Front, lines: Block[], where: string): void {
  const line = lines.findLast((b) => CREDIT.test(b.text));
  if (line) [front.stated.author, front.origins.author] = [bylineNames(CREDIT.exec(line.text)![1]!), `line ${line.line}: ${where}`];
}

/** The deck, and the description it states (a subtitle's words without its dash). */
function setDeck(front: Front, deck: Deck, description: string, line: number): void {
  front.nodes.push(deck);
  front.stated.description = description;
  front.origins.description = `line ${line}: deck`;
}

/** The document's date, unless one was found already, and its calendar when the text writes it in the Minguo one. */
function setDate(front: Front, { date, minguo }: { date: string; minguo: boolean }, origin: string): void {
  if (front.stated.date) return;
  front.stated.date = date;
  front.origins.date = origin;
  if (minguo) front.stated.calendar = 'minguo';
}

const TITLE_KEY = /^(?:标题|標題|题目|題目|会议主题|會議主題|会议名称|會議名稱)$/u;
const ORIGINAL_TITLE_KEY = /^(?:原标题|原標題)$/u;

/**
 * A line of a source block (`keys`: INFO or INFO_OR_CREDIT): a key and its value, which only a title may end with a
 * stop (`标题：年轻人为什么不爱买房了？`); `主持人：各位记者朋友，上午好。` under `发布时间：` is the chair speaking.
 */
function isField(text: string, keys: RegExp): boolean {
  const [, key, value] = keys.exec(text) ?? [];
  return key !== undefined && (TITLE_KEY.test(key) || ORIGINAL_TITLE_KEY.test(key) || !/[。！？!?]/u.test(value!));
}

/**
 * A reposted article's credits, at the top or under its headline: `标题：…`, `原标题：…`, `作者：…`, `来源：…`, `发表时间：…`,
 * `原文链接：…` (two or more), and credits after them (`编辑：…`, `审核：…`). The title is the `标题：` line's value (the line becomes the headline), else the `原标题：` line's (a repost that
 * keeps no headline of its own; the line stays a paragraph).
 */
function sourceBlock(blocks: Block[], from: number, front: Front, lang: LanguageTag): number {
  let i = from;
  const heading = blocks[i] && INFO_HEADING.test(blocks[i]!.text) ? blocks[i] : undefined;
  if (heading) i++;
  const start = i;
  while (i < blocks.length && isField(blocks[i]!.text, i > start ? INFO_OR_CREDIT : INFO)) i++;
  if (i - start < 2) return from;
  if (heading) front.nodes.push(paragraph(heading.text, lang));
  const lines = blocks.slice(start, i).map((b) => {
    const [, key, value] = INFO_OR_CREDIT.exec(b.text)!;
    return { b, key: key!, value: value! };
  });
  const hasTitle = lines.some((l) => TITLE_KEY.test(l.key));
  for (const { b, key, value } of lines) {
    front.infoLines.push(b.line);
    const where = `line ${b.line}: ${key}`;
    if (TITLE_KEY.test(key) && !front.stated.title) {
      // The key is a field name, like a front-matter key: the headline is the value.
      front.nodes.push({ type: 'headline', children: text(value) });
      front.stated.title = value;
      front.origins.title = where;
      continue;
    }
    // `原标题` says the headline was another: the line stays as printed, and titles the editions only for want of one.
    const field = paragraph(b.text, lang);
    field.data = { ...field.data, field: true };
    front.nodes.push(field);
    if (ORIGINAL_TITLE_KEY.test(key) && !hasTitle && !front.stated.title) [front.stated.title, front.origins.title] = [quotedTitle(value), where];
    else if (/^(?:作者)$/u.test(key)) [front.stated.author, front.origins.author] = [bylineNames(value), where];
    else if (/^(?:来源|來源|出处|出處)$/u.test(key)) [front.stated.source, front.origins.source] = [sourceName(value), where];
    else if (DATED_KEY.test(key)) {
      const date = firstDate(value, lang);
      if (date) setDate(front, date, where);
    }
  }
  return i;
}

/**
 * The title an `原标题：` value names: its words without the book-title marks that quote it whole and without the
 * subtitle after a dash (`《钱从哪来？——市住建局负责人答记者问》` → `钱从哪来？`). The line itself stays as printed.
 */
function quotedTitle(value: string): string {
  const bare = /^《([^《》]+)》$/u.exec(value.trim())?.[1] ?? value.trim();
  const main = bare.split(/——/u)[0]!.trim();
  return main || bare;
}

/**
 * A headline asking a question or exclaiming (`年轻人为什么不爱买房了？`): a short line ending in one ？ or ！ with
 * no other stop in it, followed by a byline, a date or information line, a dateline or a subtitle, as a headline
 * is, or opening with a programme or column (`联合早报专访：…？`, `《島嶼對話》第58集：…？`, labels.ts). A question
 * followed by anything else may be the transcript's first question and stays text.
 */
function isQuestionHeadline(blocks: Block[], at: number, lang: LanguageTag): boolean {
  const line = blocks[at]!.text;
  const next = blocks[at + 1]?.text;
  if (next === undefined || [...line].length > 40 || !/^[^。！？!?；;…]+[？！?!]$/u.test(line)) return false;
  if (opensWithColumn(line)) return true;
  if ([...line].length > 30 || candidateLabel(line)) return false;
  return isInfoLike(next, lang) || isDatelineLine(next) || subtitleWords(next) !== undefined;
}

/** A photo's caption (`江城地铁5号线停运事件发布会现场`, `图为…`, `记者 王宁 摄`): where a headline would stand, and none. */
const CAPTION = /^(?:图为|圖為|图[:：/]|圖[:：/])|(?:现场|現場|摄|攝|供图|供圖|资料图|資料圖)$/u;

/** Headline score of a line near the top (see the module comment). */
function headlineScore(line: string, lang: LanguageTag): number {
  const length = [...line].length;
  let score = Math.min(isEnglish(line) ? length / 3 : length, 30);
  if (EVENT.test(line)) score += 20;
  if (isDateLine(line, lang)) score -= 100;
  // A row of fields (`审判长：韩振宇   审判员：苏岚`) informs, as an information line does.
  if (INFO_LINE.test(line) || isByline(line) || ACCOUNT_LINE.test(line) || isFieldRow(line)) score -= 100;
  if (OFFICE.test(line) && length <= 14 && !EVENT.test(line)) score -= 40;
  if (length <= 5) score -= 20;
  if (CAPTION.test(line)) score -= 30;
  // A line opening with a dash is the headline's subtitle (副题, `——第三届江城发展论坛圆桌实录`), never the headline.
  if (subtitleWords(line) !== undefined) score -= 100;
  return score;
}

/** Dates, information lines and bylines are not a kicker or masthead. */
export const isInfoLike = (line: string, lang: LanguageTag) => isDateLine(line, lang) || INFO_LINE.test(line) || isByline(line) || ACCOUNT_LINE.test(line);

/** Short, and not ending a sentence (a closing bracketed aside such as `（中英对照）` does not end one). */
export function isHeadingLike(text: string): boolean {
  const length = [...text].length;
  // A closing quote or book-title mark ends a headline (`让每个孩子都能“上好园”`, `解读《政府工作报告》`) unless a stop is inside it.
  // So does an aside inside such a mark in an official title (`关于《…条例（修订草案）》`).
  const aside = /[（(][^（）()]{1,12}[）)]$/u;
  const unquoted = text.replace(aside, '').replace(/(?<![。！？!?…；;：:.])[”’」』》〉]+$/u, '');
  const bare = OFFICIAL_TITLE.test(text) ? unquoted.replace(aside, '') : unquoted;
  return (length <= SHORT || (length <= SHORT_LATIN && isEnglish(text))) && !endsSentence(bare);
}

const text = (value: string): PhrasingContent[] => [{ type: 'text', value }];
const paragraph = (value: string, lang: LanguageTag): Paragraph => tagLanguage({ type: 'paragraph', children: text(value) }, lang);
