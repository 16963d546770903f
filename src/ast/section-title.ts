/** The plain text of a section's heading (for contents, chapter titles, metadata). */
import { toString } from 'mdast-util-to-string';
import type { Section } from './types.js';

export const sectionTitle = (section: Section): string => toString({ type: 'paragraph', children: section.title });

/** The numbering an official report opens a heading with (`一、`, `（三）`, `1.`), before the heading's words. */
const ENUMERATOR = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、]\s?)(?=\S)/u;

/** A heading's numbering and its words (`（三）着力保障…` → `（三）`, `着力保障…`), or undefined when it has none. */
export function enumerated(title: string): { enumerator: string; subject: string } | undefined {
  const enumerator = ENUMERATOR.exec(title)?.[0];
  return enumerator ? { enumerator, subject: title.slice(enumerator.length) } : undefined;
}
