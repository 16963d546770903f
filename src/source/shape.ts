/**
 * Which recogniser reads a text: subtitles, Markdown or plain text. A file
 * is subtitles when its name ends in `.srt`/`.vtt` or its text opens as one
 * (`WEBVTT`, or a cue number over a timing line). A file is Markdown
 * when its name ends in `.md`/`.markdown`, or when its text has unmistakable
 * Markdown structure: an ATX heading line (`# …` to `###### …`) or a
 * paragraph opening in bold (`**【记者】**…`). Everything else is plain text,
 * which may open with a YAML block as Markdown does (README, "Input shapes").
 */
import { isSubtitles } from './shapes/subtitles.js';

export type Shape = 'markdown' | 'plain' | 'subtitles';

const ATX_HEADING = /^#{1,6}[ \t]+\S/m;
const BOLD_OPENING = /^\*\*[^*\n]+\*\*/m;

export function shapeOf(file: string | undefined, text: string): Shape {
  if ((file && /\.(srt|vtt)$/i.test(file)) || isSubtitles(text)) return 'subtitles';
  if (file && /\.(md|markdown)$/i.test(file)) return 'markdown';
  return markdownLine(text) !== undefined ? 'markdown' : 'plain';
}

/**
 * The first line (1-based) whose Markdown structure makes a text not named `.md` read as Markdown: an ATX heading or a
 * paragraph opening in bold. The build warns with it (`markdown-shape`), as Markdown then reads `#`, `**`, `- [ ]`,
 * `>` and `&lt;` as markup.
 */
export function markdownLine(text: string): number | undefined {
  const at = [ATX_HEADING.exec(text)?.index, BOLD_OPENING.exec(text)?.index].filter((i) => i !== undefined);
  return at.length ? text.slice(0, Math.min(...at)).split('\n').length : undefined;
}
