/**
 * Speaker turns in a run of mdast blocks (the Markdown shape): a paragraph
 * opening with a speaker label (`记者：`, `**【记者】**`, `**王毅**：`), or a
 * heading that is only a label (`### 王毅：`) followed by the speech. Blocks
 * without a label continue the turn above; consecutive turns of one speaker
 * are merged; any other heading ends the turn.
 */
import type { Heading, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Turn } from '../ast/types.js';
import { assignRoles, candidateLabel, speakerSet } from './speakers.js';

interface Label {
  speaker: string;
  /** The paragraph's content after the label. */
  rest: PhrasingContent[];
}

const WHOLE_LABEL = /^(?:【([^】\n]{1,24})】[:：]?|([^\n:：【】]{1,24}?)\s*[:：])$/u;

export function groupTurns(nodes: RootContent[]): RootContent[] {
  const paragraphLabels = nodes.flatMap((n) => (n.type === 'paragraph' ? (paragraphLabel(n)?.speaker ?? []) : []));
  const speakers = speakerSet(paragraphLabels);
  const labelOf = (n: RootContent): Label | undefined => {
    if (n.type === 'heading') return headingLabel(n);
    const label = n.type === 'paragraph' ? paragraphLabel(n) : undefined;
    return label && speakers.has(label.speaker) ? label : undefined;
  };
  const roles = assignRoles(nodes.flatMap((n) => labelOf(n)?.speaker ?? []));

  const out: RootContent[] = [];
  const headingOf = new Map<Turn, Heading>();
  let turn: Turn | undefined;
  for (const node of nodes) {
    const label = labelOf(node);
    if (label) {
      if (turn?.speaker !== label.speaker) {
        turn = { type: 'turn', speaker: label.speaker, role: roles.get(label.speaker) ?? 'other', children: [] };
        if (node.type === 'heading') headingOf.set(turn, node);
        out.push(turn);
      }
      if (label.rest.length > 0) turn.children.push({ type: 'paragraph', children: label.rest, ...(node.data ? { data: node.data } : {}) } as Paragraph);
      continue;
    }
    if (node.type === 'heading' || node.type === 'thematicBreak' || node.type === 'footnoteDefinition') turn = undefined;
    if (turn && node.type !== 'heading' && node.type !== 'thematicBreak' && node.type !== 'footnoteDefinition') turn.children.push(node as Turn['children'][number]);
    else out.push(node);
  }
  // A speaker heading with nothing under it stays the heading it was.
  return out.map((n) => (n.type === 'turn' && n.children.length === 0 ? (headingOf.get(n) ?? n) : n));
}

/** `### 王毅：` — a heading that is nothing but a label. */
function headingLabel(h: Heading): Label | undefined {
  const m = WHOLE_LABEL.exec(toString(h).trim());
  return m ? { speaker: (m[1] ?? m[2]!).trim(), rest: [] } : undefined;
}

/** The label opening a paragraph: in bold (`**【记者】**`, `**王毅：**`, `**王毅**：`) or plain (`王毅：`). */
function paragraphLabel(p: Paragraph): Label | undefined {
  const [first, ...rest] = p.children;
  if (first?.type === 'strong') {
    const inBold = toString(first).trim();
    const whole = WHOLE_LABEL.exec(inBold);
    if (whole) return { speaker: (whole[1] ?? whole[2]!).trim(), rest: trimStart(rest, /^\s+/u) };
    const next = rest[0];
    if (next?.type === 'text' && /^\s*[:：]/u.test(next.value) && inBold.length <= 24 && !/[:：\n]/u.test(inBold)) {
      return { speaker: inBold, rest: trimStart(rest, /^\s*[:：]\s*/u) };
    }
    return undefined;
  }
  if (first?.type !== 'text') return undefined;
  const label = candidateLabel(first.value);
  if (!label) return undefined;
  return { speaker: label.speaker, rest: trimStart([{ ...first, value: label.rest }, ...rest], /^$/u) };
}

/** Removes `pattern` from the start of the first text node, and that node if it is left empty. */
function trimStart(children: PhrasingContent[], pattern: RegExp): PhrasingContent[] {
  const [first, ...rest] = children;
  if (first?.type !== 'text') return children;
  const value = first.value.replace(pattern, '');
  return value ? [{ ...first, value }, ...rest] : rest;
}
