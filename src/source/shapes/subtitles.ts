/**
 * Subtitle exports (SRT and WebVTT) → paragraphs (README, "Input shapes").
 * Cues are merged into one paragraph per speaker: a cue opening with a label
 * (`主持人：…`, or a WebVTT voice `<v 主持人>`) starts a paragraph, a cue
 * without one continues the paragraph above. The start time of a paragraph's
 * first cue is kept as its `data.time`, to the second; cue numbers, timings, settings and
 * cue markup (`<i>`, `<c.x>`, `{\an8}`) are syntax and left out. A cue's
 * dash lines (`- 会不会…？` / `- 我认为会的…`) are speakers taking turns: each
 * is a paragraph of its own, under its label if it has one, else marked
 * unattributed (it never joins the turn above; a warning names the cue's line); the dashes are syntax. So is
 * a line with a label of its own after a finished sentence, and a cue that is
 * all one bracketed note (`（发布会结束）`). WebVTT NOTE,
 * STYLE and REGION blocks are comments for the player: left out, with a
 * warning that says so.
 */
import type { Paragraph } from 'mdast';
import type { LanguageTag, SpeakerRole } from '../../ast/types.js';
import type { Warning } from '../../warnings.js';
import { endsSentence, joinPieces } from '../blocks.js';
import { isHeadingLike } from '../front.js';
import { candidateLabel, opensWithColumn } from '../labels.js';
import { tagLanguage } from '../language.js';
import { normalisePunctuation } from '../punctuation.js';
import { lexiconRole } from '../speakers.js';
import { groupTurns, STAGE_NOTE } from '../turns.js';
import type { Recognised } from './report.js';

/** A cue's timing line; group 1 is its start to the second (`00:00:01` of `00:00:01,000 --> …`): a reader needs no milliseconds. */
const TIMING = /^((?:\d{1,2}:)?\d{1,2}:\d{2})[.,]\d{1,3}[ \t]+-->[ \t]+(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}/u;
const VOICE = /^<v(?:\.[^ >]*)?[ \t]+([^>]{1,40})>/u;

/** Text opening with a speaker's label (`记者：…`). */
const LABELLED = /^[^：:，。]{1,24}[：:]/u;
/** A line of a cue opening with a dash (`- 会不会出台更多鼓励政策？`): the subtitle convention for a change of speaker; not a minus (`-5℃`). */
const DASH_LINE = /^[-–](?![\d.])[ \t]*/u;

/**
 * A cue's text lines as the speeches in it: the lines before any dash line (possibly none), then one speech per
 * dash line with the lines after it; the dashes are the convention's syntax, left out like cue markup.
 */
function dialogue(lines: string[]): string[][] {
  const speeches: string[][] = [[]];
  for (const line of lines) {
    const current = speeches.at(-1)!;
    if (DASH_LINE.test(line)) speeches.push([line.replace(DASH_LINE, '')]);
    // A line with a speaker's label of its own after a finished sentence (`记者：…？` / `周立群：会的。`) is the next speaker.
    else if (current.length > 0 && endsSentence(current.at(-1)!) && candidateLabel(line) !== undefined) speeches.push([line]);
    else current.push(line);
  }
  return speeches;
}

/** True for text that is a WebVTT file or an SRT file (a cue number, then a timing line). */
export function isSubtitles(text: string): boolean {
  return /^WEBVTT(?:[ \t]|$)/u.test(text) || /^\s*\d+[ \t]*\n(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}[ \t]+-->/u.test(text);
}

/** Cue text without cue markup: tags, karaoke timestamps, SRT position codes; entities read. */
export function cueText(line: string): string {
  return line
    .replace(/\{\\[^}]*\}/gu, '')
    .replace(/<\/?(?:[biuc]|lang|ruby|rt|v)(?:[.\s][^>]*)?>|<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}>/gu, '')
    .replace(/&(lt|gt|amp|nbsp);/gu, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', nbsp: ' ' })[e]!)
    .trim();
}

export function recogniseSubtitles(text: string, lang: LanguageTag, fixed?: ReadonlyMap<string, SpeakerRole>): Recognised {
  const warnings: Warning[] = [];
  const paragraphs: Paragraph[] = [];
  /** The voice of each paragraph, when its cue had one. */
  const voices: Array<string | undefined> = [];
  /** The line each comment block (NOTE, STYLE, REGION) opens on. */
  const comments: number[] = [];
  /** The line of each cue with a dash line naming no one. */
  const unnamed: number[] = [];
  let headline: string | undefined;
  let next = 1;
  for (const block of text.split(/\n[ \t]*\n/u)) {
    const at = next + (/^\s*/u.exec(block)![0].match(/\n/gu)?.length ?? 0);
    next += block.split('\n').length + 1;
    const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
    if (lines.length === 0 || /^WEBVTT/u.test(lines[0]!)) continue;
    if (/^(?:NOTE|STYLE|REGION)(?:\s|$)/u.test(lines[0]!)) {
      comments.push(at);
      continue;
    }
    const t = lines.findIndex((l) => TIMING.test(l));
    if (t < 0) continue;
    const start = TIMING.exec(lines[t]!)![1]!;
    const body = lines.slice(t + 1);
    // A space between Han characters in a voice (`<v 观众 王女士>`) parts the words of one name.
    const voice = body[0] ? VOICE.exec(body[0])?.[1]!.trim().replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '') : undefined;
    const [first, ...changes] = dialogue(body.map(cueText).filter(Boolean)).map((lines) => normalisePunctuation(lines.reduce((a, b) => joinPieces(a, b), ''), lang));
    if (paragraphs.length === 0 && headline === undefined && !voice && first && changes.length === 0 && isTitleCue(first)) {
      headline = first;
      continue;
    }
    const previous = paragraphs.at(-1)?.children[0];
    // A cue continues the paragraph above when it has the same voice, or no voice and no label of its own — never a
    // stage note's (`（笑声）`, a cue of its own): the speech after it starts a paragraph, with its own time.
    const afterNote = previous?.type === 'text' && STAGE_NOTE.test(previous.value);
    const continues = voice ? voices.at(-1) === voice : !LABELLED.test(first!) && !STAGE_NOTE.test(first!) && !afterNote;
    if (previous?.type === 'text' && continues && first) previous.value = joinPieces(previous.value, first);
    else if (first) {
      // A voice tag is the cue's label: `<v 记者>郑医生…` reads as `记者：郑医生…`.
      paragraphs.push(tagLanguage({ type: 'paragraph', children: [{ type: 'text', value: voice ? `${voice}：${first}` : first }], data: { time: start } }, lang));
      voices.push(voice);
    }
    // Each dash line after it is another speaker: named by a label of its own, else unattributed, never the turn above's.
    for (const speech of changes.filter(Boolean)) {
      if (!LABELLED.test(speech) && unnamed.at(-1) !== at) unnamed.push(at);
      paragraphs.push(tagLanguage({ type: 'paragraph', children: [{ type: 'text', value: speech }], data: { time: start, ...(LABELLED.test(speech) ? {} : { unattributed: true as const }) } }, lang));
      voices.push(undefined);
    }
  }
  if (comments.length > 0) {
    const where = `line${comments.length > 1 ? 's' : ''} ${comments.join(', ')}`;
    warnings.push({ code: 'subtitle-comment', line: comments[0]!, message: `${comments.length} NOTE/STYLE/REGION block(s) of the subtitle file (${where}) are comments for the player and are left out` });
  }
  if (unnamed.length > 0) {
    const where = `line${unnamed.length > 1 ? 's' : ''} ${unnamed.join(', ')}`;
    warnings.push({ code: 'unattributed-speech', line: unnamed[0]!, message: `${unnamed.length} cue(s) (${where}) hold a dash line naming no speaker; each is printed as a paragraph of no one's turn: name the speaker in the cue (\`- 记者：…\`) to give it one` });
  }
  const turns = groupTurns(paragraphs, fixed);
  if (headline === undefined) return { children: turns, stated: {}, origins: {}, warnings };
  return { children: [{ type: 'headline', children: [{ type: 'text', value: headline }] }, ...turns], stated: { title: headline }, origins: { title: 'the first cue' }, warnings };
}

/**
 * A first cue that titles the programme (`《财经深一度》专访许宪春：一季度经济怎么看`, `《财经深一度》第112期`): a heading
 * opening with the programme's name in book-title marks or with a column and a colon, whose words before any colon are
 * no role (`《人民日报》记者：` speaks), ending in a question mark or not after an episode (`…第12期：…能否带火县域经济？`). A
 * greeting (`大家好`: subtitles often go without stops) is no title.
 */
function isTitleCue(text: string): boolean {
  const label = candidateLabel(text);
  // After a programme and its episode, a question ends the title as it may a headline (`…第12期：直播电商能否带火县域经济？`).
  const asked = opensWithColumn(text) && isHeadingLike(text.replace(/[？?]$/u, ''));
  return (isHeadingLike(text) || asked) && (label === undefined || lexiconRole(label.speaker) === undefined) && (/^《[^《》]{1,20}》/u.test(text) || opensWithColumn(text));
}
