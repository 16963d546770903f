/**
 * Every warning huozi can give: a closed set of codes, each with the stage that
 * gives it and what it means. The README's warnings table is generated from
 * `WARNING_CODES` (src/cli/reference.ts); a new warning is a new entry here.
 */
export const WARNING_CODES = {
  'encoding-doubt': { stage: 'source', meaning: '`--encoding` named an encoding that reads the bytes, but without it huozi finds them in another (a Big5 file read as GBK decodes, into the wrong characters); the warning names both' },
  'lone-surrogate': { stage: 'source', meaning: 'a lone surrogate code unit was removed (with its code points and lines)' },
  'invalid-character': { stage: 'source', meaning: 'characters XML forbids (C0/C1 controls, noncharacters) were removed (named by code point, with their lines)' },
  'bidi-control': { stage: 'source', meaning: 'bidi embedding, override or isolate controls were removed (named by code point, with their lines)' },
  'zero-width': { stage: 'source', meaning: 'zero-width characters were removed (named by code point, with their lines)' },
  'replacement-character': { stage: 'source', meaning: 'the text already holds U+FFFD: it was damaged before huozi read it (kept; the warning names its lines)' },
  'web-residue': { stage: 'source', meaning: 'a line copied from a web page (`下载 打印`, `责任编辑：…`, a breadcrumb, a WeChat footer…), kept as text, with its line' },
  'page-furniture': { stage: 'source', meaning: 'a printed page\'s folio (`— 3 —`, `第3页`), jump line (`（下转第3版）`) or running head (`江城日报  2025年6月9日  星期一  4`, or a line repeated beside the folios) between paragraphs is left out of every edition, and the paragraph it cut is joined again; the warning names its line' },
  'markdown-shape': { stage: 'source', meaning: 'a file not named `.md` holds a Markdown heading (`# …`) or a paragraph opening in bold, so the whole file is read as Markdown (`#`, `**`, `- [ ]`, `>` and `&lt;` are markup there); the warning names the line; written full-width there (`＃`, `＊＊`), the marks keep the file plain text' },
  'front-matter': { stage: 'source', meaning: 'the YAML front matter cannot be read, or its date is not a date or not a day of the calendar (2026-02-30); it is ignored' },
  'title-uncertain': { stage: 'source', meaning: 'the headline was chosen by score from lines that score alike (a date, an office name, a short line); the warning names the line chosen and how to set `title`; none when `--title`, the config, front matter or a sidecar sets it' },
  'date-uncertain': { stage: 'source', meaning: 'lines near the top give different dates; the warning names the line the date was taken from and how to set `date`; none when `--date`, the config, front matter or a sidecar sets it' },
  'title-from-heading': { stage: 'metadata', meaning: 'no headline was found and none given: the title is the text\'s first heading (`（一）关于…`), which may name a part, not the whole; the warning names it and how to set `title`' },
  'title-missing': { stage: 'metadata', meaning: 'no title was found in the text or given; every edition prints 无标题 (無標題 in Traditional Chinese, Untitled in English) until `--title` or `title:` sets one' },
  'date-missing': { stage: 'metadata', meaning: 'no date was found in the text or given; no edition prints a date (only the files carry 2000-01-01, as their own date) until `--date` or `date:` sets one' },
  'title-shared': { stage: 'metadata', meaning: '`--title` or the config\'s `title:` titles every input of a build of several alike (each edition still has its own identifier); front matter or a sidecar titles one input' },
  'topic-numbering': { stage: 'source', meaning: 'a numbered topic line skips a number (`3 谈消费` then `5 谈就业`); it is read as a topic under its own number, and the warning names the line and the missing number' },
  'subtitle-comment': { stage: 'source', meaning: 'NOTE, STYLE and REGION blocks of a WebVTT file are comments for the player and are left out; the warning names the line each opens on' },
  'unattributed-speech': { stage: 'source', meaning: 'a subtitle cue\'s dash line (`- 绝对不要冒险通过。`) is another speaker, unnamed: it is printed as a paragraph of no one\'s turn; the warning names the lines of the cues, so an editor can name them (`- 记者：…`)' },
  'duplicate-note': { stage: 'source', meaning: 'a Markdown footnote (`[^a]:`) is defined twice; the second\'s text is added to the first, which every citation of that name shows' },
  'unknown-speaker': { stage: 'source', meaning: 'a `speakers:` correction (front matter or sidecar) names no speaker of the transcript' },
  'image-skipped': { stage: 'render', meaning: 'an image is left out (a URL, a file outside the input\'s folder, not found, or an unsupported type), named with its source line; its alt text is shown in brackets' },
  'marks-without-bleed': { stage: 'pdf', meaning: 'printer\'s marks were asked for without a bleed: the cover\'s band and anything else set to the edge ends at the trim, where a trimming error shows white; the usual fix is `--bleed 3mm`' },
  'marks-without-press': { stage: 'pdf', meaning: 'printer\'s marks were asked for on an RGB print (no `--press`): its black text is RGB black, which a press separates into four inks (a registration risk on small type); `--press` sets it in 100 % K' },
  'missing-glyph': { stage: 'pdf', meaning: 'characters none of the pinned or fallback fonts has; they are set as 〓 and named by code point' },
  'fidelity-transformed': { stage: 'build', meaning: 'an edition shows a passage changed by an accepted transformation (punctuation width, quotes, letter case, invisible characters); the vertical edition\'s corner brackets, huozi\'s own, are not told' },
} as const satisfies Record<string, { stage: string; meaning: string }>;

export type WarningCode = keyof typeof WARNING_CODES;

/** A problem worth telling the user that does not stop the build. */
export interface Warning {
  /** One of `WARNING_CODES`, e.g. `web-residue`, `missing-glyph`. */
  code: WarningCode;
  /** One line in the editor's words. */
  message: string;
  /** 1-based line in the source, when known. */
  line?: number;
}
