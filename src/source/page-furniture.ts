/**
 * Page furniture a transcript copied out of a printed or PDF page drags
 * along between its paragraphs: a folio (`— 3 —`, `- 12 -`, `第3页`, `3/12`)
 * and a jump line (`（下转第3版）`, `（上接第1版）`). They are the page's, not
 * anyone's words: left out of the text, so the paragraph a page break cut is
 * joined again (report.ts), and each is told as a `page-furniture` warning
 * naming its line, never dropped silently.
 */
import type { Warning } from '../warnings.js';
import type { Block } from './blocks.js';

/** A folio alone on its line: a page number between dashes, `第N页`, or `N/M`. */
const FOLIO = /^(?:[-—–－~～]+[\s\u3000]*\d{1,4}[\s\u3000]*[-—–－~～]+|第[\s\u3000]*\d{1,4}[\s\u3000]*[页頁]|\d{1,4}[\s\u3000]*[/／][\s\u3000]*\d{1,4})$/u;
/** A newspaper's jump line: where the story continues or came from (`（下转第3版）`, `（上接第1版）`, `（转A5版）`). */
const JUMP = /^[（(](?:下转|下轉|上接|转|轉|接|续|續)(?:第?[\s\u3000]*[A-Za-z]?\d{1,3}[\s\u3000]*[版页頁]|上页|上頁|下页|下頁)[）)]$/u;

/** Whether a line is page furniture (a folio or a jump line). */
export const isPageFurniture = (line: string): boolean => FOLIO.test(line.trim()) || JUMP.test(line.trim());

/** `blocks` without their page furniture; a `page-furniture` warning for each line left out is added to `warnings`. */
export function dropPageFurniture(blocks: Block[], warnings: Warning[]): Block[] {
  return blocks.filter((b) => {
    if (!isPageFurniture(b.text)) return true;
    warnings.push({ code: 'page-furniture', line: b.line, message: `line ${b.line} is a printed page's folio or jump line ("${b.text.trim()}"); it is left out, and the paragraph it cut is joined` });
    return false;
  });
}
