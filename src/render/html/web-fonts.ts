/**
 * Web fonts for the HTML page: for each face the CSS uses (role + weight),
 * only the package slices that hold a used character, each cut down to those
 * characters, and an @font-face whose unicode-range names exactly them, so
 * the inline CSS stays small and the browser never reaches for a system font.
 */
import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import type { LanguageTag } from '../../ast/types.js';
import { type FontAsset, type FontRole, covers, familyName, fontSlices } from '../../fonts.js';

/** One face of a family, and the text it must draw. */
export interface WebFace {
  role: FontRole;
  weight: string;
  text: string;
}

export async function webFonts(lang: LanguageTag, faces: WebFace[], urlPrefix: string): Promise<{ css: string; files: FontAsset[] }> {
  const jobs = faces.flatMap((face) => {
    const used = [...new Set(face.text)].map((c) => c.codePointAt(0)!).filter((cp) => cp >= 0x20);
    return fontSlices(face.role, lang)
      .map((slice, index) => ({ face, slice, index, chars: used.filter((cp) => covers(slice, cp)).sort((a, b) => a - b) }))
      .filter((job) => job.slice.weight === face.weight && job.chars.length > 0);
  });
  const files = await Promise.all(
    jobs.map(async ({ face, slice, index, chars }) => ({
      name: `${face.role}-${face.weight}-${index}.woff2`,
      data: await subsetFont(readFileSync(slice.file), String.fromCodePoint(...chars), { targetFormat: 'woff2' }),
    })),
  );
  const css = jobs.map(({ face, chars }, i) =>
    `@font-face { font-family: '${familyName[face.role]}'; font-weight: ${face.weight}; font-display: swap; src: url('${urlPrefix}${files[i]!.name}') format('woff2'); unicode-range: ${unicodeRange(chars)}; }`,
  );
  return { css: css.join('\n'), files };
}

/** Sorted code points as the shortest unicode-range: runs become `U+4e00-4e05`. */
export function unicodeRange(sorted: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const lo = sorted[i]!.toString(16);
    parts.push(j === i ? `U+${lo}` : `U+${lo}-${sorted[j]!.toString(16)}`);
    i = j + 1;
  }
  return parts.join(',');
}
