/**
 * The fonts a book embeds (unless `epubFonts` is off): each face of the
 * pinned fonts cut to the characters it draws, as TrueType, with the
 * @font-face rules that name them and the licence texts that must travel with them.
 */
import { readFileSync } from 'node:fs';
import type { Document } from '../../ast/types.js';
import { cutFaces, type FaceCuts } from '../../fonts.js';
import type { Metadata } from '../../metadata.js';
import { projectPath } from '../../paths.js';
import { type Face, type FaceStyle, textByFace } from '../text-by-face.js';
import type { OutlineFace } from './outlines.js';

/** The book's cuts (fonts.ts `cutFaces`: names in `fonts/`, files made while the book is composed) and their licences. */
export interface EmbeddedFonts extends FaceCuts {
  /** One entry per licence text needed: the families it covers and its text. */
  licences: Array<{ fonts: string; text: string }>;
}

/** The licence texts in `fonts/`, by the file-name prefixes (role or fallback) of the fonts they cover. */
const LICENCES = [
  { roles: ['serif', 'sans'], fonts: 'Noto Serif CJK, Noto Sans CJK', file: 'OFL-Noto-CJK.txt' },
  { roles: ['kai'], fonts: 'LXGW WenKai', file: 'OFL-LXGW-WenKai.txt' },
  { roles: ['hanamin'], fonts: 'HanaMin A, HanaMin B', file: 'LICENSE-HanaMin.txt' },
  { roles: ['symbola'], fonts: 'Symbola', file: 'LICENSE-Symbola.txt' },
];

/**
 * Faces as `styles/base.css` sets them in the book: headings and topic titles
 * in bold sans, masthead and kicker in sans, deck and quotations in kai, the
 * rest in serif with `strong` in bold serif; labels in bold sans.
 */
const FACES: FaceStyle = {
  nodes: {
    headline: 'sans-700',
    heading: 'sans-700',
    topicTitle: 'sans-700',
    masthead: 'sans-400',
    kicker: 'sans-400',
    deck: 'kai-400',
    blockquote: 'kai-400',
    tableHeaderCell: 'sans-700',
    strong: (inherited) => (inherited === 'serif-400' ? 'serif-700' : inherited === 'kai-400' ? 'sans-700' : inherited),
  },
  labels: 'sans-700',
};

/** Marks, digits and Latin letters the book's templates may add around the text. */
const TEMPLATE_CHARS = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('') + '“”‘’「」『』，。：；？！（）《》、—…·↑';

/**
 * `printed` is what the templates print besides the document (labels, metadata): every face but kai may set it; all
 * may set marks. `alsoByFace`: more text a face must draw (the cover's words, drawn from these cuts: cover.ts).
 */
export function embeddedFonts(doc: Document, meta: Metadata, printed: string, embed: boolean, alsoByFace: Array<[OutlineFace, string]> = []): EmbeddedFonts {
  if (!embed) return { css: '', names: [], files: Promise.resolve([]), licences: [] };
  const around = printed + TEMPLATE_CHARS;
  const texts = LICENCES.map((l) => ({ ...l, text: readFileSync(projectPath('fonts', l.file), 'utf8') }));
  const faces: Face[] = ['serif-400', 'serif-700', 'sans-400', 'sans-700'];
  // The licence page is set in the body face (styles/epub.css), so its text is in the body face's subset.
  const aroundByFace: Partial<Record<Face, string>> = { ...Object.fromEntries(faces.map((f) => [f, around])), 'serif-400': around + texts.map((l) => l.text).join(''), 'kai-400': TEMPLATE_CHARS };
  for (const [{ role, weight }, text] of alsoByFace) aroundByFace[`${role}-${weight}`] = (aroundByFace[`${role}-${weight}`] ?? '') + text;
  const { css, names, files } = cutFaces(meta.lang, textByFace(doc, FACES, aroundByFace), 'fonts/', 'truetype');
  const licences = texts.filter((l) => names.some((name) => l.roles.includes(name.replace(/[-.].*$/, '')))).map(({ fonts, text }) => ({ fonts, text }));
  return { css, names, files, licences };
}
