/**
 * Fidelity as an independent projection: the source's non-whitespace
 * characters (after the documented cleaning and punctuation normalisation)
 * against the AST's text characters. Every AST character must come from the
 * source, in order, and every source character the AST lacks must be
 * recognised markup: syntax marks (`# * _ > - [ ] ( ) ! : ：【 】` …, a separator line's ornaments, list
 * numbers, front matter, the quotation marks around a deck), a speaker label
 * repeated where two turns of one speaker were merged, or the `标题：` key of a
 * source-information line. Timestamps before labels are paragraph data, as are times after a name alone on a line
 * (`王晓明  00:00:05`), which the AST keeps before the name (`sourceChars` reads them so).
 */
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Document } from '../../src/ast/types.js';
import { clean } from '../../src/source/clean.js';
import { normalisePunctuation } from '../../src/source/punctuation.js';
import type { Shape } from '../../src/source/shape.js';

const MARKUP = /^[\s#*_>\-+|`[\]()（）!:：【】^~.0-9<>“”「」"\\=＊＝＿～·•◆◇★☆※＃]+$/u;

/**
 * The source as the AST should hold it: cleaned, normalised per line, without front matter or whitespace. A speaker's
 * name and time alone on a line (`王晓明  00:00:05`, `说话人1(00:00:08):`) read time first, as the AST keeps them.
 */
export function sourceChars(text: string, lang: string, shape: Shape, doc?: Document): string {
  let t = clean(text).text;
  if (shape === 'subtitles') t = subtitleSpeech(t);
  if (shape === 'markdown') {
    t = t.replace(/^---[ \t]*\n[\s\S]*?\n---[ \t]*\n/, '');
    t = t.replace(/&(lt|gt|amp|quot|nbsp);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', nbsp: ' ' })[e]!);
  }
  const speakers = doc ? [...astChars(doc).speakers] : [];
  const timeFirst = (line: string) => {
    const m = /^(.+?)(?:(?<=\p{Script=Han})[\s\u3000]*[(（]?|[\s\u3000]+[(（]?|[\s\u3000]*[(（])(\d{1,2}:\d{2}(?::\d{2})?)[)）]?[\s\u3000]*[:：]?$/u.exec(line.trim());
    return m && speakers.includes(m[1]!.trim()) ? `${m[2]}${m[1]}` : line;
  };
  return t.split('\n').map((line) => timeFirst(normalisePunctuation(line, lang))).join('').replace(/[\s\u3000]/gu, '');
}

/**
 * A subtitle file's speech: without the header, NOTE/STYLE/REGION comments,
 * cue numbers and timing lines (syntax of the format); a voice tag reads as a
 * label (`<v 记者>` → `记者：`), other cue markup goes.
 */
function subtitleSpeech(text: string): string {
  return text
    .split(/\n[ \t]*\n/)
    .filter((b) => !/^\s*(?:WEBVTT|NOTE|STYLE|REGION)(?:\s|$)/.test(b))
    .map((b) => b.split('\n').filter((l) => !/^\s*\d+\s*$/.test(l) && !/-->/.test(l)).join('\n'))
    .join('\n')
    .replace(/<v(?:\.[^ >]*)?[ \t]+([^>]+)>/g, (_, name: string) => `${name.trim()}：`)
    .replace(/<\/?[a-z][^>]*>|\{\\[^}]*\}/g, '');
}

/** The AST's characters in reading order: text, speakers, headings, numbers, urls, alt text, note labels. */
export function astChars(doc: Document, times = true): { chars: string; speakers: Set<string> } {
  const out: string[] = [];
  const speakers = new Set<string>();
  const timed = new Set<unknown>();
  const visit = (n: Nodes | Document['children'][number]) => {
    const node = n as Nodes & Record<string, unknown>;
    switch (node.type) {
      case 'turn': {
        // The timestamp printed before the label comes first.
        const first = (node.children as Nodes[])[0];
        if (times && first?.type === 'paragraph' && typeof first.data?.time === 'string') {
          out.push(first.data.time);
          timed.add(first);
        }
        speakers.add(node.speaker as string);
        out.push(node.speaker as string);
        break;
      }
      case 'topic':
        out.push(String(node.number), node.subject as string);
        break;
      case 'section':
        (node.title as Nodes[]).forEach(visit);
        break;
      case 'lede':
        if (node.dateline) out.push(node.dateline as string);
        break;
      case 'image':
        out.push(node.alt as string, node.url as string);
        break;
      case 'footnoteReference':
      case 'footnoteDefinition':
        out.push(node.identifier as string);
        break;
    }
    // A timestamp before a label is kept as the paragraph's data.
    if (times && node.type === 'paragraph' && typeof node.data?.time === 'string' && !timed.has(node)) out.push(node.data.time);
    if ('value' in node && typeof node.value === 'string') out.push(node.value);
    if ('children' in node) (node.children as Nodes[]).forEach(visit);
    // An autolink shows its address as its text: the address is there once.
    if (node.type === 'link' && !(node.url as string).endsWith(toString(node))) out.push(node.url as string);
  };
  doc.children.forEach(visit);
  return { chars: out.join('').replace(/[\s\u3000]/gu, ''), speakers };
}

export interface FidelityReport {
  /** AST characters not found in the source, in order (must be empty). */
  added: string;
  /** Runs of source characters the AST lacks that are not markup (must be empty). */
  lost: string[];
}

/** `times`: whether paragraph timestamps are source text (a timestamp before a label) or not (a subtitle cue's timing). */
export function fidelity(source: string, doc: Document, times = true): FidelityReport {
  const { chars, speakers } = astChars(doc, times);
  const src = [...source];
  const ast = [...chars];
  const dropped: string[] = [];
  let run = '';
  let j = 0;
  const labels = [...speakers].map((sp) => new RegExp(`^[#*【]*${sp.replace(/\s/g, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[】*]*[:：]?[*]*`, 'u'));
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    // A repeated label of a merged turn: the AST goes on with the speech, so the label is markup here.
    const rest = src.slice(i, i + 40).join('');
    // It is one when the AST goes straight on with what follows the label in the source.
    const label = labels.map((re) => re.exec(rest)?.[0]).find((m) => {
      if (!m) return false;
      const after = src.slice(i + [...m].length, i + [...m].length + 8).join('');
      return after.length > 0 && ast.slice(j, j + after.length).join('') === after;
    });
    if (label) {
      run += label;
      i += [...label].length - 1;
      continue;
    }
    if (j < ast.length && ch === ast[j]) {
      if (run) dropped.push(run);
      run = '';
      j++;
    } else run += ch;
  }
  if (run) dropped.push(run);
  // The key of a source-information line whose value is the headline (`标题：…`) is a field name, like a front-matter key.
  const isKey = (r: string) => /^(?:标题|標題|题目|題目)[:：]$/u.test(r);
  const isLabel = (r: string) => [...speakers].some((s) => r.replace(/^[#*【\])）]+|[*】:：]+$/gu, '') === s.replace(/\s/g, ''));
  return { added: ast.slice(j).join(''), lost: dropped.filter((r) => !MARKUP.test(r) && !isLabel(r) && !isKey(r)) };
}
