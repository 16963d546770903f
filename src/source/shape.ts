/**
 * Which recogniser reads a text: Markdown or plain text. A file is Markdown
 * when its name ends in `.md`/`.markdown`, or when its text has unmistakable
 * Markdown structure: YAML front matter at the top, an ATX heading line
 * (`# …` to `###### …`), or a paragraph opening in bold (`**【记者】**…`).
 * Everything else is plain text (README, "Input shapes").
 */
export type Shape = 'markdown' | 'plain';

const FRONT_MATTER = /^---[ \t]*\n(?:[^\n]*\n)*?---[ \t]*(?:\n|$)/;
const ATX_HEADING = /^#{1,6}[ \t]+\S/m;
const BOLD_OPENING = /^\*\*[^*\n]+\*\*/m;

export function shapeOf(file: string | undefined, text: string): Shape {
  if (file && /\.(md|markdown)$/i.test(file)) return 'markdown';
  return FRONT_MATTER.test(text) || ATX_HEADING.test(text) || BOLD_OPENING.test(text) ? 'markdown' : 'plain';
}
