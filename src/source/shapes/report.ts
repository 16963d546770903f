/**
 * Recognises a plain-text report: its top (front.ts: masthead, kicker,
 * headline, deck, dateline lede or a source-information block), speaker
 * turns (turns.ts), numbered topics
 * (`7 谈中美关系` followed by a title line) and official-report headings
 * (`一、`, `（一）`, `1.`) nested into sections. Anything it does not
 * recognise stays a paragraph.
 */
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { enumerated } from '../../ast/section-title.js';
import type { LanguageTag, Lede, SpeakerRole, StatedMetadata, Topic } from '../../ast/types.js';
import type { Warning } from '../../warnings.js';
import { type Block, endsSentence, isRuleLine, joinPieces } from '../blocks.js';
import { isHeadingLike, isInfoLike, type Origins, readFront } from '../front.js';
import { candidateLabel, isNumberedQuestion, namesOnly } from '../labels.js';
import { isEnglish, tagLanguage } from '../language.js';
import { dropPageFurniture } from '../page-furniture.js';
import { isWebResidue } from '../residue.js';
import { nestSections } from '../sections.js';
import { asks, chairLine, introduces, lexiconRole, speakerSet } from '../speakers.js';
import { type Flat, groupTurns, STAGE_NOTE } from '../turns.js';

/** What each block was recognised as, before paragraphs are rejoined. */
type Item =
  | { kind: 'topic'; number: number; subject: string; block: Block }
  | { kind: 'title'; block: Block }
  /** `question`: a numbered question titling the exchange below it (`问题1：…？`). */
  | { kind: 'heading'; depth: 1 | 2 | 3; block: Block; question?: true }
  | { kind: 'rule'; block: Block }
  | { kind: 'turn' | 'para'; text: string; block: Block };

const TOPIC = /^(\d{1,4})[\s\u3000]+(\S.{0,39})$/u;
/** How many numbers a topic line may skip and still open a topic (with a `topic-numbering` warning). */
const TOPIC_SKIP = 2;
const SHORT = 40;
const TITLE_MAX = 90;
/** A full stop at the end of a line, before any closing quotes or brackets (`…工程师。”`). */
const FULL_STOP_END = /[。．][”’」』）)》〉]*$/u;

export interface Recognised {
  children: RootContent[];
  stated: StatedMetadata;
  /** Where each stated value came from (`line 3: 发表时间`). */
  origins: Origins;
  warnings: Warning[];
  /** What was mended in the text, for `huozi check` (page-break splits joined …). */
  repairs?: Repair[];
  /** Lines read as a source-information block: credits, not web residue. */
  infoLines?: number[];
}

/** A mend the recogniser made to the text: which line, and what was done. */
export interface Repair {
  line?: number;
  message: string;
}

export function recogniseReport(blocks: Block[], lang: LanguageTag, fixed?: ReadonlyMap<string, SpeakerRole>): Recognised {
  const speakers = speakerSet(blocks.map((b) => candidateLabel(b.text)));
  const front = readFront(blocks, (t) => TOPIC.test(t) || numberedHeading(t) !== undefined || isSpeakerLine(t, speakers), lang);
  const repairs: Repair[] = [];
  // A lede wrapped over lines (copied from a word processor) continues in the paragraphs under it, as a paragraph does.
  const lede = front.nodes.find((n): n is Lede => n.type === 'lede');
  const ledeItem: Item[] = lede ? [{ kind: 'para', text: toString(lede), block: { text: toString(lede), line: 0 } }] : [];
  const body = dropPageFurniture(blocks.slice(front.next), front.warnings);
  const merged = mergeSplits([...ledeItem, ...classify(body, speakers, front.warnings)], repairs);
  const items = lede ? merged.slice(1) : merged;
  if (lede) lede.children = text((merged[0] as { text: string }).text);
  const firstTurn = items.findIndex((it) => it.kind === 'turn');
  const flat: Flat[] = items.map((it, k): Flat => {
    switch (it.kind) {
      case 'topic':
        return { type: 'topic', number: it.number, subject: it.subject, id: `topic-${it.number}`, children: [] };
      case 'heading':
        return { type: 'heading', depth: it.depth, children: text(it.block.text) };
      case 'title':
        return { type: 'topicTitle', children: text(it.block.text) };
      case 'rule':
        return { type: 'thematicBreak' };
      default: {
        const para = paragraph(it.text, lang);
        // A line naming who takes part, or another information line, above the first turn (`嘉宾：刘桂芬（…医生）`) is a
        // field: no cover quotes it.
        const label = candidateLabel(it.text);
        if ((firstTurn < 0 || k < firstTurn) && ((label && introduces(label)) || isInfoLike(it.text, lang))) para.data = { ...para.data, field: true };
        return para;
      }
    }
  });
  // The lines naming who takes part and who chairs: in the front, and in the body above the first turn.
  const above = [...blocks.slice(0, front.next).map((b) => b.text), ...items.slice(0, firstTurn < 0 ? items.length : firstTurn).flatMap((it) => (it.kind === 'para' ? [it.text] : []))];
  const introductions = above.flatMap((line) => {
    const label = candidateLabel(line);
    if (label && introduces(label)) return [label];
    // A sentence naming who attends (`今天出席发布会的有：…局长孟庆华，…副局长韩立新`) introduces them as `出席：` does.
    const attending = ATTENDING.exec(line)?.[1];
    return attending ? [{ speaker: '出席', person: '出席', rest: attending }] : [];
  });
  const children = [...front.nodes, ...nestTopics(groupTurns(flat, fixed, introductions))];
  return { children: nestSections(children), stated: front.stated, origins: front.origins, warnings: front.warnings, repairs, infoLines: front.infoLines };
}

/** A sentence saying who attends, then a colon and their names (`今天出席发布会的有：…`, `参加今天发布会的是：…`). */
const ATTENDING = /(?:出席|参加|与会|與會)[^：:。！？]{0,12}[：:]([^：:]+)$/u;

/** Each topic takes the blocks after it, up to the next topic or heading. */
function nestTopics(nodes: Flat[]): RootContent[] {
  const out: RootContent[] = [];
  let topic: Topic | undefined;
  for (const node of nodes) {
    if (node.type === 'topic') out.push((topic = node));
    else if (node.type === 'heading') out.push(((topic = undefined), node));
    else if (topic && node.type !== 'footnoteDefinition') topic.children.push(node);
    else out.push(node);
  }
  return out;
}

/** Whether `text` opens a speaker's turn; a line naming who chairs (`主持人：行政院發言人李慧芝`) is the front's information. */
function isSpeakerLine(text: string, speakers: Set<string>): boolean {
  const label = candidateLabel(text);
  return label !== undefined && speakers.has(label.speaker) && !chairLine(label);
}

/** Whether `text` opens a quotation or bracket it does not close (`今年我们上线了“城市内涝`). */
const leftOpen = (text: string): boolean =>
  ['“”', '「」', '『』', '（）', '《》'].some(([open, close]) => text.split(open!).length > text.split(close!).length);

/** The level of an official report's heading (`一、`, `（一）`, `1.`: ast/section-title.ts), short and without final punctuation. */
function numberedHeading(text: string): 1 | 2 | 3 | undefined {
  return isHeadingLike(text) ? enumerated(text)?.depth : undefined;
}

/** The marks a web article (a WeChat 公众号 post) sets before its subheads (小标题): `■ 47分钟里发生了什么`, `▌下一步怎么改`. */
const SUBHEAD_MARK = /^[■▌▍▎◆◼][\s\u3000]*(?=\S)/u;
const marked = (block: Block | undefined) => block !== undefined && SUBHEAD_MARK.test(block.text);

/**
 * Whether block `k` is a marked subhead: a mark, then a short line without final punctuation, with no marked line
 * right above or below it (a run of them is a list, `◆ 就业` `◆ 教育`): a top-level section's heading, printed as
 * typed, mark and all.
 */
const isMarkedSubhead = (blocks: Block[], k: number): boolean => marked(blocks[k]) && isHeadingLike(blocks[k]!.text) && !marked(blocks[k - 1]) && !marked(blocks[k + 1]);

function classify(blocks: Block[], speakers: Set<string>, warnings: Warning[]): Item[] {
  const items: Item[] = [];
  let nextTopic = 1;
  /**
   * Whether a numbered line at block `k` is a speaker's point (`一、扩大就业容量` followed by more of the speech) rather
   * than a part of the document, whose heading a speaker's label follows: the last turn, heading or topic so far is a
   * turn. Numbered lines right under it (`二、主要举措` then `（一）…`) are looked past: the speech goes on below them.
   */
  const inTurn = () => items.findLast((it) => it.kind !== 'para')?.kind === 'turn';
  const isPoint = (k: number) => {
    let below = k + 1;
    while (blocks[below] && numberedHeading(blocks[below]!.text) !== undefined) below++;
    const next = blocks[below]?.text;
    return next !== undefined && !isSpeakerLine(next, speakers) && inTurn();
  };
  /** The depth of the numbered points a speaker's colon announced (`主要包括三个方面：` then `一、…` `二、…`): all of them are the speech's. */
  let listed: number | undefined;
  for (const [k, block] of blocks.entries()) {
    if (isRuleLine(block.text)) {
      items.push({ kind: 'rule', block });
      continue;
    }
    const topic = TOPIC.exec(block.text);
    const number = Number(topic?.[1]);
    // After topic 1, a line skipping a number or two (`5 谈就业` after `3 谈消费`) is the next topic, mis-numbered or cut.
    const skips = number > nextTopic && number <= nextTopic + TOPIC_SKIP && nextTopic > 1;
    if (topic && (number === nextTopic || skips) && !endsSentence(topic[2]!)) {
      if (skips) {
        const missing = nextTopic === number - 1 ? `${nextTopic}` : `${nextTopic}–${number - 1}`;
        warnings.push({ code: 'topic-numbering', line: block.line, message: `line ${block.line} is numbered topic ${number}, but topic ${missing} is missing; it is read as topic ${number}` });
      }
      nextTopic = number + 1;
      items.push({ kind: 'topic', number, subject: topic[2]!, block });
      continue;
    }
    const depth = numberedHeading(block.text) ?? (isMarkedSubhead(blocks, k) ? 1 : undefined);
    if (depth && inTurn() && /[：:]$/u.test(blocks[k - 1]?.text ?? '')) listed = depth;
    if (depth && items.at(-1)?.kind !== 'topic' && depth !== listed && !isPoint(k)) {
      items.push({ kind: 'heading', depth, block });
      listed = undefined;
      continue;
    }
    const label = candidateLabel(block.text);
    // A numbered question over the asker's own label (`问题1：分红政策会不会调整？` then `股东提问：…`, someone asking) titles
    // the exchange below it, one level under the report's last numbered part.
    const below = blocks[k + 1] && candidateLabel(blocks[k + 1]!.text);
    if (label && isNumberedQuestion(label) && below && speakers.has(below.speaker) && !isNumberedQuestion(below) && (lexiconRole(below.speaker) === 'question' || asks(below.rest))) {
      const part = items.findLast((it): it is Extract<Item, { kind: 'heading' }> => it.kind === 'heading' && !it.question);
      items.push({ kind: 'heading', depth: Math.min(3, (part?.depth ?? 0) + 1) as 1 | 2 | 3, block, question: true });
      continue;
    }
    // A line naming who chairs above the first turn (`主持人：方晴`) is information, as in the front (isSpeakerLine).
    const isTurn = label !== undefined && speakers.has(label.speaker) && !namesOnly(label) && !(chairLine(label) && !items.some((it) => it.kind === 'turn'));
    // The line right under a topic heading is its title, whatever its punctuation (`…插手？`, `呼吁：…`), but a full
    // stop: a title takes none (GB/T 15834–2011, 句号), so a line ending in one is the topic's first paragraph.
    if (items.at(-1)?.kind === 'topic' && !isTurn && [...block.text].length <= TITLE_MAX && !FULL_STOP_END.test(block.text)) {
      items.push({ kind: 'title', block });
      continue;
    }
    if (isTurn) listed = undefined;
    items.push({ kind: isTurn ? 'turn' : 'para', text: block.text, block });
  }
  return items;
}

/**
 * Page-break repair: a paragraph (or turn) that stops without sentence-final
 * punctuation continues in the next plain paragraph. Headings, titles,
 * speaker turns and lines opening with a label or key are never joined onto anything.
 */
function mergeSplits(items: Item[], repairs: Repair[]): Item[] {
  const out: Item[] = [];
  for (const it of items) {
    const prev = out.at(-1);
    // A page break cuts prose (long, or with commas inside, or a quotation or bracket left open: `上线了“城市内涝`); a short
    // line without any (a signature, a date) or web residue is whole.
    const prose = (t: string) => [...t].length > SHORT || /[，、；,;]/u.test(t) || leftOpen(t);
    // A speaker's numbered point (`一、扩大就业容量`) is whole too, unless it stops at a comma (`2.实施…专项行动，`).
    const point = (t: string) => numberedHeading(t) !== undefined && !/[，、,]$/u.test(t);
    // A book title's closing mark ends no sentence (`…就《…条例（修订草案）》` then `公开征求意见。`).
    const ended = (t: string) => endsSentence(t) && !/[》〉]$/u.test(t);
    const cut = (prev?.kind === 'para' || prev?.kind === 'turn') && prose(prev.text) && !ended(prev.text) && !point(prev.text);
    // The next point of a list (`（三）…`, `3.`, `三、`) starts afresh, though the one above ends in `；及` or `和`.
    const nextPoint = enumerated(it.block.text) !== undefined;
    const sameLanguage = prev !== undefined && 'text' in prev && isEnglish(prev.text) === isEnglish(it.block.text);
    // A line opening with a label or key (`发布人：…`) starts afresh, even where its label names no speaker.
    // A note wholly in brackets (`（书记员宣布法庭纪律）`) is the record's, never the end of the line above.
    if (it.kind === 'para' && cut && !nextPoint && sameLanguage && !isWebResidue(prev.block.text) && !isWebResidue(it.text) && !candidateLabel(it.text) && !STAGE_NOTE.test(it.text)) {
      (prev as { text: string }).text = joinPieces(prev.text, it.text);
      repairs.push({ line: it.block.line, message: `line ${it.block.line} joined to the paragraph above it (cut mid-sentence, as by a page break)` });
      continue;
    }
    out.push(it.kind === 'para' || it.kind === 'turn' ? { ...it } : it);
  }
  return out;
}

const text = (value: string): PhrasingContent[] => [{ type: 'text', value }];

const paragraph = (value: string, lang: LanguageTag): Paragraph => tagLanguage({ type: 'paragraph', children: text(value) }, lang);
