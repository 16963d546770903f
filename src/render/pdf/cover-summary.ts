/**
 * What the cover says when there are no topics to list: the lede, the first
 * paragraph of running text, or, in a transcript of turns alone, what an
 * answer says, quoted under its speaker's name (README, "Cover").
 */
import { toString } from 'mdast-util-to-string';
import { speakerColon } from '../templates.js';
import type { View } from '../view.js';
import { CLOSING_NOTE, STAGE_NOTE } from '../../source/turns.js';

/** Parties to a case, whose words a cover never quotes. */
const PARTY = /被告|原告|证人|證人|嫌疑人|上诉人|上訴人|申请人|申請人|被申请人|被申請人|当事人|當事人|Defendant|Plaintiff|Witness/u;

/**
 * Running text holds a stop, or a comma with words after it (a web page's breadcrumb, `作者：陈嘉、李想`, a date line
 * or a date and a place, `2025年6月25日，天津`, does not); in English, a word ending a sentence (`…as new orders come in.`;
 * not `March 4, 2025`, a URL or `3.2`).
 */
const PROSE = /[。！？；]|，.{6}|[A-Za-z]{2}[.!?;](?:\s|$)/u;
/** A paragraph wholly in brackets: a note (`（請同時參閱英文部分。）`, `（完）`), not running text. */
const BRACKETED = /^[（(【[][^]*[）)】\]]$/u;
/** Fewer characters than this in an answer are a greeting or a thanks (`陈佳你好，各位观众好。`), not what it says. */
const GREETING_CHARS = 20;
/** A sentence of courtesy opening a turn: a greeting, thanks, a self-introduction (`大家好，我是周牧…`, `謝謝發言人。`). */
const COURTESY = /^(?:各位|大家|诸位|諸位|女士们|女士們|尊敬的|亲爱的|親愛的|谢谢|謝謝|感谢|感謝|你好|您好|我是|好的|是的)/u;
/** Shorter than this, a turn's first sentence is a bare reply (`不會重疊。`, `对。`), which needs the question to be read. */
const BARE_REPLY = 8;

/**
 * What a turn says, from its first sentence that is neither courtesy nor a bare reply: a cover quotes that, not
 * `大家好，我是周牧…` or `不會重疊。`, whose sense is in the question. Empty when every sentence is one or the other.
 */
function substance(text: string): string {
  const sentences = text.match(/[^。！？!?]+[。！？!?]*[”’」』]*/gu) ?? [];
  const from = sentences.findIndex((s) => !COURTESY.test(s.trim()) && [...s.trim()].length >= BARE_REPLY);
  return from < 0 ? '' : sentences.slice(from).join('').trim();
}

/**
 * The lede's words, or those of the first paragraph of running text after the headline, else of the first answer to a
 * question (else the first answer, or any turn), said by its speaker (`林剑：女士们、先生们…`): what the cover
 * summarises when there are no topics.
 */
export function coverSummary(view: View): string | undefined {
  const lede = view.front.find((n) => n.type === 'lede');
  if (lede) return toString(lede);
  const children = view.doc.children;
  const body = children.slice(children.findIndex((n) => n.type === 'headline') + 1).filter((n) => PROSE.test(toString(n)));
  // Nor a subtitle's line nobody is credited with (`- 我们已经协调了三家平台。`): a quote needs its speaker; nor a
  // field of the source block (`参会人员：…`).
  const paragraph = body.find((n) => n.type === 'paragraph' && !BRACKETED.test(toString(n).trim()) && !n.data?.unattributed && !n.data?.field);
  if (paragraph) return toString(paragraph);
  const turns = body.filter((n) => n.type === 'turn');
  // An answer to a question says more than an opening's greetings (`各位媒體朋友大家午安…`), and is quoted from what it
  // says past its courtesies, in the book's language; a party to a case is never quoted on the cover (a court record's
  // cover would print the defendant's words): the court's opening is.
  const answer = (t: (typeof turns)[number]) => t.role === 'answer' && !PARTY.test(t.speaker);
  // In the book's language: a bilingual briefing's cover quotes the Chinese, not the English it interprets.
  const lang = (t: (typeof turns)[number]) => (t.children[0]?.type === 'paragraph' && t.children[0].data?.lang) || view.meta.lang;
  const says = (t: (typeof turns)[number]) => [...substance(toString(t))].length >= GREETING_CHARS && lang(t).split('-')[0] === view.meta.lang.split('-')[0];
  const turn = turns.find((t, i) => answer(t) && says(t) && turns[i - 1]?.role === 'question') ?? turns.find((t) => answer(t) && says(t));
  // Answers only in another language (a foreign guest, interpreted): the interpretation, as the guest's words.
  const at = turn ? -1 : turns.findIndex((t, i) => t.role === 'interpreter' && says(t) && i > 0 && answer(turns[i - 1]!));
  const fallback = turns.find(answer) ?? turns[0];
  const [speaker, quoted] = turn ? [turn, turn] : at > 0 ? [turns[at - 1]!, turns[at]!] : [fallback, fallback];
  if (!speaker || !quoted) return undefined;
  // What was said, not the stage notes between or after it (`（现场传来上课铃声）`).
  const spoken = quoted.children.map((p) => toString(p).trim()).filter((p) => !STAGE_NOTE.test(p)).map((p) => p.replace(CLOSING_NOTE, '')).join('');
  const words = substance(spoken) || spoken || toString(quoted);
  return `${speaker.speaker}${speakerColon(speaker.speaker, lang(quoted))}${words}`;
}
