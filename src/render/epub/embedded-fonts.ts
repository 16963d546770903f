/**
 * The fonts a book embeds (unless `epubFonts` is off): each face of the
 * pinned fonts cut to the characters it draws, as TrueType, with the
 * @font-face rules that name them and the OFL texts that must travel with them.
 */
import { readFileSync } from 'node:fs';
import type { Document } from '../../ast/types.js';
import { subsetFonts } from '../../fonts.js';
import type { Metadata } from '../../metadata.js';
import { projectPath } from '../../paths.js';
import { textByFontRoleAsStyled } from '../text-by-font.js';

export interface EmbeddedFonts {
  css: string;
  files: Array<{ name: string; data: Uint8Array }>;
  /** One entry per licence text needed: the families it covers and its text. */
  licences: Array<{ fonts: string; text: string }>;
}

/** The OFL texts in `fonts/`, by the roles (file-name prefixes) of the fonts they cover. */
const LICENCES = [
  { roles: ['serif', 'sans'], fonts: 'Noto Serif CJK, Noto Sans CJK', file: 'OFL-Noto-CJK.txt' },
  { roles: ['kai'], fonts: 'LXGW WenKai', file: 'OFL-LXGW-WenKai.txt' },
];

/** `printed` is what the templates print besides the document (labels, metadata). */
export async function embeddedFonts(doc: Document, meta: Metadata, printed: string, embed: boolean): Promise<EmbeddedFonts> {
  if (!embed) return { css: '', files: [], licences: [] };
  const { css, files } = await subsetFonts(meta.lang, textByFontRoleAsStyled(doc, printed), 'fonts/', 'truetype');
  const licences = LICENCES.filter((l) => files.some((f) => l.roles.includes(f.name.split('-')[0]!))).map((l) => ({
    fonts: l.fonts,
    text: readFileSync(projectPath('fonts', l.file), 'utf8'),
  }));
  return { css, files, licences };
}
