/**
 * Clean text → blocks: one per non-empty line, remembering where blank lines
 * were. Joining lines back into paragraphs (soft wraps, page-break splits) is
 * done by `repair.ts` once the structure of each block is known.
 */
export interface Block {
  text: string;
  /** 1-based line number in the source. */
  line: number;
}

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    if (line) blocks.push({ text: line, line: i + 1 });
  });
  return blocks;
}

/**
 * A separator line, three or more of one ornament and nothing else (`＊＊＊＊＊`, `======`, `※ ※ ※`, `◆◆◆`):
 * a rule between parts of the text (a thematic break), never a headline or a paragraph. Dashes alone (`——`) are not
 * counted: a line of them may be speech broken off.
 */
export const isRuleLine = (text: string): boolean => /^([*＊=＝_＿~～·•◆◇★☆※#＃])(?:[\s\u3000]*\1){2,}$/u.test(text.trim());

/** Sentence-final marks (and closing quotes/brackets after them) that may end a paragraph. */
const FINAL = /[。！？!?…；;：:.」』”’）)》】—~～]$/u;

/** A closing HTML-like tag (`</p>`) ends pasted markup's paragraph too. */
const CLOSING_TAG = /<\/[A-Za-z][A-Za-z0-9]*>$/;

export const endsSentence = (text: string) => FINAL.test(text) || CLOSING_TAG.test(text);

/** Joins two pieces of one paragraph: a space only between two Latin letters or digits. */
export function joinPieces(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}
