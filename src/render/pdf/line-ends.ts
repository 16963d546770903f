/**
 * Line-end compression in print (CLREQ §3.1.6, adjusting punctuation: a stop
 * at the end of a justified line is set half-width; CSS Text 4's
 * `text-spacing-trim: trim-end`, which Chromium 156 does not have): a
 * closing mark, pause or stop that ends
 * a justified line of the body loses the half em of blank after its ink
 * (`pc-e`, base.css), so the ink of every line end stands on the right edge of
 * the text block as a Han character's does, and justification takes up the
 * half em. zh-Hant centres its pauses and stops (CLREQ §3.1.2): there only
 * closing brackets and quotes are compressed, as in `compression.ts`.
 *
 * Line ends exist only once lines are laid out, so this runs in the print's
 * page (in screen layout at the text block's width, print-measure.ts), not in the typesetting stage; the HTML and
 * the EPUB, whose line ends depend on the reader's screen, keep full-width
 * marks there. A compressed mark must stay at its line end: when the half em
 * it frees lets the next character up onto its line, the mark is restored
 * and left full-width, and the paragraph's later line ends are checked again
 * in that layout. It runs once, in the page both prints are made from
 * (print-book.ts), so the measuring print has the main print's lines.
 *
 * The quarter em between Han and Latin (spacing.ts, a margin after the
 * character before the boundary) is dropped where it ends a line, in the same
 * rounds and on the same terms, so that line's ink reaches the edge too
 * (CLREQ §3.4.2: the space is between characters; a line end has none). The
 * quarter em can let a whole number and its unit up onto the line, a line's
 * natural width being well short of the measure: the space is then put back.
 */
import type { Page } from 'puppeteer-core';
import { atPrintMeasure } from './print-measure.js';
import { endBlankMarks } from '../../typeset/classes.js';
import { CHINESE_LANG, HANT_LANG } from '../../typeset/composition.js';

/**
 * Justified body text: the paragraphs of the main text. A compressed mark's blank half runs past the paragraph's edge,
 * which pdf.css clips (`overflow-x: clip`): overflow would make Chromium shrink the whole page to fit. A list item is
 * left out, as its marker stands outside its box, where a clip would cut it.
 */
const JUSTIFIED = 'main p';
/** The class that drops a Han–Latin space at a line end (pdf.css). */
const SPACE_DROPPED = 'as-e';
/** Rounds of checking after a restored mark moved the lines after it; a paragraph rarely needs more than two. */
const ROUNDS = 8;

/**
 * Compresses every line-end mark of the page's justified body text and drops every Han–Latin space that ends a line;
 * returns how many marks were compressed.
 */
export async function compressLineEnds(page: Page): Promise<number> {
  return atPrintMeasure(page, () => page.evaluate(
    (selector, hans, hant, chineseLang, hantLang, rounds, spaceDropped) => {
      const chinese = new RegExp(chineseLang, 'i');
      const centred = new RegExp(hantLang, 'i');
      // An inline paragraph (a note's first, after its number) has no edge of its own: its box ends where its text does.
      const blocks = Array.from(document.querySelectorAll<HTMLElement>(selector)).filter((el) => {
        const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
        const style = getComputedStyle(el);
        return chinese.test(lang) && style.textAlign === 'justify' && style.display !== 'inline';
      });
      const marksOf = (el: Element) => (centred.test(el.closest('[lang]')?.getAttribute('lang') ?? '') ? hant : hans);
      /** The right edge of a block's content box (px). */
      const edge = (el: Element) => {
        const s = getComputedStyle(el);
        return el.getBoundingClientRect().right - parseFloat(s.paddingRight) - parseFloat(s.borderRightWidth);
      };
      const range = document.createRange();
      const COMPRESSED = 'lineEnd';
      const compressed = (el: Element) => Array.from(el.querySelectorAll<HTMLElement>('span[data-line-end]'));
      const dropped = (el: Element) => Array.from(el.querySelectorAll<HTMLElement>(`.as.${spaceDropped}`));
      /** A full-width mark: Chromium's own `allow-end` trimming already sets a mark half-width where it would not otherwise fit. */
      const full = (box: DOMRect, em: number) => box.width > 0.75 * em;
      /** A compressed mark still ends its line: its full-width box runs half an em past the edge, as its negative margin lets it. */
      const markAtEnd = (span: HTMLElement, right: number) => {
        const em = parseFloat(getComputedStyle(span).fontSize);
        const box = span.getBoundingClientRect();
        return full(box, em) && Math.abs(box.right - em / 2 - right) < 0.5;
      };
      /** A character whose space was dropped still ends its line: its box reaches the edge. */
      const spaceAtEnd = (span: HTMLElement, right: number) => Math.abs(span.getBoundingClientRect().right - right) < 0.5;
      const restore = (span: HTMLElement) => {
        const parent = span.parentNode!;
        span.replaceWith(...Array.from(span.childNodes));
        parent.normalize();
      };
      /** Full-width marks of a block whose box ends on its right edge (they end a line), not yet compressed nor refused. */
      const lineEnds = (el: Element, refused: Set<number>) => {
        const marks = marksOf(el);
        const right = edge(el);
        const found: Array<{ node: Text; index: number }> = [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let offset = 0;
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          const text = node.data;
          // Compressed already, here or by the typesetting stage (a mark before another, `）》`): never twice.
          const inside = node.parentElement!.closest('.pc-e') !== null;
          const em = parseFloat(getComputedStyle(node.parentElement!).fontSize);
          for (let i = 0; i < text.length; i++) {
            if (inside || !marks.includes(text[i]!) || refused.has(offset + i)) continue;
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const box = range.getBoundingClientRect();
            if (full(box, em) && Math.abs(box.right - right) < 0.5) found.push({ node, index: i });
          }
          offset += text.length;
        }
        return found;
      };
      /** Characters of a block whose Han–Latin space ends a line (box and margin reach the edge), not yet dropped nor kept. */
      const spaceEnds = (el: Element, kept: Set<Element>) => {
        const right = edge(el);
        return Array.from(el.querySelectorAll<HTMLElement>('.as')).filter((span) => {
          const margin = parseFloat(getComputedStyle(span).marginRight);
          return !kept.has(span) && margin > 0 && Math.abs(span.getBoundingClientRect().right + margin - right) < 0.5;
        });
      };
      /** Offset of a compressed mark in its block's text. */
      const offsetOf = (el: Element, span: HTMLElement) => {
        range.setStart(el, 0);
        range.setEndBefore(span);
        return range.toString().length;
      };

      const refused = blocks.map(() => new Set<number>());
      const kept = blocks.map(() => new Set<Element>());
      let dirty = blocks.map((_, i) => i);
      for (let round = 0; round < rounds && dirty.length > 0; round++) {
        // Read the whole layout first, then change it: one layout per round, not one per mark.
        const checks = dirty.map((b) => {
          const right = edge(blocks[b]!);
          // The first compressed mark, or dropped space, that left its line end: the layout after it is not final.
          const movedMark = compressed(blocks[b]!).find((span) => !markAtEnd(span, right));
          const movedSpace = movedMark ? undefined : dropped(blocks[b]!).find((span) => !spaceAtEnd(span, right));
          const settled = !movedMark && !movedSpace;
          return { b, movedMark, movedSpace, ends: settled ? lineEnds(blocks[b]!, refused[b]!) : [], spaces: settled ? spaceEnds(blocks[b]!, kept[b]!) : [] };
        });
        dirty = [];
        for (const { b, movedMark, movedSpace, ends, spaces } of checks) {
          if (movedMark) {
            refused[b]!.add(offsetOf(blocks[b]!, movedMark));
            restore(movedMark);
            dirty.push(b);
            continue;
          }
          if (movedSpace) {
            kept[b]!.add(movedSpace);
            movedSpace.classList.remove(spaceDropped);
            dirty.push(b);
            continue;
          }
          // Last first, so earlier offsets in a text node stay valid as it is split.
          for (const { node, index } of ends.reverse()) {
            const span = document.createElement('span');
            span.className = 'pc-e';
            span.dataset[COMPRESSED] = '';
            range.setStart(node, index);
            range.setEnd(node, index + 1);
            range.surroundContents(span);
          }
          for (const span of spaces) span.classList.add(spaceDropped);
          if (ends.length > 0 || spaces.length > 0) dirty.push(b);
        }
      }
      // Out of rounds (a paragraph of hundreds of lines, a speech-recognition export): a block still changing gets its
      // spaces back, and keeps its compressed marks up to the first that left its line end, and that one and every one
      // after it are restored, so no mark is ever narrowed, nor space dropped, mid-line. Read first, then restored: one
      // layout, not one per mark (a 70 000-character paragraph took 21 s, its layout redone after each of some 2 000
      // restorations).
      for (const b of dirty) for (const span of dropped(blocks[b]!)) span.classList.remove(spaceDropped);
      const unsettled = dirty.map((b) => {
        const spans = compressed(blocks[b]!);
        const right = edge(blocks[b]!);
        const first = spans.findIndex((span) => !markAtEnd(span, right));
        return first < 0 ? [] : spans.slice(first);
      });
      for (const spans of unsettled) for (const span of spans.reverse()) restore(span);
      return blocks.reduce((n, el) => n + compressed(el).length, 0);
    },
    JUSTIFIED,
    endBlankMarks(false),
    endBlankMarks(true),
    CHINESE_LANG.source,
    HANT_LANG.source,
    ROUNDS,
    SPACE_DROPPED,
  ));
}
