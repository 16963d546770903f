/**
 * Speaker turns in a flat run of mdast blocks — the one grouping function of
 * every shape (plain text, Markdown, subtitles). A turn opens at a paragraph
 * whose text starts with a speaker label (labels.ts; in bold or not, after a
 * timestamp or not) or at a heading that is only a label (`### 王毅：`, the
 * speech below). Blocks without a label continue the turn above; consecutive
 * turns of one person under the same label are one turn (under another label,
 * an alias, or after a stage note or an unread label, the label stays printed); a heading, topic,
 * thematic break, footnote definition or a note that the event ended
 * (`（记者会结束）`) ends it. A label with nothing spoken
 * under it stays the block it was.
 */
import type { BlockContent, FootnoteDefinition, Heading, Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SpeakerRole, Topic, TopicTitle, Turn } from '../ast/types.js';
import { candidateLabel, isFieldRow, isTimeMark, type Label, namesOnly, WRITE_UP_KEYS } from './labels.js';
import { isEnglish } from './language.js';
import { isWebResidue } from './residue.js';
import { assignRoles, chairLine, englishTwins, resolveAliases, roleHolders, type SpokenTurn, speakerSet } from './speakers.js';

interface Found extends Label {
  /** The paragraph's content after the label (empty for a label heading). */
  content: PhrasingContent[];
  heading: boolean;
}

/** What a shape hands over: the document's blocks in order, topics still flat (report.ts nests them afterwards). */
export type Flat = BlockContent | FootnoteDefinition | Topic | TopicTitle;

/** Blocks that end a turn instead of continuing it. */
const ENDS_TURN = new Set(['heading', 'thematicBreak', 'footnoteDefinition', 'topic', 'topicTitle', 'section']);
/**
 * A note that the event or the text ended (`（记者会结束）`, `（記者會完）`, `（會見傳媒完）`, `（11:15，听证会结束）`, `（“部长通道”结束）`, `（完）`,
 * `(End of interview)`, and a release's end mark `完`, `—完—`): the
 * transcript's, not the last speaker's; `（视频播放结束）` is a stage note.
 */
const END_NOTE = /^(?:[（(【[](?:\d{1,2}[:：]\d{2}[，,、\s]*)?(?:(?:[“「][^”」]{1,12}[”」]|记者会|記者會|听证会|聽證會|发布会|發布會|新闻发布会|新聞發布會|记者招待会|記者招待會|通报会|通報會|通气会|通氣會|吹风会|吹風會|简报会|簡報會|见面会|見面會|会见传媒|會見傳媒|会见记者|會見記者|会议|會議|座谈会|座談會|论坛|論壇|讲座|講座|庭审|庭審|节目|節目|访谈|訪談|采访|採訪|(?:本场|本場|本次)?直播)?(?:结束|結束|完)|(?:本期|本集)?(?:节目|節目)?完|全文完|散会|散會|闭幕|閉幕|闭庭|閉庭|闭会|閉會)[）)】\]]|[-—–~～\s]*(?:完|全文完)[-—–~～\s]*|\((?:(?:The )?(?:briefing|press conference|press briefing|meeting|hearing|session|interview) (?:was |is )?(?:concluded|ended|adjourned|closed)[^()]*|End of (?:the )?(?:briefing|press conference|press briefing|meeting|hearing|session|interview|transcript|remarks))\))$/iu;
/** A bracketed note of up to 40 characters (`（休庭）`, `（掌声）`, `【播放视频】`, `（发布会结束）`). */
const NOTE = '[（(【[][^（）()【】[\\]]{1,40}[）)】\\]]';
/** A paragraph (or a subtitle cue) that is all one bracketed note: not speech, and never run into the speech above. */
export const STAGE_NOTE = new RegExp(`^${NOTE}$`, 'u');
/** A stage note closing a paragraph after its last sentence (`…记录在案。（休会十分钟）`): the note alone is the match. */
export const CLOSING_NOTE = new RegExp(`(?<=[。！？!?…])${NOTE}$`, 'u');
/** A credit line closing a page (`（编辑：黄海）`, `责任编辑：王五`, `（来源：江城日报）`, `（整理：本报记者 孔令辉）`): the page's, not the last speaker's. */
const CREDIT_NOTE = new RegExp(`^[（(【[]?(?:责任编辑|責任編輯|编辑|編輯|校对|校對|审核|審核|审校|審校|来源|來源|本文来源|本文來源|${WRITE_UP_KEYS}|摄影|攝影)[:：][^（()）【】[\\]]{1,30}[）)】\\]]?$`, 'u');
/**
 * An editor's note to the reader in brackets (`（請同時參閱英文部分。）`, `（编者注：…）`, `（记者注：…）`, `（详见附件）`, `（本文有删节）`,
 * `（经受访者审定）`, `（本文刊发于《财经》2026年第17期）`): the transcript's, not the last speaker's.
 */
const EDITOR_NOTE = /^[（(【[](?:(?:编者注|編者註|編者注|编者按|編者按|编注|編註|记者注|記者註|記者注|译注|譯註|譯注)[:：][^（）()【】[\]]+|[^（）()【】[\]]*(?:参阅|參閱|参见|參見|参看|參看|详见|詳見|请见|請見|删节|刪節|删改|刪改|审定|審定|审阅|審閱|刊发|刊發|刊载|刊載|刊于|刊於|原载|原載|首发|首發|发表于|發表於|转载|轉載)[^（）()【】[\]]*)[）)】\]]$/u;
/** A recess or a resumption noted in brackets (`（休庭十分钟）`, `（恢复庭审）`, `（休会）`): the proceedings', not the last speaker's. */
const RECESS_NOTE = /^[（(【[](?:休庭|休会|休會|暂停|暫停|恢复庭审|恢復庭審|继续开庭|繼續開庭|复会|復會|继续开会|繼續開會)[^（）()【】[\]]{0,20}[）)】\]]$/u;
/** The heading of what a meeting decided, alone on its line (`会议决议：`, `议定事项`): the minutes', not the last speaker's. */
const MINUTES_PART = /^(?:会议决议|會議決議|会议决定|會議決定|议定事项|議定事項|决定事项|決定事項|待办事项|待辦事項|行动项|行動項|下一步工作)[:：]?$/u;
/**
 * A block the open turn takes in: not one of ENDS_TURN (which holds every kind of Flat that is not BlockContent), nor
 * an END_NOTE, a RECESS_NOTE, a CREDIT_NOTE, an EDITOR_NOTE, a MINUTES_PART, web-page residue (a WeChat article's `-END-`, `往期推荐`, its counts: residue.ts),
 * a line naming who sat or signed (`书记员：蒋悦`), a live report's time mark (`【10:03】`) or
 * an unattributed paragraph (a subtitle's dash line).
 */
const continuesTurn = (node: Flat): node is BlockContent => {
  if (ENDS_TURN.has(node.type) || (node.type === 'paragraph' && node.data?.unattributed)) return false;
  const text = node.type === 'paragraph' ? toString(node).trim() : '';
  return !END_NOTE.test(text) && !RECESS_NOTE.test(text) && !CREDIT_NOTE.test(text) && !EDITOR_NOTE.test(text) && !MINUTES_PART.test(text) && !isWebResidue(text) && !namesWho(text) && !isTimeMark(text);
};

/** A record's line naming who sat or signed (`书记员：蒋悦`, `审判长：韩振宇   审判员：苏岚`): no one's speech. */
const namesWho = (text: string) => {
  const label = candidateLabel(text);
  return isFieldRow(text) || (label !== undefined && namesOnly(label));
};

/** Words that say a reporter is writing: `记者了解到`, `告诉记者`, `接受本报记者采访` (a speaker's `告诉记者朋友们` is speech). */
const REPORTER = /(?:本报|本報|本刊)?(?:记者|記者)(?:了解到|注意到|看到|获悉|獲悉|发现|發現|走访|走訪|来到|來到|在现场|在現場)|(?:告诉|告訴|对|對|带|帶|领着|領著|陪着|陪著)(?:本报|本報|本刊)?(?:记者|記者)(?!朋友)|接受(?:本报|本報|本刊)?(?:记者|記者)/u;
/** Verbs of reporting after a person: `说`, `表示`, `介绍` … */
const SAID = '(?:说|說|表示|介绍|介紹|坦言|告诉|告訴|回忆|回憶|补充说|補充說|笑着说|笑著說|强调|強調|提醒|指出|透露|解释|解釋|感慨|坦承)';
/** A quotation closed and attributed (`“……”何建平说。`, `”她表示，`). */
const ATTRIBUTED_QUOTE = new RegExp(`^[“「『].*[”」』][，,]?\\p{Script=Han}{1,6}?${SAID}[。，,：:]`, 'u');
const REPORTING = new RegExp(`^${SAID}`, 'u');
/** A quotation attributed in the middle of a paragraph (`…留影。“那时候……，”她笑着说，“现在……”`): a writer's. */
const QUOTE_ATTRIBUTED = new RegExp(`[”」』][，,]?[他她]${SAID}[，,。：:]`, 'u');

/**
 * Whether a paragraph after `person`'s turn is a reporter's narration, which ends the turn (a 专访 or a reposted
 * article quoting its speakers): it says a reporter is writing (`记者了解到…`, `…她告诉记者`, `带记者走进…`), attributes a
 * quotation (`“……”李明华说。`, `…，”她笑着说，“…`), opens with `person`, `他` or `她` and a verb of reporting (`李明华介绍，…`),
 * or names `person` introducing a quotation (`…，李明华笑着说：“…”`). Speech continuing over paragraphs has none of these.
 */
function narrates(node: Flat, person: string): boolean {
  if (node.type !== 'paragraph') return false;
  const text = toString(node).trim();
  const subject = [person, '他', '她'].find((s) => text.startsWith(s));
  return REPORTER.test(text) || ATTRIBUTED_QUOTE.test(text) || QUOTE_ATTRIBUTED.test(text) || (subject !== undefined && REPORTING.test(text.slice(subject.length))) || introducesQuote(text, person);
}

/**
 * The speaker named inside a sentence and a verb of reporting opening a quotation (`夜色渐深，蒋红梅望着窗外说：“……”`):
 * a writer's scene, for no one quotes themselves by their full name. A name of two characters or more only.
 */
function introducesQuote(text: string, person: string): boolean {
  if ([...person].length < 2 || !/^\p{Script=Han}+$/u.test(person)) return false;
  for (let at = text.indexOf(person); at >= 0; at = text.indexOf(person, at + 1)) {
    if (INTRODUCES_QUOTE.test(text.slice(at + person.length))) return true;
  }
  return false;
}

/** What follows a name that introduces a quotation: a few words in its sentence, a verb of reporting, the opening mark. */
const INTRODUCES_QUOTE = new RegExp(`^[^。！？“”「」]{0,12}?${SAID}[：:，,]?[“「『]`, 'u');

/** A turn as the role signals see it: who, under which label, saying what. */
const spokenOf = (t: Turn): SpokenTurn => ({ person: t.person ?? t.speaker, speaker: t.speaker, text: toString(t) });

/**
 * In a bilingual transcript whose speakers have English twins (`李明：…` then `Li Ming: …`), a speaker labelled alike in
 * both languages (`Grace Wanjiru：是的…` then `Grace Wanjiru: Yes…`) speaks a turn per language too, each labelled as
 * the source labels it. Returns each grouped turn → the turns it prints as.
 */
function splitByLanguage(grouped: Turn[]): Map<Turn, Turn[]> {
  const bilingual = englishTwins(grouped.map(spokenOf)).size > 0;
  const out = new Map<Turn, Turn[]>();
  for (const turn of grouped) {
    const runs: Array<Turn['children']> = [];
    for (const child of turn.children) {
      const last = runs.at(-1);
      if (bilingual && last && isEnglish(toString(last[0]!)) !== isEnglish(toString(child))) runs.push([child]);
      else if (last) last.push(child);
      else runs.push([child]);
    }
    out.set(turn, runs.length === 1 ? [turn] : runs.map((children) => ({ ...turn, children })));
  }
  return out;
}

/** A follow-up question labelled by itself (`追问：`), no one named: the one who asked before the answer above it. */
const FOLLOW_UP_ALONE = /^(?:追问|追問)$/u;

/** The one who spoke before the last turn of `out` and is not its speaker: who asked what that turn answered. */
function askedLast(out: Flat[]): string | undefined {
  const turns = out.filter((n): n is Turn => n.type === 'turn');
  const answer = turns.at(-1);
  const who = (t: Turn) => t.person ?? t.speaker;
  const asker = answer && turns.findLast((t) => who(t) !== who(answer));
  return asker && who(asker);
}

/**
 * Groups `nodes` into turns. `fixed` maps a person or label to the role a
 * correction gives it (sidecar or front matter `speakers:`); `introductions`
 * are the front's lines naming who takes part and who chairs (speakers.ts
 * `introduces`): those people speak under their names, the chair moderates.
 */
export function groupTurns(nodes: Flat[], fixed: ReadonlyMap<string, SpeakerRole> = new Map(), introductions: Label[] = []): Flat[] {
  const found = nodes.map((n) => (n.type === 'paragraph' ? paragraphLabel(n) : n.type === 'heading' ? headingLabel(n) : undefined));
  // A label alone on its line (`韩振东：`, the speech below) is judged by that speech: whether it asks, whom it addresses.
  const said = (f: Found, i: number): Label => {
    const below = nodes[i + 1];
    return f.rest || below?.type !== 'paragraph' || found[i + 1] ? f : { ...f, rest: toString(below) };
  };
  const speakers = speakerSet(found.map((f, i) => (f && !f.heading ? said(f, i) : undefined)), introductions);
  const labelOf = (i: number) => {
    const f = found[i];
    return f && (f.heading || speakers.has(f.speaker)) ? f : undefined;
  };
  const labels = nodes.flatMap((_, i) => labelOf(i) ?? []);
  const aliases = new Map([...roleHolders(labels), ...resolveAliases(labels.map((l) => l.person))]);
  // The lines above the first turn naming who chairs (`主持人：行政院發言人李慧芝`).
  const chairLines = introductions.filter(chairLine);
  // A bare `主持人：` is the person a chair line names when they also speak by name (`李慧芝：`).
  for (const chair of chairLines) {
    const named = [...new Set(labels.map((l) => l.person).filter((p) => p !== chair.speaker && chairedBy(chair.rest, p)))];
    if (named.length === 1 && !aliases.has(chair.speaker)) aliases.set(chair.speaker, named[0]!);
  }
  const personOf = (f: Found) => aliases.get(f.person) ?? f.person;

  /**
   * Whether block `k` breaks a speaker's speech: a bracketed stage note, alone or closing the block (`…记录在案。（休会十分钟）`),
   * or a line with a label not read as a speaker's.
   */
  const interrupts = (k: number) => {
    const node = nodes[k];
    return node?.type === 'paragraph' && ((found[k] !== undefined && !labelOf(k)) || STAGE_NOTE.test(toString(node).trim()) || CLOSING_NOTE.test(toString(node).trim()));
  };
  const out: Flat[] = [];
  const opening = new Map<Turn, Flat>();
  let turn: Turn | undefined;
  // The time of a label alone on its line (`王晓明  00:00:05`): the speech below it begins then.
  let pendingTime: string | undefined;
  nodes.forEach((node, i) => {
    const label = labelOf(i);
    if (label) {
      // Consecutive turns under one label (so of one person) are one turn; another label, an alias too, stays printed,
      // and so does the same label after a block that is not this speaker's speech (`（休庭）`, or `居民：…` that was
      // not read as a speaker's label): the speaker is named again where someone else may have spoken.
      if (!turn || turn.speaker !== label.speaker || interrupts(i - 1)) {
        const person = FOLLOW_UP_ALONE.test(label.person) ? (askedLast(out) ?? label.person) : personOf(label);
        turn = { type: 'turn', speaker: label.speaker, role: 'other', children: [] };
        if (person !== label.speaker) turn.person = person;
        opening.set(turn, node);
        out.push(turn);
      }
      pendingTime = label.content.length > 0 ? undefined : label.time;
      if (label.content.length > 0) {
        const data = { ...(node.type === 'paragraph' ? node.data : {}), ...(label.time ? { time: label.time } : {}) };
        turn.children.push({ type: 'paragraph', children: label.content, ...(Object.keys(data).length > 0 ? { data } : {}) });
      }
      return;
    }
    const continues = continuesTurn(node) && !(turn && narrates(node, turn.person ?? turn.speaker));
    if (turn && continues) {
      turn.children.push(node.type === 'paragraph' && pendingTime ? { ...node, data: { ...node.data, time: pendingTime } } : node);
      pendingTime = undefined;
    } else {
      if (!continues) turn = undefined;
      out.push(node);
    }
  });

  // Each grouped turn and the turns it prints as (a bilingual one may be two, splitByLanguage).
  const split = splitByLanguage(out.filter((n): n is Turn => n.type === 'turn' && n.children.length > 0));
  const turns = [...split.values()].flat();
  // The speaker a line above the first turn names as chair (`主持人：行政院發言人李慧芝`) moderates, unless corrected.
  const chairs = chairLines.map((c) => c.rest);
  const chairing = new Set(labels.filter((l) => chairs.some((named) => chairedBy(named, l.person))).map(personOf));
  const spoken = turns.map(spokenOf);
  let roles = assignRoles(spoken, fixed, chairing);
  // A chair with nobody to hand over to (`主持人：发言人毛宁`, then only reporters asking) answers the questions herself.
  if (chairing.size > 0 && ![...roles.values()].includes('answer')) roles = assignRoles(spoken, fixed);
  for (const t of turns) t.role = roles.get(t.person ?? t.speaker) ?? 'other';
  return out.flatMap((n) => (n.type !== 'turn' ? [n] : n.children.length === 0 ? [opening.get(n)!] : split.get(n)!));
}

/**
 * Whether a line naming who chairs (`…常务副市长何志强`, `骆宁、温书瑶`) names `person`: by their name, or by surname and the
 * office before the name (`何副市长`).
 */
function chairedBy(named: string, person: string): boolean {
  if (named.split(/[、，,]/u).some((one) => one.trim().endsWith(person))) return true;
  const [surname, ...office] = [...person];
  return /^\p{Script=Han}{3,6}$/u.test(person) && new RegExp(`${office.join('')}${surname}\\p{Script=Han}{1,2}$`, 'u').test(named);
}

/** `### 王毅：` — a heading that is nothing but a label; a heading ending in a time (`# 下午场 14:00`) is a heading. */
function headingLabel(h: Heading): Found | undefined {
  const text = toString(h).trim();
  const label = candidateLabel(text);
  return label && !label.rest && !ENDS_WITH_TIME.test(text) ? { ...label, content: [], heading: true } : undefined;
}

const ENDS_WITH_TIME = /\d{1,2}:\d{2}(?::\d{2})?[)）]?[:：]?$/u;

/**
 * The label opening a paragraph, plain or in bold (`**【记者】**`, `**王毅：**`,
 * `**王毅**：`, `[00:12] **王毅**：`): the label is read from the paragraph's
 * leading text with the bold marks removed, and may not end inside the bold.
 */
function paragraphLabel(p: Paragraph): Found | undefined {
  // A field (a byline, a source block's key and value) names someone; it never opens a turn.
  if (p.data?.field) return undefined;
  let lead = '';
  for (const c of p.children) {
    if (c.type === 'text') lead += c.value;
    else if (c.type === 'strong' && c.children.every((s) => s.type === 'text')) lead += toString(c);
    else break;
    if (lead.length > 60) break;
  }
  const label = candidateLabel(lead);
  if (!label || namesOnly(label)) return undefined;
  const content = dropLeading(p.children, [...lead].length - [...label.rest].length);
  return content ? { ...label, content, heading: false } : undefined;
}

/** What may stand between a label and its words: spaces and a colon (`**王毅**：`, `【记者】 `). */
const LABEL_MARKS = /^[\s\u3000]*[:：]?[\s\u3000]*/u;
const onlyMarks = (text: string) => /^[\s\u3000:：]*$/u.test(text);

/**
 * `children` without their first `n` characters (bold cut into keeps the rest bold); undefined when the cut falls
 * inside other markup.
 */
function dropLeading(children: PhrasingContent[], n: number): PhrasingContent[] | undefined {
  let left = n;
  const out = [...children];
  while (left > 0 && out.length > 0) {
    const first = out[0]!;
    const value = toString(first);
    const length = [...value].length;
    if (length <= left) {
      out.shift();
      left -= length;
      continue;
    }
    const rest = [...value].slice(left).join('');
    if (first.type === 'strong' && !onlyMarks(rest)) {
      // A paragraph set wholly in bold (`**记者：AI会取代作家吗？**`): the label is cut off, the words stay bold.
      out[0] = { ...first, children: [{ type: 'text', value: rest.replace(LABEL_MARKS, '') }] };
      return out;
    }
    if (first.type !== 'text') return onlyMarks(rest) ? (out.shift(), out) : undefined;
    out[0] = { ...first, value: rest };
    left = 0;
  }
  const head = out[0];
  if (head?.type === 'text') {
    // A colon after bold (`**王毅**：`) and the space after a label are label marks too.
    const value = head.value.replace(LABEL_MARKS, '');
    if (value) out[0] = { ...head, value };
    else out.shift();
  }
  return out;
}
