/**
 * Recognises a Markdown transcript (remark, GFM, YAML front matter) into the
 * document AST: front matter → stated metadata, a single leading `#` heading →
 * headline, other headings and bold-only lines → nested sections, speaker
 * labels → turns. Raw HTML is kept as literal text, never markup.
 */
import type { Definition, FootnoteDefinition, Heading, Nodes, Paragraph, PhrasingContent, Root, RootContent, Strong } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { LanguageTag, SpeakerRole, StatedMetadata } from '../../ast/types.js';
import type { Warning } from '../../warnings.js';
import { endsSentence, joinPieces } from '../blocks.js';
import { readFrontMatter } from '../corrections.js';
import { findDate, firstDate, isDateLine } from '../dates.js';
import { bylineAuthor, DATE_KEY, isHeadingLike, type Origins, subtitleWords } from '../front.js';
import { isEnglish, tagLanguage } from '../language.js';
import { normalisePunctuation, redundantSpace } from '../punctuation.js';
import { nestSections } from '../sections.js';
import { type Flat, groupTurns } from '../turns.js';
import { candidateLabel, type Label } from '../labels.js';
import { introduces } from '../speakers.js';
import type { Recognised } from './report.js';

// CommonMark will not close `**` between CJK punctuation and a Han character (`**【记者】**中方`); the CJK-friendly rule does.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly).use(remarkFrontmatter, ['yaml']);

export function recogniseMarkdown(text: string, lang: LanguageTag, warnings: Warning[], fixed?: ReadonlyMap<string, SpeakerRole>): Recognised {
  const tree = processor.runSync(processor.parse(text)) as Root;
  const stated: StatedMetadata = {};
  const origins: Origins = {};
  const roles = new Map(fixed);
  const definitions = new Map<string, Definition>();
  const notes = new Map<string, FootnoteDefinition>();
  const body: RootContent[] = [];
  for (const node of tree.children) {
    if (node.type === 'yaml') {
      // The sidecar's roles (`fixed`) win over the front matter's.
      for (const [name, role] of readFrontMatter(node.value, stated, origins, warnings)) if (!roles.has(name)) roles.set(name, role);
    }
    // CommonMark: of several definitions of one label, the first counts.
    else if (node.type === 'definition' && !isNoteText(node)) definitions.set(node.identifier, definitions.get(node.identifier) ?? node);
    else {
      const note = node.type === 'definition' ? definitionNote(node, text) : node;
      if (note.type === 'footnoteDefinition' && notes.has(note.identifier)) mergeNote(notes.get(note.identifier)!, note, warnings);
      else {
        if (note.type === 'footnoteDefinition') notes.set(note.identifier, note);
        body.push(...keyLines(note));
      }
    }
  }
  // remark's root holds flow content; yaml and definitions are taken out above.
  const used = new Set<string>();
  const blocks = body.map((n) => literal(n, definitions, lang, notes, used) as Flat).map(boldHeading);
  // A link definition nothing cites would leave every edition without its line: it stays, as the text it was.
  for (const [id, def] of definitions) if (!used.has(id)) blocks.push(literal(sourceParagraph(def, text), definitions, lang, notes, used) as Flat);

  const first = blocks[0];
  const children: RootContent[] = [];
  const soleTop = first?.type === 'heading' && blocks.filter((b) => b.type === 'heading' && b.depth === first.depth).length === 1;
  if ((first?.type === 'heading' && soleTop) || (first?.type === 'paragraph' && isTitleParagraph(body[0]!))) {
    const lines = toString(body[0]!).split('\n').map((l) => l.trim());
    blocks.shift();
    // The subtitle (副题), a line opening with a dash: the title paragraph's second line, or a paragraph of its own under the title.
    const inTitle = lines.length === 2 && subtitleWords(lines[1]!) !== undefined;
    const under = blocks[0];
    const below = !inTitle && under?.type === 'paragraph' && isSubtitleLine(toString(under)) ? (blocks.shift() as Paragraph) : undefined;
    children.push({ type: 'headline', children: inTitle ? [{ type: 'text', value: normalisePunctuation(lines[0]!, lang) }] : (first as Heading).children });
    // A bilingual title paragraph (Chinese line, then its English twin) is titled by its first line.
    const twin = lines.length === 2 && isEnglish(lines[1]!) && !isEnglish(lines[0]!);
    if (!stated.title) [stated.title, origins.title] = [twin || inTitle ? lines[0]! : toString(first), 'the first heading'];
    const subtitle = inTitle ? lines[1]! : below && toString(below);
    if (subtitle !== undefined) {
      children.push(tagLanguage({ type: 'deck', children: below ? below.children : [{ type: 'text', value: normalisePunctuation(subtitle, lang) }] }, lang));
      if (!stated.description) [stated.description, origins.description] = [subtitleWords(subtitle)!, 'the subtitle under the first heading'];
    }
    // A date alone in one of the paragraphs under the title, or after a date's key (`日期：`, bold or not), is the document's date.
    const dated = blocks.slice(0, 3).find((b) => b.type === 'paragraph' && (isDateLine(toString(b), lang) || DATE_KEY.test(toString(b))));
    // A date line may name no day of the calendar (2026年2月30日): it then dates nothing.
    const date = dated && (isDateLine(toString(dated), lang) ? findDate(toString(dated), lang) : firstDate(toString(dated), lang)?.date);
    if (date && !stated.date) [stated.date, origins.date] = [date, `line ${dated.position?.start.line ?? '?'}: ${toString(dated)}`];
    // So is a byline (`文｜本报记者 沈一舟`, bold or not) the document's author; it stays in the text.
    const byline = blocks.slice(0, 3).find((b) => b.type === 'paragraph' && bylineAuthor(toString(b)) !== undefined);
    if (byline && !stated.author) [stated.author, origins.author] = [bylineAuthor(toString(byline))!, `line ${byline.position?.start.line ?? '?'}: byline`];
    // A byline written as a label (`记者：周航`) names; it never speaks.
    if (byline?.type === 'paragraph') byline.data = { ...byline.data, field: true };
  }
  children.push(...nestSections(groupTurns(blocks, roles, introductions(blocks))));
  return { children, stated, origins, warnings: [] };
}

/**
 * A reference definition whose destination is prose, not an address (`[1]: 据介绍，该书屋…`, as writers set notes
 * under a text): CommonMark reads a destination up to the first space, so a note of Han text without one parses as a
 * link definition, and the note would be lost. It is a note (`[^1]:`), and `[1]` cites it.
 */
const isNoteText = (def: Definition) => /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]/u.test(def.url + (def.title ?? ''));

/** A note-like definition as the footnote definition it stands for, its text as written after `[label]:`. */
function definitionNote(def: Definition, text: string): FootnoteDefinition {
  const written = sourceParagraph(def, text);
  const value = toString(written).replace(/^\s*\[[^\]]*\]:\s*/u, '');
  return { type: 'footnoteDefinition', identifier: def.identifier, label: def.label ?? null, children: [{ ...written, children: [{ type: 'text', value }] }], ...(def.position ? { position: def.position } : {}) };
}

/** A definition as the paragraph of source text it was written as. */
function sourceParagraph(def: Definition, text: string): Paragraph {
  const { start, end } = def.position!;
  return { type: 'paragraph', children: [{ type: 'text', value: text.slice(start.offset, end.offset) }], position: def.position };
}

/**
 * Rewrites a subtree: raw HTML → text, references → links/images (or citations of a note written as a definition),
 * punctuation normalised, English tagged. Adds the identifier of each definition cited to `used`.
 */
function literal(node: Nodes, definitions: Map<string, Definition>, lang: LanguageTag, notes: Map<string, FootnoteDefinition>, used: Set<string>): Nodes {
  const walk = (n: Nodes) => literal(n, definitions, lang, notes, used);
  switch (node.type) {
    case 'html':
      return node.position && isBlockHtml(node) ? { type: 'paragraph', children: [{ type: 'text', value: node.value }] } : { type: 'text', value: node.value };
    case 'text':
      // A soft line break inside a paragraph joins like a wrapped line of plain text.
      return { type: 'text', value: normalisePunctuation(node.value.split(LINE_BREAK).reduce(joinPieces), lang) };
    case 'linkReference': {
      const def = definitions.get(node.identifier);
      if (def) used.add(node.identifier);
      else if (notes.has(node.identifier) && node.referenceType === 'shortcut') return { type: 'footnoteReference', identifier: node.identifier, label: node.label ?? null };
      const children = node.children.map((c) => walk(c) as PhrasingContent);
      return def ? { type: 'link', url: def.url, title: def.title ?? null, children } : { type: 'text', value: toString(node) };
    }
    case 'imageReference': {
      const def = definitions.get(node.identifier);
      if (def) used.add(node.identifier);
      return def ? { type: 'image', url: def.url, title: def.title ?? null, alt: node.alt ?? '' } : { type: 'text', value: node.alt ?? '' };
    }
    default:
      if (!('children' in node)) return node;
      {
        const children = spacedAtEdges(mergeTexts(node.children.flatMap((c) => (c.type === 'text' && isVerse(c.value) ? verse(c.value, lang) : [walk(c)])) as PhrasingContent[]));
        const out = { ...node, children } as Nodes;
        if (out.type === 'paragraph') tagLanguage(out, lang);
        return out;
      }
  }
}

/** Characters of a line of verse at most (`四月的水田是一面镜子`); a line wrapped in prose is longer. */
const VERSE_LINE = 16;
const LINE_BREAK = /[ \t]*\n[ \t]*/;

/**
 * Whether a text's soft line breaks are a poem's (a quoted poem, lyrics, an address): three lines or more, each of at
 * most VERSE_LINE characters, none ending in a comma (a wrapped sentence would). Joining them ran the lines together
 * (`…一面镜子我弯下腰…`).
 */
function isVerse(value: string): boolean {
  const lines = value.trim().split(LINE_BREAK);
  return lines.length >= 3 && lines.every((l) => [...l].length <= VERSE_LINE && !/[，,、]$/u.test(l));
}

/** A poem's lines, each normalised, a line break between them. */
const verse = (value: string, lang: LanguageTag): PhrasingContent[] =>
  value.split(LINE_BREAK).flatMap((line, i): PhrasingContent[] => [...(i > 0 ? [{ type: 'break' as const }] : []), ...(line ? [{ type: 'text' as const, value: normalisePunctuation(line, lang) }] : [])]);

/**
 * A second note of the same name (`[^a]:` twice): its text is added to the first, where every citation of that name
 * points, so a note keeps one number and one id and nothing is lost (warning `duplicate-note`).
 */
function mergeNote(first: FootnoteDefinition, again: FootnoteDefinition, warnings: Warning[]): void {
  first.children.push(...again.children);
  const line = again.position!.start.line;
  warnings.push({ code: 'duplicate-note', line, message: `line ${line} defines the note [^${again.label ?? again.identifier}] again; its text is added to the first definition` });
}

/**
 * The lines above the first section naming who chairs and who takes part (`**主持人：** 江城日报社副总编辑 许蔓`,
 * `**嘉宾：**`), as a plain-text transcript's front has them: fields, which open no turn; their labels tell the turns
 * that the chair moderates. Marks them in place; returns the labels.
 */
function introductions(blocks: Flat[]): Label[] {
  const firstSection = blocks.findIndex((b) => b.type === 'heading');
  return blocks.slice(0, firstSection < 0 ? blocks.length : firstSection).flatMap((b) => {
    const label = b.type === 'paragraph' ? candidateLabel(toString(b)) : undefined;
    if (!label || !introduces(label)) return [];
    b.data = { ...b.data, field: true };
    return [label];
  });
}

/** A line opening with a short key and a colon (`日期：`, `**参会管理层：**`, `问：`). */
const KEY_LINE = /^[^：:\n]{1,12}[：:]/u;

/**
 * A paragraph whose every line opens with a key (`**日期：**2026年8月26日` then `**参会管理层：**…`, one under the
 * other, as a plain-text transcript sets them): a paragraph per line. CommonMark joins the lines of a paragraph,
 * which ran the date into the names after it; a line per key is what the writer meant.
 */
function keyLines(node: RootContent): RootContent[] {
  if (node.type !== 'paragraph') return [node];
  const lines = toString(node).split('\n');
  if (lines.length < 2 || !lines.every((l) => KEY_LINE.test(l.trim()))) return [node];
  const start = node.position?.start.line;
  const line = (k: number): Paragraph => ({ type: 'paragraph', children: [], ...(start !== undefined ? { position: { start: { line: start + k, column: 1 }, end: { line: start + k, column: 1 } } } : {}) });
  const out = [line(0)];
  for (const child of node.children) {
    if (child.type !== 'text') {
      out.at(-1)!.children.push(child);
      continue;
    }
    child.value.split('\n').forEach((piece, k) => {
      if (k > 0) out.push(line(out.length));
      if (piece.trim()) out.at(-1)!.children.push({ type: 'text', value: piece });
    });
  }
  return out;
}

/** A first paragraph of one or two short unpunctuated lines of plain text (a title and its subtitle) is the headline. */
function isTitleParagraph(node: RootContent): boolean {
  if (node.type !== 'paragraph' || node.children.some((c) => c.type !== 'text')) return false;
  const lines = toString(node).split('\n');
  return lines.length <= 2 && lines.every((l) => isHeadingLike(l.trim()));
}

/** A paragraph of one short line opening with a dash: a subtitle. */
const isSubtitleLine = (text: string) => !text.includes('\n') && isHeadingLike(text) && subtitleWords(text) !== undefined;

/** A block-level HTML node stands alone on its lines; inline HTML sits inside a paragraph. */
const isBlockHtml = (node: Nodes) => node.position!.start.column === 1;

/**
 * Typed spaces at the edge of emphasis, a link or code (`**注意：** 这里`, `这里 **重点**`) dropped as the
 * punctuation stage drops them inside a text (punctuation.ts `redundantSpace`): the characters either side of the
 * space stand in two nodes there.
 */
function spacedAtEdges(children: PhrasingContent[]): PhrasingContent[] {
  const prose = /[，。；！？]/u.test(children.map((c) => toString(c)).join(''));
  return children.map((c, i) => {
    if (c.type !== 'text') return c;
    const [before, after] = [children[i - 1], children[i + 1]].map((n) => (n ? toString(n) : ''));
    let value = c.value;
    const lead = /^[ \t]+(.)/su.exec(value);
    if (before && lead && redundantSpace([...before].at(-1)!, lead[1]!, prose)) value = value.trimStart();
    const trail = /(.)[ \t]+$/su.exec(value);
    if (after && trail && redundantSpace(trail[1]!, [...after][0]!, prose)) value = value.trimEnd();
    return value === c.value ? c : { ...c, value };
  });
}

function mergeTexts(children: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const c of children) {
    const prev = out.at(-1);
    if (c.type === 'text' && prev?.type === 'text') out[out.length - 1] = { type: 'text', value: prev.value + c.value };
    else out.push(c);
  }
  return out;
}

/** A paragraph that is only bold, short and unpunctuated is a heading one level below the `#` headings; a byline is not. */
function boldHeading(node: Flat, index: number, all: Flat[]): Flat {
  if (node.type !== 'paragraph' || node.children.length !== 1 || node.children[0]!.type !== 'strong') return node;
  const text = toString(node);
  if ([...text].length > 40 || endsSentence(text) || /[:：]$/u.test(text) || bylineAuthor(text) !== undefined) return node;
  const above = all.slice(0, index).filter((n): n is Heading => n.type === 'heading');
  const depth = Math.min(6, (above.at(-1)?.depth ?? 0) + 1) as Heading['depth'];
  return { type: 'heading', depth, children: (node.children[0] as Strong).children };
}
