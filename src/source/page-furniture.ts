/**
 * Page furniture a transcript copied out of a printed or PDF page drags
 * along between its paragraphs: a folio (`— 3 —`, `- 12 -`, `第3页`, `3/12`),
 * a jump line (`（下转第3版）`, `（上接第1版）`), a newspaper's running head (`江城日报  2025年6月9日  星期一  4`) and a
 * line repeated beside the folios (a PDF's running head or foot). They are the page's, not
 * anyone's words: left out of the text, so the paragraph a page break cut is
 * joined again (report.ts), and each is told as a `page-furniture` warning
 * naming its line, never dropped silently.
 */
import type { Warning } from '../warnings.js';
import { type Block, endsSentence } from './blocks.js';

/** A folio alone on its line: a page number between dashes, `第N页`, or `N/M`. */
const FOLIO = /^(?:[-—–－~～]+[\s\u3000]*\d{1,4}[\s\u3000]*[-—–－~～]+|第[\s\u3000]*\d{1,4}[\s\u3000]*[页頁]|\d{1,4}[\s\u3000]*[/／][\s\u3000]*\d{1,4})$/u;
/** A newspaper's jump line: where the story continues or came from (`（下转第3版）`, `（上接第1版）`, `（转A5版）`). */
const JUMP = /^[（(](?:下转|下轉|上接|转|轉|接|续|續)(?:第?[\s\u3000]*[A-Za-z]?\d{1,3}[\s\u3000]*[版页頁]|上页|上頁|下页|下頁)[）)]$/u;

/**
 * A newspaper's running head: its name, the date (and weekday) and the page number, apart by runs of spaces
 * (`江城日报  2025年6月9日  星期一              4`, or the number first on a verso).
 */
const RUNNING_HEAD = /^(?:\d{1,3}[ \t\u3000]{2,})?[^\s]{2,16}(?:[ \t\u3000]{2,}|\u3000)\d{4}年\d{1,2}月\d{1,2}日(?:[ \t\u3000]+(?:星期|周|週)[一二三四五六日天])?(?:[ \t\u3000]{2,}\d{1,3})?$/u;

/** Whether a line is page furniture (a folio, a jump line or a running head). */
export const isPageFurniture = (line: string): boolean => FOLIO.test(line.trim()) || JUMP.test(line.trim()) || RUNNING_HEAD.test(line.trim());

/** A running head is a short line: a title, not a sentence. */
const HEAD_MAX = 40;

/**
 * The blocks that stand beside a folio (right above or right below it) with the same words as another block beside
 * one (`江城市生态环境局答记者问` under every `- 1 -`): a document's running head or foot, as a copy out of a PDF
 * brings it along each page. Its other places (the title atop the text) are the text's own.
 */
function repeatedHeads(blocks: Block[]): Set<Block> {
  const beside = new Map<string, Block[]>();
  blocks.forEach((b, k) => {
    if (!isPageFurniture(b.text)) return;
    for (const n of [blocks[k - 1], blocks[k + 1]]) {
      const words = n?.text.trim();
      if (!n || !words || isPageFurniture(words) || [...words].length > HEAD_MAX || endsSentence(words)) continue;
      const same = beside.get(words) ?? [];
      if (!same.includes(n)) beside.set(words, [...same, n]);
    }
  });
  return new Set([...beside.values()].filter((same) => same.length >= 2).flat());
}

/** `blocks` without their page furniture; a `page-furniture` warning for each line left out is added to `warnings`. */
export function dropPageFurniture(blocks: Block[], warnings: Warning[]): Block[] {
  const heads = repeatedHeads(blocks);
  return blocks.filter((b) => {
    const head = heads.has(b);
    if (!head && !isPageFurniture(b.text)) return true;
    const what = head ? 'a running head, repeated beside the folios' : "a printed page's folio, jump line or running head";
    warnings.push({ code: 'page-furniture', line: b.line, message: `line ${b.line} is ${what} ("${b.text.trim()}"); it is left out, and the paragraph it cut is joined` });
    return false;
  });
}
