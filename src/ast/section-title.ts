/** The plain text of a section's heading (for contents, chapter titles, metadata). */
import { toString } from 'mdast-util-to-string';
import type { Section } from './types.js';

export const sectionTitle = (section: Section): string => toString({ type: 'paragraph', children: section.title });
