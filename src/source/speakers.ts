/**
 * Who speaks and in what role, decided for the whole document from several
 * signals together (README, "Speakers and roles"):
 *  1. the label→role table (LEXICON below: 记者 and outlets ask, 发言人 and
 *     officials answer, 主持人 moderates, 翻译 interprets …);
 *  2. the turn's own text (a speaker whose turns mostly end in a question asks);
 *  3. who answers: with someone asking, the other speakers answer; with no one
 *     asking, whoever speaks most answers;
 *  4. a moderator who is alone with one guest and mostly asks is the interviewer; a speaker
 *     whose every turn gives the floor or closes the session (`下面请…介绍`, `发布会到此结束`) chairs;
 *  5. consistency: a person keeps one role over the document, whatever alias
 *     their label uses (`局长邵明远`, `邵明远`, `邵局长` are one person).
 * Corrections (`speakers: {name: role}` in a sidecar or front matter) win over all.
 */
import type { SpeakerRole } from '../ast/types.js';
import { isAskerWord, type Label, MEETING_KEYS, namesOnly, PARTICIPANT_KEYS } from './labels.js';
import { isChineseName } from './surnames.js';

/**
 * The label→role table, in order of precedence (the first row that matches a
 * label wins: `主持人（常委会副主任何卫平）` moderates although 副主任 answers).
 * Mirrored in README and src/ast/types.ts.
 */
export const LEXICON: ReadonlyArray<readonly [SpeakerRole, RegExp]> = [
  ['interpreter', /翻译|翻譯|口译|口譯|译员|譯員|^(?:Interpreter|Translator|INTERPRETER|TRANSLATOR)\b/u],
  // Many voices at once (`学生（齐声）`, `众人`): they neither ask nor answer.
  ['other', /齐声|齊聲|众人|眾人|全场|全場|书记员|書記員/u],
  ['moderator', /主持|^主播$|审判长|審判長|主任委员|主任委員|^主席$|操作员|操作員|接线员|接線員|^(?:Chair|Chairman|Chairwoman|Chairperson|Moderator|MODERATOR|CHAIR|Host|HOST|Presenter|Operator|OPERATOR|PRESIDENT)\b/u],
  [
    'question',
    /记者|記者|^[问問Q]$|提问|提問|^问题|^問題|^Question|观众|觀眾|听众|聽眾|网友|網友|股东|股東|投资者|投資者|分析师|分析師|委员$|委員$|^委员(?!长)|^委員(?!長)|代表$|公诉人|公訴人|检察员|檢察員|辩护人|辯護人|代理人|^(?:Reporter|REPORTER|Journalist|JOURNALIST|Audience|AUDIENCE|Analyst|ANALYST)\b|(?:日报|日報|晚报|晚報|时报|時報|新闻|新聞|通讯社|通訊社|社|电视台|電視台|广播|廣播|网|網|报|報)$|^(?:NHK|BBC|CNN|AFP|AP|REUTERS|BLOOMBERG|TVBS|CGTN|KYODO|YONHAP)$/u,
  ],
  [
    'answer',
    /^[答A]$|发言人|發言人|部长|部長|厅长|廳長|局长|局長|署长|署長|主任|市长|市長|县长|縣長|区长|區長|院长|院長|校长|校長|处长|處長|负责人|負責人|指挥官|指揮官|董事长|董事長|总经理|總經理|被告人|证人|證人|嘉宾|嘉賓|主讲|主講|^(?:Answer|Spokesperson|SPOKESPERSON|Minister|MINISTER|Mayor|MAYOR|Secretary|Director|Governor|Ambassador)\b/u,
  ],
];

/** Lines of a source-information block or front matter that look like labels but name no speaker. */
const NOT_A_SPEAKER = new RegExp(`^(?:标题|標題|作者|来源|來源|发表时间|發表時間|发布时间|發布時間|原文链接|原文連結|链接|連結|时间|時間|日期|地点|地點|主题|主題|本期主题|本期主題|话题|話題|本期话题|本期話題|议题|議題|介绍|介紹|简介|簡介|编者按|編者按|导语|導語|注|備註|备注|摘要|关键词|關鍵詞|责任编辑|責任編輯|编辑|編輯|原标题|原標題|录制日期|錄製日期|播出时间|播出時間|本期主播|本期嘉宾|本期嘉賓|嘉宾|嘉賓|主讲|主講|${PARTICIPANT_KEYS}|${MEETING_KEYS}|附件|电话|電話|邮箱|網址|网址|Source|Title|Author|Date|Time|Note|Tel|Email|URL|Transcript)$`, 'iu');

/** Keys of the lines that say who takes part (`出席：`, `发布人：`). */
const PARTICIPANT = new RegExp(`^(?:${PARTICIPANT_KEYS})$`, 'u');

/** A line introducing who takes part: who chairs (`chairLine`) or a participant line (`出席：…`, `发布人：…`). */
export const introduces = (c: Label) => chairLine(c) || PARTICIPANT.test(c.speaker);

/** Giving the floor or closing the session (`下面，先请刘晓东先生作介绍`, `请记者提问`, `发布会到此结束`): a chair's words. */
/** A session said to end: `发布会到此结束`, `会议就到这里`. */
const SESSION_ENDS = '(?:发布会|記者會|记者会|發布會|会议|會議|座谈会|座談會)(?:到此结束|就到这里|到此結束|就到這裡)';
const GIVES_FLOOR = new RegExp(
  `(?:下面|现在|首先|接下来|先)[，,]?(?:请|請)|(?:请|請).{0,12}(?:介绍|介紹|提问|提問|发言|發言)|进入(?:提问|答问|问答)环节|進入(?:提問|答問|問答)環節|欢迎(?:出席|参加)|歡迎(?:出席|參加)|${SESSION_ENDS}`,
  'u',
);
/** Closing the session: `散会`, `今天就到这儿`, `会议到此结束`. */
const CLOSES = new RegExp(`散会|散會|(?:今天|今日|本次|这次|這次)就?(?:到这|到這|到此)|${SESSION_ENDS}`, 'u');

/** The role a label's words give, if any. */
export function lexiconRole(speaker: string): SpeakerRole | undefined {
  return LEXICON.find(([, re]) => re.test(speaker))?.[0];
}

const CAPS_NAME = /^[A-Z][A-Z.'’\- ]{1,30}$/;
const TITLE_NAME = /^[A-Z][a-z.'’\-]+(?: [A-Z][A-Za-z.'’\-]+){1,2}$/;

/**
 * Which candidate labels name speakers, given every paragraph's candidate in
 * document order (`undefined` for a paragraph without one) and the lines of
 * the front that introduce people (`introduces`). A label names a
 * speaker when it has a role word, is in capitals, is numbered (`问题 3`) or
 * recurs; a one-off short label that asks (`聯合：請問…？`) or is a surname and a
 * title (`王局长：`), a one-off `Resident Adeyemi:`, and one of up to ten
 * characters ending in a form of address or who someone is (`六楼住户赵女士：`)
 * do too once two speakers have been found above it (a lead-in of an answer,
 * `举个例子：` `注意：`, neither asks nor names anyone), and
 * a one-off name that a sure label calls by an alias after it (`邵明远：` once,
 * then `邵局长：`), named with a role or office (`主持人 寿小丽：`, then `寿小丽：`) or
 * introduced above the turns (`发布人：…副部长 李忠`, then `李忠：`), and a one-off name
 * right after a speaker's question (`记者：…？` then `张桂兰：…`) or that the turn before or after addresses
 * (`许蔓：…` then `林卓：谢谢许蔓。`). Source-information keys (`作者：`,
 * `来源：`) never do unless they recur, nor does a line above the first turn
 * naming who chairs (`主持人：行政院發言人李慧芝`).
 */
export function speakerSet(candidates: Array<Label | undefined>, front: Label[] = []): Set<string> {
  const counts = new Map<string, number>();
  for (const c of candidates) if (c) counts.set(c.speaker, (counts.get(c.speaker) ?? 0) + 1);
  // Role words named with a person (`嘉宾（李明）：`): a bare `嘉宾：` later is that person speaking.
  const namedRoles = new Set(candidates.flatMap((c) => (c?.role ? [c.role] : [])));
  const sure = (c: Label) => {
    const n = counts.get(c.speaker) ?? 0;
    if (c.onlyIfRecurring) return n >= 2;
    // An information key that is also a speaker's role (`嘉宾：`, `主讲：`) speaks when it recurs or names its person.
    if (NOT_A_SPEAKER.test(c.speaker)) return n >= 3 || (lexiconRole(c.speaker) !== undefined && (n >= 2 || namedRoles.has(c.speaker)));
    return n >= 2 || lexiconRole(c.speaker) !== undefined || CAPS_NAME.test(c.speaker) || c.person !== c.speaker;
  };
  // A one-off name that a sure label calls by an alias later (`邵明远：` once, then `邵局长：`) is that speaker: a
  // person is named in full before a title stands for them, so a word after the alias (`周主任：…`, `周末：…`) is not.
  const surePersons = [...new Set(candidates.flatMap((c) => (c && sure(c) ? [c.person] : [])))];
  const oneOffNames = candidates.flatMap((c) => (c && !sure(c) && !NOT_A_SPEAKER.test(c.speaker) && PERSONAL_NAME.test(c.person) ? [c.person] : []));
  const aliases = resolveAliases([...surePersons, ...oneOffNames]);
  const firstAt = (person: string) => candidates.findIndex((c) => c?.person === person);
  const aliased = new Set(surePersons.flatMap((p) => (aliases.has(p) && firstAt(aliases.get(p)!) < firstAt(p) ? [aliases.get(p)!] : [])));
  // A person a label named with their role or office (`主持人（王晓）：`, `工业和信息化部部长 李乐成：`) speaks under their bare name.
  const named = new Set(candidates.flatMap((c) => (c && c.person !== c.speaker && sure(c) ? [c.person] : [])));
  // So does a person the lines above the turns introduce (`主持人：行政院發言人李慧芝`, `发布人：人力资源社会保障部副部长 李忠`).
  const introductions = [...front, ...candidates].flatMap((c) => (c && introduces(c) ? [c.rest] : []));
  const introduced = (c: Label) => PERSONAL_NAME.test(c.person) && introductions.some((line) => line.includes(c.person));
  const speakers = new Set<string>();
  let last: Label | undefined;
  candidates.forEach((c, k) => {
    if (!c || (speakers.size === 0 && chairLine(c))) return;
    if (c.onlyIfRecurring) {
      // Once someone has spoken, a personal name so labelled is no headline's kicker (those stand atop the text): it
      // speaks, even once (`經濟部次長 林全忠：我補充一下`); so it does before more than one sentence, which no headline has
      // (`…新闻发言人 周立峰：各位媒体朋友，晚上好。现将…`).
      if (sure(c) || (isChineseName(c.person) && (speakers.size > 0 || SENTENCES.test(c.rest)))) speakers.add(c.speaker);
      last = c;
      return;
    }
    const oneOff =
      speakers.size >= 2 &&
      !NOT_A_SPEAKER.test(c.speaker) &&
      (([...c.speaker].length <= 6 && (asks(c.rest) || TITLE_AFTER_SURNAME.test(c.speaker))) || TITLE_NAME.test(c.speaker) || (isShortName(c.speaker) && (PERSON_TAIL.test(c.speaker) || TITLE_THEN_NAME.test(c.speaker))));
    // A name answering a speaker's question (`记者：…？` then `张桂兰：…`) speaks, even once in a short exchange.
    const answers = last !== undefined && speakers.has(last.speaker) && asks(last.rest) && !NOT_A_SPEAKER.test(c.speaker) && PERSONAL_NAME.test(c.person);
    // A short label between two turns of one speaker (`主持人：…` `居民：我同意。` `主持人：谢谢。`) is someone answering them.
    const next = candidates.slice(k + 1).find((x) => x !== undefined);
    const between = last !== undefined && speakers.has(last.speaker) && next?.speaker === last.speaker && c.speaker !== last.speaker && isShortName(c.speaker);
    // A name the turn before or after addresses (`谢谢许蔓。`, `下一位提问的是…分析师李思远。`) speaks, even once.
    const addressed = PERSONAL_NAME.test(c.person) && !NOT_A_SPEAKER.test(c.speaker) && [last, next].some((x) => x !== undefined && addresses(x.rest, c.person));
    // One of a numbered set whose other members speak (`陈述人2：` beside `陈述人1：`, `说话人3：`) speaks, even once.
    const numberedKin = NUMBER_END.test(c.speaker) && surePersons.some((p) => p !== c.person && NUMBER_END.test(p) && stem(p) === stem(c.speaker));
    if (sure(c) || oneOff || aliased.has(c.person) || named.has(c.person) || introduced(c) || answers || between || addressed || numberedKin || inExchange(candidates, k)) speakers.add(c.speaker);
    last = c;
  });
  return speakers;
}

/** A label ending in its number (`陈述人2`, `说话人3`, `嘉宾1`), and the words before the number. */
const NUMBER_END = /\p{Script=Han}\d{1,2}$/u;
const stem = (label: string) => label.replace(/\d+$/u, '');

/** A sentence's end with words after it: more than one sentence. */
const SENTENCES = /[。！？!?][”」』]?[\s\u3000]*[^\s\u3000”」』）)]/u;

/** Paragraphs in a row, each opening with a personal name, that make an exchange: its one-off names speak. */
const EXCHANGE = 3;
/** A label that is a Chinese personal name and nothing else (no role, no information key). */
const isName = (c: Label | undefined) => c !== undefined && c.person === c.speaker && isChineseName(c.person) && !NOT_A_SPEAKER.test(c.speaker);

/**
 * Whether candidate `k` is in an exchange: `EXCHANGE` paragraphs in a row (`张建国：…` `李红梅：…` `王磊：…`), each
 * labelled with a Chinese personal name (surnames.ts; no information key), at least two people. A short meeting
 * where each speaks once has no recurring label, yet is plainly a dialogue.
 */
function inExchange(candidates: Array<Label | undefined>, k: number): boolean {
  for (let start = Math.max(0, k - EXCHANGE + 1); start <= k; start++) {
    const run = candidates.slice(start, start + EXCHANGE);
    if (run.length === EXCHANGE && run.every(isName) && new Set(run.map((c) => c!.person)).size >= 2) return true;
  }
  return false;
}

/**
 * A line naming who chairs, above the first turn (`主持人：行政院發言人李慧芝`, `主持：市委常委、常务副市长何志强`,
 * `主持人：陈佳`, `主播：骆宁、温书瑶`): an office and a name, or names alone, no sentence; information, not a turn.
 */
export const chairLine = (c: Label) =>
  lexiconRole(c.speaker) === 'moderator' &&
  c.person === c.speaker &&
  [...c.rest].length <= 40 &&
  /^[^，,。！？!?；;：:“”「」]+$/u.test(c.rest) &&
  ((TITLE_WORD_ANY.test(c.rest) && /\p{Script=Han}{2,4}$/u.test(c.rest)) || namesOnly(c));

/** How a label describing someone ends (`六楼住户赵女士`, `一位外卖骑手小哥`): with a form of address or who they are. */
const PERSON_TAIL = /(?:女士|先生|小姐|师傅|師傅|大爷|大爺|大妈|大媽|阿姨|奶奶|爷爷|爺爺|大姐|大哥|小哥|同学|同學|老师|老師|医生|醫生|律师|律師|经理|經理|老板|老闆|店主|村民|居民|市民|住户|住戶|家长|家長|工人|网友|網友|读者|讀者)$/u;

/** How a label naming someone by office ends (`消费者代表李明辉`, `政协委员冯丽娟`, `人大代表郑晓东`): a title, then a name. */
const TITLE_THEN_NAME = /(?:代表|委员|委員|议员|議員|专家|專家|学者|學者|教授|律师|律師|主任|局长|局長|处长|處長|院长|院長|经理|經理|书记|書記|村长|村長|社长|社長|厂长|廠長|站长|站長|所长|所長)\p{Script=Han}{2,3}$/u;

/**
 * Whether `speech` addresses or announces `person` (a personal name, Han only): thanks them, asks them, welcomes them,
 * gives them the floor (`谢谢许蔓`, `请李思远提问`, `分析师李思远`).
 */
const addresses = (speech: string, person: string) =>
  new RegExp(`(?:谢谢|謝謝|感谢|感謝|请|請|有请|有請|欢迎|歡迎|是|由|分析师|分析師|记者|記者)${person}(?!\\p{Script=Han})`, 'u').test(speech);

/** A label short enough to name a person or a group (`居民`, `六楼住户赵女士`), not a topic (`关于住房问题`) or an information key. */
const isShortName = (speaker: string) => [...speaker].length <= 10 && !NOT_A_SPEAKER.test(speaker) && !/^(?:关于|關於|对于|對於|针对|針對|至于|至於)/u.test(speaker);

/** Titles that follow a surname in an alias (`邵局长`, `王外长`, `王行长`). */
const TITLES = '局长|局長|部长|部長|次长|次長|外长|外長|厅长|廳長|市长|市長|县长|縣長|区长|區長|省长|省長|主任|院长|院長|校长|校長|处长|處長|科长|科長|司长|司長|署长|署長|行长|行長|会长|會長|社长|社長|台长|臺長|台長|馆长|館長|所长|所長|站长|站長|厂长|廠長|村长|村長|镇长|鎮長|书记|書記|秘书长|秘書長|董事长|董事長|总经理|總經理|经理|經理|总监|總監|主席|老师|老師|教授|医生|醫生|律师|律師|先生|女士';
/** A surname and a title (`邵局长`, `王次長`), a deputy's too (`王副部长`). */
const TITLE_AFTER_SURNAME = new RegExp(`^.副?(?:${TITLES}|总|總|董)$`, 'u');
const PERSONAL_NAME = /^\p{Script=Han}{2,4}$/u;
const TITLE_WORD = new RegExp(TITLES, 'u');
/** Offices a chair line names (`行政院發言人`, `常务副市长`, `主任`): the titles, and offices no alias takes. */
const TITLE_WORD_ANY = new RegExp(`${TITLES}|发言人|發言人|联络人|聯絡人|新闻官|新聞官|常委|委员|委員|主持人|总编辑|總編輯|主编|主編|编辑|編輯|记者|記者|主播`, 'u');

/**
 * Aliases → one person: a label holding another label's name (`局长邵明远`,
 * `外长王毅` → the name) or a surname with a title (`邵局长`, `王外长`) when one
 * name has that surname. Returns person → the person they are.
 */
export function resolveAliases(persons: string[]): Map<string, string> {
  const unique = [...new Set(persons)];
  const names = unique.filter((p) => PERSONAL_NAME.test(p) && !TITLE_WORD.test(p) && !lexiconRole(p));
  const out = new Map<string, string>();
  for (const p of unique) {
    if (names.includes(p)) continue;
    const holding = names.filter((n) => p.includes(n));
    const bySurname = TITLE_AFTER_SURNAME.test(p) ? names.filter((n) => n[0] === p[0]) : [];
    const target = holding.length === 1 ? holding[0] : bySurname.length === 1 ? bySurname[0] : undefined;
    if (target) out.set(p, target);
  }
  return out;
}

/** The title an office ends in (`外交部長` → 部長, `立法委員` → 委員), which a later bare label may use alone. */
const OFFICE_TITLE = new RegExp(`(?:${TITLES}|委员|委員|议员|議員|发言人|發言人)$`, 'u');

/**
 * A bare role word → the one person a label names with it (`主持人（王晓）：` once, then `主持人：`: 王晓 both
 * times), and the title an office ends in → its one holder (`外交部長 林佳龍：` once, then `部長：`; `外交部发言人：`, then
 * `发言人：`), never a deputy's (`副市长 X：`, then `市长：`). A role word or
 * title that names two people (`记者（甲）`, `记者（乙）`; `外交部長 林佳龍` and `國防部長 顧立雄`) stands for neither, and
 * a word for whoever asks (`听众（某报社实习生）` once, then `听众：`) for no one: anyone in the room may be a `听众`.
 */
export function roleHolders(labels: Label[]): Map<string, string> {
  const holders = new Map<string, Set<string>>();
  const hold = (role: string, person: string) => holders.set(role, (holders.get(role) ?? new Set()).add(person));
  for (const l of labels) {
    if (l.role && isAskerWord(l.role)) continue;
    if (l.role) hold(l.role, l.person);
    // An office labelled alone (`外交部发言人：`) holds its title as a named office's person does; a deputy's office
    // (`副市长`) is not the title's (`市长：` is someone else).
    const office = l.role ?? l.person;
    const title = OFFICE_TITLE.exec(office)?.[0];
    if (title && title !== office && !office.endsWith(`副${title}`)) hold(title, l.person);
  }
  return new Map([...holders].flatMap(([role, people]) => (people.size === 1 ? [[role, [...people][0]!] as const] : [])));
}

/**
 * English twins of a bilingual transcript: a person with a Latin label and no Han text, each of whose turns comes right
 * after a turn of one and the same person with a Han label, as many turns as theirs, whose label has the same role in
 * the lexicon or none (`主持人：…` then `Moderator: …`, every time; `王立群` then `Wang Liqun`).
 * Returns twin → the person they translate.
 */
export function englishTwins(turns: SpokenTurn[]): Map<string, string> {
  const count = (p: string) => turns.filter((t) => t.person === p).length;
  const latin = (p: string) => /^[A-Za-z]/.test(p);
  const out = new Map<string, string>();
  for (const p of new Set(turns.map((t) => t.person))) {
    if (!latin(p)) continue;
    // A twin speaks English: `REUTERS: 中方会反制吗？` after each answer asks; it translates nothing.
    if (turns.some((t) => t.person === p && /\p{Script=Han}/u.test(t.text))) continue;
    const before = new Set(turns.flatMap((t, i) => (t.person === p ? [turns[i - 1]?.person] : [])));
    const [person] = before;
    // A twin plays its person's part (`Moderator` under `主持人`, a name under a name); `Smith:` answering a host, or an
    // `Interpreter:`, does not.
    if (before.size === 1 && person !== undefined && !latin(person) && count(person) === count(p) && lexiconRole(p) === lexiconRole(person)) out.set(p, person);
  }
  return out;
}

/** One turn as the role signals see it. */
export interface SpokenTurn {
  person: string;
  /** Every label the person's turns used. */
  speaker: string;
  /** The turn's text. */
  text: string;
}

/**
 * A turn that asks: it ends in a question mark, opens by asking (`请问`), or is short (≤ 60 characters) and opens
 * with a question (`那费用怎么分摊？我们退休工人，拿不出那么多钱。`: a question, then why it is asked).
 */
export const asks = (text: string) => {
  const t = text.trim();
  return /[？?][”"」』）)\s]*$/u.test(t) || /^(?:请问|請問|想问|想問|想请问|想請問|我想问|我想問)/u.test(t) || ([...t].length <= 60 && /^[^。！!；;…]+[？?]/u.test(t));
};

/**
 * The role of each person, from all the signals together; `fixed` (corrections) wins. `chairs` are the people a line
 * above the turns names as chair (`主持人：周晓婷`): they moderate, or, alone with one guest and mostly asking, interview.
 */
export function assignRoles(turns: SpokenTurn[], fixed: ReadonlyMap<string, SpeakerRole> = new Map(), chairs: ReadonlySet<string> = new Set()): Map<string, SpeakerRole> {
  const persons = [...new Set(turns.map((t) => t.person))];
  const roles = new Map<string, SpeakerRole>();
  const labelsOf = (p: string) => [...new Set(turns.filter((t) => t.person === p).map((t) => t.speaker))];
  const askShare = (p: string) => {
    const own = turns.filter((t) => t.person === p);
    return own.filter((t) => asks(t.text)).length / own.length;
  };
  // `A：` answers a `Q：`; beside a `B：` and no `Q：` it is one of two interlocutors (`A：` `B：`, as 甲 and 乙), whose roles
  // come from who asks.
  const lettered = persons.includes('B') && !persons.includes('Q');
  // A chair who speaks mostly right after someone asks (a spokesperson chairing her own briefing) answers.
  const answersQuestions = (p: string) => {
    const own = turns.flatMap((t, i) => (t.person === p ? [i] : []));
    const answering = own.filter((i) => i > 0 && turns[i - 1]!.person !== p && asks(turns[i - 1]!.text));
    return own.length >= 2 && answering.length * 2 >= own.length;
  };
  const fixedRole = (p: string) => fixed.get(p) ?? labelsOf(p).map((l) => fixed.get(l)).find((r) => r !== undefined);
  for (const p of persons) {
    if (lettered && p === 'A') continue;
    // The printed labels first: `主持人（常委会副主任何卫平）` moderates although the person's title answers.
    const role = chairs.has(p) && !answersQuestions(p) ? 'moderator' : (labelsOf(p).map(lexiconRole).find((r) => r !== undefined) ?? lexiconRole(p));
    if (role) roles.set(p, role);
  }
  // A speaker whose every turn, two or more, gives the floor or closes the session chairs it, whatever the title says
  // (国新办's host is its press office's 新闻发言人, and never answers).
  // So does one who opens the session giving the floor and closes it (`散会`), as a meeting's chair, asking on the way.
  const opensAndCloses = (p: string) => turns[0]!.person === p && turns.at(-1)!.person === p && GIVES_FLOOR.test(turns[0]!.text) && CLOSES.test(turns.at(-1)!.text);
  for (const p of persons) {
    const own = turns.filter((t) => t.person === p);
    if (!chairs.has(p) && (roles.get(p) ?? 'answer') === 'answer' && own.length >= 2 && (own.every((t) => GIVES_FLOOR.test(t.text)) || opensAndCloses(p))) roles.set(p, 'moderator');
  }
  for (const p of persons) if (!roles.has(p) && askShare(p) >= 0.5) roles.set(p, 'question');
  // A corrected role counts here too (a chair a line names, `主持人：王立新`, is among the roles already): the others answer.
  const someoneAsks = [...roles.values(), ...persons.map(fixedRole)].some((r) => r === 'question' || r === 'moderator');
  const open = persons.filter((p) => !roles.has(p));
  if (someoneAsks) for (const p of open) roles.set(p, 'answer');
  else {
    const chars = (p: string) => turns.filter((t) => t.person === p).reduce((n, t) => n + t.text.length, 0);
    const hasAnswer = [...roles.values()].includes('answer');
    // On a tie the speaker who spoke later answers: the one who speaks first usually asks.
    const top = [...open].sort((a, b) => chars(b) - chars(a) || open.indexOf(b) - open.indexOf(a))[0];
    for (const p of open) roles.set(p, !hasAnswer && p === top ? 'answer' : 'other');
    // Someone whose every turn, two or more, is answered next (an outlet such as REUTERS:) is asking; one turn followed by
    // the answerer's is no evidence (a meeting where each speaks once).
    for (const p of open) {
      if (roles.get(p) !== 'other' || turns.filter((t) => t.person === p).length < 2) continue;
      const next = turns.map((t, i) => (t.person === p ? turns.slice(i + 1).find((u) => u.person !== p) : undefined)).filter((t, i) => turns[i]!.person === p);
      if (next.every((t) => t !== undefined && roles.get(t.person) === 'answer')) roles.set(p, 'question');
    }
  }
  // A moderator alone with one guest, mostly asking, is the interviewer (TV interviews, podcasts, talks); a bilingual
  // transcript's English twins (`Moderator:` under each `主持人：`) are the same two people.
  const twins = englishTwins(turns);
  const moderators = persons.filter((p) => roles.get(p) === 'moderator' && !twins.has(p));
  const others = persons.filter((p) => roles.get(p) !== 'moderator' && roles.get(p) !== 'interpreter' && !twins.has(p));
  if (moderators.length === 1 && others.length === 1 && roles.get(others[0]!) !== 'question' && askShare(moderators[0]!) >= 0.5) roles.set(moderators[0]!, 'question');
  for (const [twin, person] of twins) roles.set(twin, roles.get(person)!);
  for (const p of persons) {
    const role = fixedRole(p);
    if (role) roles.set(p, role);
  }
  return roles;
}
