/**
 * How the body is split into chapter files: one per topic or top-level
 * section, named by kind and position (`topic-07.xhtml`, `section-02.xhtml`)
 * so names are stable across builds. What comes before the first one is the
 * opening chapter; what follows one belongs to it.
 */
import { sectionTitle } from '../../ast/section-title.js';
import { visitNodes } from '../../ast/visit.js';
import type { FootnoteDefinition, RootContent } from 'mdast';
import { notesCitedIn, type NoteLinks } from '../note-links.js';

export interface ChapterPlan {
  /** Manifest id. */
  id: string;
  filename: string;
  title: string;
  nodes: RootContent[];
}

/**
 * The chapter files of a book body (its root children after the display
 * lines), in order; `openingTitle` titles the opening chapter, if there is one.
 */
export function planChapters(body: RootContent[], openingTitle: string): ChapterPlan[] {
  const plan: ChapterPlan[] = [];
  let n = 0;
  for (const node of body) {
    if (node.type === 'topic' || node.type === 'section') {
      n += 1;
      const title = node.type === 'topic' ? `${node.number} ${node.subject}` : sectionTitle(node);
      plan.push({ id: `ch-${n}`, filename: `${node.type}-${String(n).padStart(2, '0')}.xhtml`, title, nodes: [node] });
    } else {
      if (plan.length === 0) plan.push({ id: 'opening', filename: 'opening.xhtml', title: openingTitle, nodes: [] });
      plan.at(-1)!.nodes.push(node);
    }
  }
  return plan;
}

/** The file each topic or section (at any depth) ends up in, by its id. */
export function fileOfIds(plan: ChapterPlan[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const chapter of plan) {
    for (const node of chapter.nodes) {
      visitNodes(node, ['topic', 'section'], (n) => files.set(n.id, chapter.filename));
    }
  }
  return files;
}

/**
 * The footnotes each chapter shows at its end: those it cites and those its notes cite
 * (`notesCitedIn`; the shared partials link notes within one file), and, in the last chapter,
 * any that nothing cites.
 */
export function notesByChapter(plan: ChapterPlan[], footnotes: FootnoteDefinition[], links: NoteLinks): FootnoteDefinition[][] {
  const notes = plan.map((chapter) => notesCitedIn(links, chapter.nodes, footnotes));
  const shown = new Set(notes.flat());
  if (notes.length > 0) notes[notes.length - 1]!.push(...footnotes.filter((f) => !shown.has(f)));
  return notes;
}
