/**
 * Speaker labels (`王毅:`, `CGTN记者：`, `问：`, `JOHN SMITH:`) and the roles of
 * the people they name.
 */
import type { SpeakerRole } from '../ast/types.js';

export interface Labelled {
  speaker: string;
  rest: string;
}

// `名字:` / `名字：`, or a bracketed `【名字】` as in `**【记者】**` (the brackets and colon are markup).
const LABEL = /^(?:【([^】\n]{1,24})】[:：]?|([^\s:：，,。！？!?“”"「」（）()、；;【】]{1,24}?)\s*[:：])\s*/u;
const ROLE_WORDS = /记者|記者|^问$|^問$|^答$|提问|提問|主持人|发言人|發言人|^Q$|^A$|REPORTER|MODERATOR/iu;
const CAPS_NAME = /^[A-Z][A-Z.'\- ]{1,30}$/;

/** A candidate label at the start of a paragraph, before knowing if it is a speaker. */
export function candidateLabel(text: string): Labelled | undefined {
  const m = LABEL.exec(text);
  if (!m) return undefined;
  const speaker = (m[1] ?? m[2]!).trim();
  const rest = text.slice(m[0].length);
  if (/^\d+$/.test(speaker) || (/\d$/.test(speaker) && /^\d/.test(rest))) return undefined; // a time, 10:30
  if (/^(https?|ftp|mailto)$/i.test(speaker)) return undefined;
  return { speaker, rest };
}

/**
 * Decides which candidate labels are speakers: those with a role word or in
 * capitals, and any label used at least twice in the document.
 */
export function speakerSet(candidates: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(c, (counts.get(c) ?? 0) + 1);
  return new Set(candidates.filter((c) => ROLE_WORDS.test(c) || CAPS_NAME.test(c) || (counts.get(c) ?? 0) >= 2));
}

/** Roles from the labels: questions by their words, the answer is whoever else speaks most. */
export function assignRoles(turnSpeakers: string[]): Map<string, SpeakerRole> {
  const roles = new Map<string, SpeakerRole>();
  const counts = new Map<string, number>();
  for (const s of turnSpeakers) {
    if (/记者|記者|^问$|^問$|提问|提問|^Q$|REPORTER/iu.test(s)) roles.set(s, 'question');
    else if (/主持人|主持|MODERATOR/iu.test(s)) roles.set(s, 'moderator');
    else if (/^答$|^A$/u.test(s)) roles.set(s, 'answer');
    else counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const hasAnswer = [...roles.values()].includes('answer');
  // On a tie the speaker who spoke later answers: the one who speaks first usually asks.
  const order = [...counts.keys()];
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || order.indexOf(b[0]) - order.indexOf(a[0]))[0];
  for (const s of counts.keys()) roles.set(s, !hasAnswer && s === top?.[0] ? 'answer' : 'other');
  // Someone whose every turn is answered next (an outlet such as REUTERS:) is asking.
  const next = (i: number) => turnSpeakers.slice(i + 1).find((s) => s !== turnSpeakers[i]);
  for (const s of counts.keys()) {
    if (roles.get(s) !== 'other') continue;
    const turns = turnSpeakers.flatMap((t, i) => (t === s && turnSpeakers[i - 1] !== s ? [i] : []));
    if (turns.every((i) => roles.get(next(i) ?? '') === 'answer')) roles.set(s, 'question');
  }
  return roles;
}
