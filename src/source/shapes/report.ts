/**
 * Recognises a plain-text report: optional front matter (masthead, kicker,
 * headline, deck, dateline lede), speaker turns, numbered topics
 * (`7 谈中美关系` followed by a title line) and official-report headings
 * (`一、`, `（一）`, `1.`) nested into sections. Anything it does not
 * recognise stays a paragraph.
 */
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { LanguageTag, Lede, StatedMetadata, Topic, Turn } from '../../ast/types.js';
import { type Block, endsSentence, joinPieces } from '../blocks.js';
import { isEnglish, tagLanguage } from '../language.js';
import { isWebResidue } from '../residue.js';
import { nestSections } from '../sections.js';
import { assignRoles, candidateLabel, speakerSet } from '../speakers.js';

/** What each block was recognised as, before paragraphs are rejoined. */
type Item =
  | { kind: 'topic'; number: number; subject: string; block: Block }
  | { kind: 'title'; block: Block }
  | { kind: 'heading'; depth: 1 | 2 | 3; block: Block }
  | { kind: 'turn'; speaker: string; text: string; block: Block }
  | { kind: 'para'; text: string; block: Block };

const TOPIC = /^(\d{1,3})[\s\u3000]+(\S.{0,39})$/u;
/** Heading levels of an official report: `一、`, `（一）`, `1.` (short, without final punctuation). */
const NUMBERED_HEADINGS: Array<[RegExp, 1 | 2 | 3]> = [
  [/^[一二三四五六七八九十]{1,3}、\S/u, 1],
  [/^[（(][一二三四五六七八九十]{1,3}[）)]\S/u, 2],
  [/^\d{1,2}[.．、]\s?\S/u, 3],
];
const SHORT = 40;
const TITLE_MAX = 90;
const QUOTED = /^[“"「『]([^“”"「」『』]+)[”"」』]$/u;
const DATELINE = /^(据?[\p{Script=Han}A-Za-z0-9]{2,30}?[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日电(?:[（(][^）)]{1,30}[）)])?)[\s\u3000]*/u;

export interface Recognised {
  children: RootContent[];
  stated: StatedMetadata;
  /** The part of `stated` that front matter declares (see DocumentData.declared). */
  declared?: StatedMetadata;
}

export function recogniseReport(blocks: Block[], lang: LanguageTag): Recognised {
  const children: RootContent[] = [];
  const stated: StatedMetadata = {};
  const speakers = speakerSet(blocks.flatMap((b) => candidateLabel(b.text)?.speaker ?? []));
  const i = frontMatter(blocks, children, stated, speakers, lang);
  const items = mergeSplits(classify(blocks.slice(i), speakers));
  const roles = assignRoles(items.flatMap((it) => (it.kind === 'turn' ? [it.speaker] : [])));

  let topic: Topic | undefined;
  let turn: Turn | undefined;
  const labelLines = new Map<Turn, string>();
  const container = () => (topic ? topic.children : children) as RootContent[];
  for (const it of items) {
    switch (it.kind) {
      case 'topic':
        topic = { type: 'topic', number: it.number, subject: it.subject, id: `topic-${it.number}`, children: [] };
        children.push(topic);
        turn = undefined;
        break;
      case 'heading':
        children.push({ type: 'heading', depth: it.depth, children: text(it.block.text) });
        topic = undefined;
        turn = undefined;
        break;
      case 'title':
        topic!.children.push({ type: 'topicTitle', children: text(it.block.text) });
        break;
      case 'turn':
        // The same speaker again continues the turn (the source split it).
        if (!turn || turn.speaker !== it.speaker) {
          turn = { type: 'turn', speaker: it.speaker, role: roles.get(it.speaker) ?? 'other', children: [] };
          labelLines.set(turn, it.block.text);
          container().push(turn);
        }
        // A label alone on its line (`王毅：`) has its speech in the paragraphs below.
        if (it.text) turn.children.push(paragraph(it.text, lang));
        break;
      case 'para':
        (turn ? turn.children : container()).push(paragraph(it.text, lang));
        break;
    }
  }
  return { children: nestSections(children.map((c) => unspoken(c, labelLines, lang))), stated };
}

/** A label with no speech under it (`王毅：` and then the next speaker) stays the line it was. */
function unspoken(node: RootContent, labelLines: Map<Turn, string>, lang: LanguageTag): RootContent {
  if (node.type === 'topic') node.children = node.children.map((c) => unspoken(c, labelLines, lang)) as Topic['children'];
  return node.type === 'turn' && node.children.length === 0 ? paragraph(labelLines.get(node) ?? node.speaker, lang) : node;
}

/**
 * Masthead, kicker, headline, deck and lede at the top; returns the index
 * after them. The leading run of short unpunctuated lines holds the headline
 * (its longest line); lines above it are kicker and masthead, lines below it
 * (a byline, an issuer, a date) stay paragraphs, and then no lede is taken.
 * Web residue lines at the very top stay paragraphs before all of it.
 */
function frontMatter(blocks: Block[], out: RootContent[], stated: StatedMetadata, speakers: Set<string>, lang: LanguageTag): number {
  let i = 0;
  while (i < blocks.length && isWebResidue(blocks[i]!.text)) out.push(paragraph(blocks[i++]!.text, lang));
  const first = i;
  const opensBody = (t: string) => TOPIC.test(t) || numberedHeading(t) !== undefined || isSpeakerLine(t, speakers);
  while (i < blocks.length && isHeadingLike(blocks[i]!.text) && !QUOTED.test(blocks[i]!.text) && !opensBody(blocks[i]!.text) && !isWebResidue(blocks[i]!.text)) i++;
  const short = blocks.slice(first, i).map((b) => b.text);
  if (short.length === 0) return first;
  const at = short.reduce((best, t, k) => ([...t].length >= [...short[best]!].length ? k : best), 0);
  const headline = short[at]!;
  const kicker = short[at - 1];
  const masthead = at > 1 ? short.slice(0, at - 1).join(' ') : undefined;
  const below = short.slice(at + 1);
  if (masthead) out.push({ type: 'masthead', children: text(masthead) });
  if (kicker) out.push({ type: 'kicker', children: text(kicker) });
  out.push({ type: 'headline', children: text(headline) });
  stated.title = headline;
  if (below.length > 0) {
    for (const line of below) {
      out.push(paragraph(line, lang));
      const date = FULL_DATE.exec(line);
      if (date) stated.date = `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`;
    }
    return i;
  }

  const deck = blocks[i] && QUOTED.exec(blocks[i]!.text);
  if (deck) {
    out.push({ type: 'deck', children: text(deck[1]!) });
    stated.description = deck[1]!;
    i++;
  }
  const ledeBlock = blocks[i];
  if (ledeBlock && !candidateLabel(ledeBlock.text) && !opensBody(ledeBlock.text) && !isEnglish(ledeBlock.text) && !isWebResidue(ledeBlock.text)) {
    const m = DATELINE.exec(ledeBlock.text);
    const lede: Lede = { type: 'lede', children: text(m ? ledeBlock.text.slice(m[0].length) : ledeBlock.text) };
    if (m) {
      lede.dateline = m[1]!;
      const date = statedDate(m[1]!, [masthead, kicker, headline].join(' '));
      if (date) stated.date = date;
    }
    out.push(lede);
    i++;
  }
  return i;
}

const FULL_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u;

function isSpeakerLine(text: string, speakers: Set<string>): boolean {
  const label = candidateLabel(text);
  return label !== undefined && speakers.has(label.speaker);
}

/** A dateline's month and day, with a year from the front matter (`2026年…`). */
function statedDate(dateline: string, context: string): string | undefined {
  const md = /(\d{1,2})月(\d{1,2})日/.exec(dateline);
  const year = /(19|20)\d\d(?=年)/.exec(context)?.[0];
  if (!md || !year) return undefined;
  return `${year}-${md[1]!.padStart(2, '0')}-${md[2]!.padStart(2, '0')}`;
}

/** Short, and not ending a sentence (a closing bracketed aside such as `（中英对照）` does not end one). */
function isHeadingLike(text: string): boolean {
  return [...text].length <= SHORT && !endsSentence(text.replace(/[（(][^（）()]{1,12}[）)]$/u, ''));
}

function numberedHeading(text: string): 1 | 2 | 3 | undefined {
  if (!isHeadingLike(text)) return undefined;
  return NUMBERED_HEADINGS.find(([re]) => re.test(text))?.[1];
}

function classify(blocks: Block[], speakers: Set<string>): Item[] {
  const items: Item[] = [];
  let nextTopic = 1;
  for (const block of blocks) {
    const topic = TOPIC.exec(block.text);
    if (topic && Number(topic[1]) === nextTopic && !endsSentence(topic[2]!)) {
      items.push({ kind: 'topic', number: nextTopic++, subject: topic[2]!, block });
      continue;
    }
    const depth = numberedHeading(block.text);
    if (depth && items.at(-1)?.kind !== 'topic') {
      items.push({ kind: 'heading', depth, block });
      continue;
    }
    const label = candidateLabel(block.text);
    const isTurn = label !== undefined && speakers.has(label.speaker);
    // The line right under a topic heading is its title, whatever its punctuation (`…插手？`, `呼吁：…`).
    if (items.at(-1)?.kind === 'topic' && !isTurn && [...block.text].length <= TITLE_MAX) {
      items.push({ kind: 'title', block });
      continue;
    }
    if (isTurn) items.push({ kind: 'turn', speaker: label.speaker, text: label.rest, block });
    else items.push({ kind: 'para', text: block.text, block });
  }
  return items;
}

/**
 * Page-break repair: a paragraph (or turn) that stops without sentence-final
 * punctuation continues in the next plain paragraph. Headings, titles and
 * speaker turns are never joined onto anything.
 */
function mergeSplits(items: Item[]): Item[] {
  const out: Item[] = [];
  for (const it of items) {
    const prev = out.at(-1);
    // A page break cuts prose (long, or with commas inside); a short line without any (a signature, a date) or web residue is whole.
    const prose = (t: string) => [...t].length > SHORT || /[，、；,;]/u.test(t);
    const cut = (prev?.kind === 'para' || prev?.kind === 'turn') && prose(prev.text) && !endsSentence(prev.text);
    const sameLanguage = prev !== undefined && 'text' in prev && isEnglish(prev.text) === isEnglish(it.block.text);
    if (it.kind === 'para' && cut && sameLanguage && !isWebResidue(prev.block.text) && !isWebResidue(it.text)) {
      (prev as { text: string }).text = joinPieces(prev.text, it.text);
      continue;
    }
    out.push(it.kind === 'para' || it.kind === 'turn' ? { ...it } : it);
  }
  return out;
}

const text = (value: string): PhrasingContent[] => [{ type: 'text', value }];

const paragraph = (value: string, lang: LanguageTag): Paragraph => tagLanguage({ type: 'paragraph', children: text(value) }, lang);
