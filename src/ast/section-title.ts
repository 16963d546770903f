/** The plain text of a section's heading (for contents, chapter titles, metadata). */
import { toString } from 'mdast-util-to-string';
import type { Section } from './types.js';

export const sectionTitle = (section: Section): string => toString({ type: 'paragraph', children: section.title });

/** The numberings an official report opens its headings with, a level each: `一、`, `（一）`, `1.` (before the words; `86.3%` opens with a number, not a numbering). */
const NUMBERINGS = [/^[一二三四五六七八九十]{1,3}、(?=\S)/u, /^[（(][一二三四五六七八九十]{1,3}[）)](?=\S)/u, /^\d{1,2}(?:[.．](?!\d)|、)\s?(?=\S)/u];

/**
 * A heading's numbering, its level (1–3, in the order above) and its words (`（三）着力保障…` → `（三）`, 2,
 * `着力保障…`), or undefined when it opens with none.
 */
export function enumerated(title: string): { enumerator: string; depth: 1 | 2 | 3; subject: string } | undefined {
  for (const [k, numbering] of NUMBERINGS.entries()) {
    const enumerator = numbering.exec(title)?.[0];
    if (enumerator) return { enumerator, depth: (k + 1) as 1 | 2 | 3, subject: title.slice(enumerator.length) };
  }
  return undefined;
}
