/**
 * Speaker labels at the start of a paragraph, in every shape transcripts use
 * (README, "Speakers and roles"):
 *   `王毅：` `王毅:` (full- or half-width colon), `【记者】` (colon optional),
 *   `主持人（王晓）：` / `刘明（市发展改革委副主任）：` (a name or title in brackets),
 *   `NAME SURNAME:` in capitals, `Title Name:` (`Chair Lindqvist:`), `Q:` / `A:`,
 *   `工业和信息化部部长 李乐成：` (an office, a space and a name, alone on its line),
 *   `问题 3：` / `Question 3:` (numbered questions),
 * each optionally after a timestamp: `[00:12:34]`, `00:12:34`, `(12:34)`; or a name and the time alone on a line,
 *   `王晓明  00:00:05`, `说话人1(00:00:08):` (meeting recorders' exports).
 * Bold (`**王毅**：`) is the Markdown shape's; it hands the text inside here.
 * Whether a candidate label really names a speaker is decided for the whole
 * document in speakers.ts.
 */
import { isChineseName } from './surnames.js';

export interface Label {
  /** The label as printed, without brackets, bold or colon: `主持人（王晓）`, `问题 3`. */
  speaker: string;
  /** Who speaks: the name in a role word's brackets (`主持人（王晓）` → 王晓), a numbered question's word (`问题 3` → 问题), else the label. */
  person: string;
  /** The paragraph's text after the label. */
  rest: string;
  /** The timestamp before the label, as printed without brackets (`00:12:34`). */
  time?: string;
  /** The role word before a bracketed name (`主持人（王晓）` → 主持人) or the office before a name (`主持人 寿小丽` → 主持人), which a bare `主持人：` later may stand for. */
  role?: string;
  /**
   * An office, a space and a name before words on the same line (`…驻村第一书记 宁远山：大家好`): a headline's kicker
   * as often (`外交部发言人 汪文斌：中方…`), so a speaker's label only where it recurs or someone has spoken above it
   * (speakers.ts).
   */
  onlyIfRecurring?: true;
}

/** `[00:12:34]`, `(12:34)`, `（12:34）`, `00:12:34`, `12:34.5`: a time before a label. */
const TIMESTAMP = /^(?:\[(\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?)\]|[(（](\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?)[)）]|(\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?)(?=[\s\u3000]))[\s\u3000]*/u;
/** Characters a Han label never holds: sentence punctuation, quotes, book-title marks, brackets of other kinds. */
const HAN_NAME = '[^\\s:：，,。！？!?“”"「」『』（）()、；;【】<>\\[\\]*#]';
/**
 * Keys of the lines near the top that say who takes part (`出席：`, `发布人：`, `主办：`): information for the
 * front (front.ts), never a speaker (speakers.ts).
 */
export const PARTICIPANT_KEYS =
  '(?:出席|与会|與會|参会|參會|参加|參加|列席)(?:人员|人員|人|者|嘉宾|嘉賓|领导|領導|管理层|管理層|代表)?|发布人|發布人|(?:主办|主辦|承办|承辦)(?:单位|單位)?';
/** Keys crediting who wrote a transcript up (`整理：本报记者 钱斌`): a credit, never a speaker (turns.ts), and its author (front.ts). */
export const WRITE_UP_KEYS = '整理|文字整理|记录整理|記錄整理|撰稿';
/** Keys of a meeting's minutes (`会议主题：`, `会议时间：`, `会议地点：`): information, never a speaker. */
export const MEETING_KEYS = '会议主题|會議主題|会议名称|會議名稱|会议时间|會議時間|会议日期|會議日期|会议地点|會議地點|记录人|記錄人|记录|記錄';
/** Members of the public a Q&A page names by a nickname. */
const AUDIENCE = '网友|網友|读者|讀者|市民|群众|群眾|听众|聽眾|观众|觀眾|用户|用戶|粉丝|粉絲|居民|村民|家长|家長';
const LATIN_WORD = "[A-Za-z][A-Za-z.'’\\-]*";
/** Words for the part someone plays, not their name (`主持人`, `嘉宾`). */
const ROLE_WORDS = '主持人|主持|主持人员|记者|記者|发言人|發言人|嘉宾|嘉賓|主讲|主講|翻译|翻譯';
/**
 * A gloss in brackets after a name, one level of brackets inside it allowed: `鄧志明 (Secretary for Security)`, `何家俊
 * (Deputy Commissioner of Police (Operations))`, as bilingual governments print their officials' labels.
 */
const GLOSS = '[\\s\\u3000]*[（(](?:[^（）()\\n]|[（(][^（）()\\n]{0,40}[)）]){1,80}[)）]';
/**
 * A label alone on its line, an office then a name (`工业和信息化部部长 李乐成：`, `国务院新闻办公室新闻局副局长、新闻发言人
 * 寿小丽：`, `主持人 寿小丽：`), as the State Council Information Office's transcripts print them, the speech in the
 * paragraphs below. Followed by words on its line, such a line is a label only where it recurs, else a headline
 * (`外交部发言人 汪文斌：中方…`; OFFICE_THEN_NAME_THEN_WORDS).
 */
const OFFICE_NAME = `((?:${HAN_NAME}|、|[（(][^（）()\\n]{1,12}[)）]|[ \\u3000](?=[^\\s\\u3000])){2,40}[ \\u3000](?:\\p{Script=Han}{2,4}|\\p{Script=Han}{1,8}·\\p{Script=Han}{1,8})(?:${GLOSS})?)[\\s\\u3000]*[:：]`;
const OFFICE_THEN_NAME = `^${OFFICE_NAME}$`;
/** An office, a space and a name with words after them on the line: a label where it recurs, else a headline's kicker. */
const OFFICE_THEN_NAME_THEN_WORDS = new RegExp(`^${OFFICE_NAME}`, 'u');
/** Who asks for an outlet or a firm. */
const ASKERS = '记者|記者|分析师|分析師';
/**
 * Who asks, an outlet or firm before them (in Han or Latin letters) and their name (`中金公司分析师 何一鸣：`, `新华社记者
 * 王晓：`, `Morgan Stanley 分析师 Kevin Zhou：`; normalisation has taken the space out between Han and Latin letters), the
 * question on the same line: a headline never opens so, as it may with an official's office (`外交部发言人 汪文斌：中方…`).
 */
const ASKER_THEN_NAME = `^((?:${LATIN_WORD}(?: ${LATIN_WORD}){0,3}[ \\u3000]?)?(?:${HAN_NAME}){0,24}?(?:${ASKERS})(?:[ \\u3000]\\p{Script=Han}{2,4}|[ \\u3000]?${LATIN_WORD}(?: ${LATIN_WORD}){0,2}))[\\s\\u3000]*[:：]`;
const LABEL = new RegExp(
  [
    OFFICE_THEN_NAME,
    ASKER_THEN_NAME,
    `^【(${HAN_NAME}{1,24}(?:[（(]${HAN_NAME}{1,20}[)）])?)】[\\s\\u3000]*[:：]?`,
    // A name and who they are in brackets; several offices a 、 apart take up to 40 characters
    // (`宁远山（中国作家协会全国委员会委员、省作家协会副主席、桃坪村驻村第一书记）：`).
    // An outlet and its name in another language, then who asks (`《海峡时报》（The Straits Times）记者：`); a role, whom
    // they stand for in brackets, then a name (`听证参加人（消费者代表）王某：`).
    `^((?:${HAN_NAME}{1,24}?|${LATIN_WORD}(?: ${LATIN_WORD}){0,3} ?)[（(][^（）()\\n]{1,40}[)）](?:(?:${ASKERS})?[ \\u3000]?\\p{Script=Han}{2,4})?)[\\s\\u3000]*[:：]`,
    `^(${LATIN_WORD}(?: ${LATIN_WORD}){0,3})[\\s\\u3000]*[:：]`,
    `^((?:问题|問題|提问|提問|Question)[\\s\\u3000]*\\d{1,3})[\\s\\u3000]*[:：]`,
    // A member of the public by a quoted nickname, as a "答网友问" page names them: `网友“小树苗”问：`, `读者「阿明」：`.
    `^((?:${AUDIENCE})[“「『"][^“”「」『』"\\n]{1,20}[”」』"](?:问|問|提问|提問)?)[\\s\\u3000]*[:：]`,
    // A role word, a space and a name (`嘉宾 张蕾：`, `主持人 寿小丽（央视）：`), as a bold label keeps it: a label, words after it or not.
    `^((?:${ROLE_WORDS})[ \\u3000]\\p{Script=Han}{2,4}(?:[（(][^（）()\\n]{1,24}[)）])?)[\\s\\u3000]*[:：]`,
    // One space may part two Latin words of a name (`路透社记者John Smith`); between Han characters a space parts a
    // headline's kicker from its words (`外交部发言人 汪文斌：中方…`), not a name (a WebVTT voice drops it, subtitles.ts).
    `^(${HAN_NAME}(?:${HAN_NAME}|(?<=[A-Za-z.]) (?=[A-Za-z])){0,23}?)[\\s\\u3000]*[:：]`,
  ].join('|'),
  'u',
);
/** Words for whoever asks, at a results briefing or a phone-in: `提问者（中信证券 王磊）` and `提问者（个人投资者）` are two people. */
const ASKER_WORDS = '提问者|提問者|提问人|提問人|投资者|投資者|股东|股東|观众|觀眾|听众|聽眾|网友|網友';
/** Role words that are not a name: `主持人（王晓）` is 王晓 speaking as moderator; `提问者（个人投资者）` is that investor. */
const ROLE_BEFORE_NAME = new RegExp(`^(?:${ROLE_WORDS}|${ASKER_WORDS})$`, 'u');
const ASKER = new RegExp(`^(?:${ASKER_WORDS})$`, 'u');
/** Whether `role` is a word for whoever asks (`提问者`, `听众`): a bare one is anyone in the room, not the one named once. */
export const isAskerWord = (role: string): boolean => ASKER.test(role);
/**
 * Verbs that report speech: `会议指出：`, `王毅表示：`, `他说：` introduce a quotation; they are not labels. `说` `称`
 * `问` after a pronoun or a subject of two characters or more (`王毅说`); `道` only after a long subject, as names end
 * in it (`李道`, `王明道`). `回答` and `提问` are left out: `专家回答：`, `记者提问：` label the turns of a Q&A, and so
 * do `记者问：` and `网友问：` (`記者問：`), the questions of an official "答记者问" release, whose answers are `答：`.
 */
const SPEECH_VERB = /^(?:[他她我你它]们?|.{2,})(?:说|說|称|稱|(?<![提追發发者友”」』])(?:问|問))$|^.{4,}(?:道)$/u;
const SPEECH_VERB_2 = /.(?:表示|指出|认为|認為|强调|強調|提到|提出|要求|如下|包括|透露|介绍|介紹)$/u;
/** Enumerators and connectives that open the points of a speech (`一是：`, `第二：`, `首先：`, `例如：`): a colon after them is not a label's. */
const ENUMERATOR =
  /^(?:[一二三四五六七八九十]+(?:是|要|则)|第[一二三四五六七八九十\d]+(?:点|條|条|项|項)?|其[一二三四五六七八九十]|首先|其次|再次|最后|最後|此外|另外|总之|總之|一方面|另一方面|例如|比如|譬如|具体来说|具體來說|也就是说|也就是說|换句话说|換句話說|总的来说|總的來說)$/u;
/** A first- or second-person pronoun in words before a colon (`我一直觉得翻译有两种失败：`): a sentence, not who speaks (`我：` alone may be). */
const SENTENCE = /^.+[我你妳您咱]|^[我你妳您咱].+/u;
/** A column or kicker separator (`专访丨局长张明：引语`) marks a headline, not a label. */
const KICKER_SEPARATOR = /[丨｜|]/u;
/**
 * A programme, column or episode before a headline's colon (`联合早报专访：…`, `《島嶼對話》第58集：…`), or an
 * interview with the one it names (`《财经》专访李明远：…`; 专访 is never a role): a kicker, not a speaker's label.
 */
const COLUMN = /(?:专访|專訪|独家专访|獨家專訪|对话|對話|访谈|訪談|实录|實錄|第[\d一二三四五六七八九十百]+[集期回讲講]|(?:专访|專訪)\p{Script=Han}{2,4})$/u;

/** Whether `text` opens with a column or episode and a colon (`联合早报专访：新加坡年轻人为何…？`): a headline's kicker. */
export const opensWithColumn = (text: string): boolean => {
  const m = /^([^:：\n]{2,24})[:：]/u.exec(text);
  return m !== null && COLUMN.test(m[1]!.trim());
};
/** A numbered question (`问题 3`, `问1`, `问题三`, `Q2`, `Question 3`): the question word is who asks. */
const NUMBERED = /^(问题|問題|提问|提問|问|問|Question|Q)[\s\u3000]*(?:\d{1,3}|[一二三四五六七八九十]{1,3})$/u;
/** Whether a label numbers a question (`问题 3`, `Q2`) rather than naming who asks it. */
export const isNumberedQuestion = (label: Label): boolean => NUMBERED.test(label.speaker);
/**
 * A salutation opening a speech (`各位代表：`, `尊敬的各位来宾：`, `同志们：`, `女士们、先生们：`): the audience addressed,
 * never a speaker, whatever role word it holds (代表, 委员).
 */
const SALUTATION = /^(?:各位|诸位|諸位|尊敬的|亲爱的|親愛的)|(?:们|們)$/u;
/** Whether `text` is a salutation alone on its line (`同志们：`, `各位代表：`): the speech opens below it. */
export const isSalutation = (text: string): boolean => {
  const m = /^([^:：\n]{1,20})[:：]$/u.exec(text.trim());
  return m !== null && SALUTATION.test(m[1]!);
};

/**
 * A speaker and the time they began, alone on a line, the speech in the paragraphs below, as meeting recorders export
 * them: `王晓明  00:00:05` (飞书妙记, 讯飞听见), `说话人1(00:00:08):` (腾讯会议), `张伟(市交通局) 00:00:41` (who they are in
 * brackets). After a Latin letter or a digit a space or
 * a bracket must part the name from the time (`APEC10:30` is text); after a Han character none need (normalisation
 * drops the space between Han and digits).
 */
const NAME_THEN_TIME = /^([^\s\d:：，,。！？!?“”"「」『』（）()、；;【】<>\[\]*#][^:：，,。！？!?“”"「」『』（）()、；;【】<>\[\]*#]{0,19}?(?:[(（](?!\d{1,2}:\d{2})[^（）()\n]{1,40}[)）])?)(?:(?<=[\p{Script=Han})）])[\s\u3000]*[(（]?|[\s\u3000]+[(（]?|[\s\u3000]*[(（])(\d{1,2}:\d{2}(?::\d{2})?)[)）]?[\s\u3000]*[:：]?$/u;

/** The label's words, the time before it (or after it, alone on its line) and the text after it. */
function labelParts(text: string): Pick<Label, 'speaker' | 'rest' | 'time' | 'onlyIfRecurring'> | undefined {
  const alone = NAME_THEN_TIME.exec(text);
  if (alone && /\p{L}/u.test(alone[1]!)) return { speaker: alone[1]!.trim(), rest: '', time: alone[2]! };
  const t = TIMESTAMP.exec(text);
  const time = t ? (t[1] ?? t[2] ?? t[3]) : undefined;
  const body = t ? text.slice(t[0].length) : text;
  const label = LABEL.exec(body);
  const kicker = label ? null : OFFICE_THEN_NAME_THEN_WORDS.exec(body);
  const m = label ?? kicker;
  if (!m) return undefined;
  return { speaker: m.slice(1).find((g) => g !== undefined)!.trim(), rest: body.slice(m[0].length).replace(/^[\s\u3000]+/u, ''), ...(time ? { time } : {}), ...(kicker ? { onlyIfRecurring: true as const } : {}) };
}

/**
 * A time alone on its line (`【10:03】`, `10:16`, `[14:02:11]`), as a live text report (文字直播) marks its entries: no
 * one's speech, so it ends the turn above, and no lede.
 */
export const isTimeMark = (text: string): boolean => /^[【[（(]?\d{1,2}:\d{2}(?::\d{2})?[】\]）)]?$/u.test(text.trim());

/** A question's number before its questioner (`1、`, `19. `, `（3）`), as a ministry numbers a briefing's questions. */
const QUESTION_NUMBER = /^(?:\d{1,3}[、.．]|[（(]\d{1,3}[)）])[\s\u3000]*/u;
/** A questioner a number may stand before: a reporter, by outlet or not (`法新社记者`, `CNN记者`, `Reporter`). */
const NUMBERED_REPORTER = /(?:记者|記者|Reporter|REPORTER)$/u;

/**
 * A row of fields, each a short key, a colon and a value, a run of spaces apart (`审判长：韩振宇   审判员：苏岚、冯立明`,
 * a court record's or the minutes' header and signature): information, never a speaker's turn, and its spaces stay.
 */
const FIELD_ROW = /^[^\s:：，。]{1,8}[:：][\s\u3000]*[^\s:：，。]+(?:(?:[ \t]{2,}|\u3000+)[^\s:：，。]{1,8}[:：][\s\u3000]*[^\s:：，。]+)+$/u;
export const isFieldRow = (text: string): boolean => FIELD_ROW.test(text.trim());

/**
 * Who a court record's header says someone is, after their name: sex, birth, or their firm ending in 律师 (`庞志远，男，
 * 1988年7月3日出生…`, `邵文博，江城衡信律师事务所律师`).
 */
const PARTICULARS = /^(\p{Script=Han}{2,4})[，,](?:[男女][，,。]|[^。！？]{0,30}?(?:出生|律师|律師)[。，,]?$)/u;

/**
 * A label and nothing but a person's name after it (`书记员：蒋悦`, `审判员：苏岚、冯立明`), or a name and who they are
 * (`被告人：庞志远，男，1988年…`), or a signature (`被告人：庞志远（签名）`): a record naming who sat or who signed, not
 * anyone speaking.
 */
export const namesOnly = (label: Label): boolean => {
  if (label.rest === '') return false;
  const particulars = PARTICULARS.exec(label.rest);
  // A signature's mark after the name (`庞志远（签名）`) is the record's.
  const names = label.rest.replace(/[（(](?:签名|簽名|签字|簽字|盖章|蓋章|捺印)[)）]/gu, '');
  return particulars ? isChineseName(particulars[1]!) : names.split(/[、，,\s\u3000]+/u).every((name) => isChineseName(name));
};

/**
 * A candidate label at the start of a paragraph's text, before knowing if it names a speaker. A numbered reporter
 * (`1、法新社记者：`) is printed with the number and is the reporter; a numbered point (`1、总体要求：`) is no label.
 */
export function candidateLabel(text: string): Label | undefined {
  if (isFieldRow(text)) return undefined;
  const number = QUESTION_NUMBER.exec(text)?.[0];
  if (number) {
    const label = candidateLabel(text.slice(number.length));
    return label && NUMBERED_REPORTER.test(label.person) ? { ...label, speaker: `${number}${label.speaker}` } : undefined;
  }
  const parts = labelParts(text);
  if (!parts) return undefined;
  const { speaker, rest, time, onlyIfRecurring } = parts;
  if (/^\d+$/.test(speaker) || (/\d$/.test(speaker) && /^\d/.test(rest) && !NUMBERED.test(speaker))) return undefined; // a time, 10:30
  if (/^(https?|ftp|mailto|www)$/i.test(speaker)) return undefined;
  // `有网友在留言中写道：` reports speech; it is not a label.
  if (SENTENCE.test(speaker) || SPEECH_VERB.test(speaker) || SPEECH_VERB_2.test(speaker) || KICKER_SEPARATOR.test(speaker) || COLUMN.test(speaker) || ENUMERATOR.test(speaker) || SALUTATION.test(speaker)) return undefined;
  const label: Label = { speaker, rest, ...personOf(speaker) };
  if (time) label.time = time;
  if (onlyIfRecurring) label.onlyIfRecurring = onlyIfRecurring;
  return label;
}

/** A speaker taking the floor again (`郑委员补充`, `记者追问`, `李明回应`): the label is theirs, the verb says how. */
const FOLLOW_UP = /^(.{2,}?)(?:补充|補充|追问|追問|回应|回應|插话|插話|接着说|接著說|继续说|繼續說)$/u;

/**
 * Who asks for an outlet or firm, then their name: a Han name after a space (`Morgan Stanley分析师 周凯文`), a Latin one
 * after a space or none (`路透社记者John Smith`, `Morgan Stanley分析师Kevin Zhou`).
 */
const ASKER_NAME = new RegExp(`^(.*?(?:${ASKERS}))(?:[ \\u3000](\\p{Script=Han}{2,4})|[ \\u3000]?(${LATIN_WORD}(?: ${LATIN_WORD}){0,2}))$`, 'u');

/** A party to a trial run into their name (`被告人庞志远`, `证人李某`), as a court record labels them. */
const COURT_PARTY = /^(被告人|被告|原告|证人|證人|公诉人|公訴人|辩护人|辯護人|代理人|上诉人|上訴人|被上诉人|被上訴人)(\p{Script=Han}{2,4})$/u;

/** The person a label names, before aliases are resolved across the document, and the role word before their name. */
function personOf(speaker: string): { person: string; role?: string } {
  const numbered = NUMBERED.exec(speaker);
  if (numbered) return { person: numbered[1]! };
  const follow = FOLLOW_UP.exec(speaker);
  if (follow) return personOf(follow[1]!);
  const party = COURT_PARTY.exec(speaker);
  if (party && isChineseName(party[2]!)) return { person: party[2]!, role: party[1]! };
  const asker = ASKER_NAME.exec(speaker);
  if (asker) return { person: (asker[2] ?? asker[3])!, role: asker[1]!.trim() };
  const office = /^(\p{Script=Han}.*?)[ \u3000](\p{Script=Han}[\p{Script=Han}·]+)$/u.exec(speaker);
  if (office) return { person: office[2]!, role: office[1]! };
  // A role, whom they stand for in brackets, then their name: `听证参加人（消费者代表）王某` is 王某.
  const named = /^(.+[)）])[ \u3000]?(\p{Script=Han}{2,4})$/u.exec(speaker);
  if (named && isChineseName(named[2]!)) return { person: named[2]!, role: named[1]! };
  const bracketed = trailingBrackets(speaker);
  if (bracketed) return ROLE_BEFORE_NAME.test(bracketed.before) ? { person: bracketed.inside.trim(), role: bracketed.before } : personOf(bracketed.before.trim());
  return { person: speaker };
}

/** The words before a closing bracket pair (brackets inside it balanced) and what it holds; undefined when `text` does not end in one or is only one. */
function trailingBrackets(text: string): { before: string; inside: string } | undefined {
  if (!/[)）]$/u.test(text)) return undefined;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (/[)）]/u.test(text[i]!)) depth++;
    else if (/[（(]/u.test(text[i]!) && --depth === 0) return i > 0 ? { before: text.slice(0, i), inside: text.slice(i + 1, -1) } : undefined;
  }
  return undefined;
}
