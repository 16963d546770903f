/**
 * The pinned fonts and the @font-face rules that reference them. Output uses
 * only these families (never a system font), so layout is the same on every
 * machine. All three are TrueType-outline fonts: Chromium embeds them in PDFs
 * as CID TrueType subsets, never as Type 3.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import subsetFont from 'subset-font';
import type { LanguageTag } from './ast/types.js';

const require = createRequire(import.meta.url);

/** The project's own family names: CSS never names a font it does not ship. */
export type FontRole = 'serif' | 'sans' | 'kai';
export const familyName: Record<FontRole, string> = { serif: 'Huozi Serif', sans: 'Huozi Sans', kai: 'Huozi Kai' };

/** The weights each role is shipped in: static instances, since Chromium prints variable fonts as Type 3. */
const WEIGHTS: Record<FontRole, string[]> = { serif: ['400', '700'], sans: ['400', '700'], kai: ['regular'] };

/** npm package stylesheets of each role, by script (SC for zh-Hans, TC for zh-Hant). */
function packageCss(role: FontRole, lang: LanguageTag): string[] {
  const tc = String(lang).startsWith('zh-Hant');
  const pkg = {
    serif: tc ? '@fontsource/noto-serif-tc' : '@fontsource/noto-serif-sc',
    sans: tc ? '@fontsource/noto-sans-tc' : '@fontsource/noto-sans-sc',
    kai: 'lxgw-wenkai-webfont',
  }[role];
  const dir = dirname(require.resolve(`${pkg}/package.json`));
  return WEIGHTS[role].map((w) => join(dir, role === 'kai' ? `lxgwwenkai-${w}.css` : `${w}.css`));
}

/** One slice of a font package: a file and the code points it covers. */
export interface FontSlice {
  role: FontRole;
  file: string;
  weight: string;
  ranges: Array<[number, number]>;
}

const sliceCache = new Map<string, FontSlice[]>();

export function fontSlices(role: FontRole, lang: LanguageTag): FontSlice[] {
  return packageCss(role, lang).flatMap((cssPath) => {
    let slices = sliceCache.get(cssPath);
    if (!slices) {
      slices = parseFontFaces(role, cssPath);
      sliceCache.set(cssPath, slices);
    }
    return slices;
  });
}

function parseFontFaces(role: FontRole, cssPath: string): FontSlice[] {
  const slices: FontSlice[] = [];
  for (const rule of readFileSync(cssPath, 'utf8').matchAll(/@font-face\s*{([^}]*)}/g)) {
    const body = rule[1]!;
    const url = /url\(['"]?([^'")]+\.woff2)['"]?\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;}]+)/.exec(body)?.[1];
    const weight = /font-weight:\s*([^;]+);/.exec(body)?.[1]?.trim() ?? '400';
    if (!url || !range) continue;
    slices.push({ role, file: join(dirname(cssPath), url), weight, ranges: parseRanges(range) });
  }
  return slices;
}

function parseRanges(text: string): Array<[number, number]> {
  return text.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    const lo = parseInt(a!.replace(/\?/g, '0'), 16);
    const hi = b ? parseInt(b, 16) : parseInt(a!.replace(/\?/g, 'f'), 16);
    return [lo, hi];
  });
}

/** True when the slice holds this code point. */
const covers = (slice: FontSlice, cp: number) => slice.ranges.some(([lo, hi]) => cp >= lo && cp <= hi);
const rangeCss = (s: FontSlice) =>
  s.ranges.map(([lo, hi]) => (lo === hi ? `U+${lo.toString(16)}` : `U+${lo.toString(16)}-${hi.toString(16)}`)).join(', ');

function faceRule(slice: FontSlice, src: string, format: string): string {
  return `@font-face { font-family: '${familyName[slice.role]}'; font-style: normal; font-weight: ${slice.weight}; font-display: block; src: url('${src}') format('${format}'); unicode-range: ${rangeCss(slice)}; }`;
}

/** @font-face rules pointing at the package files themselves (for print: Chromium loads only the slices used). */
export function fontFacesByFileUrl(lang: LanguageTag): string {
  return (['serif', 'sans', 'kai'] as const)
    .flatMap((role) => fontSlices(role, lang).map((s) => faceRule(s, pathToFileURL(s.file).href, 'woff2')))
    .join('\n');
}

export interface FontAsset {
  /** File name, stable across builds (`serif-12.woff2`). */
  name: string;
  data: Uint8Array;
}

/** One face of a pinned family (a role at one weight), and the text it must draw. */
export interface FaceText {
  role: FontRole;
  weight: string;
  text: string;
}

/**
 * Subset fonts for self-contained editions (HTML, EPUB, the EPUB cover): for
 * each face, only the package slices that hold a used character, each cut down
 * to those characters, with an @font-face whose unicode-range names exactly
 * them. File names are `<role>-<weight>-<slice>.<ext>`, stable across builds.
 */
export async function subsetFaces(
  lang: LanguageTag,
  faces: FaceText[],
  urlPrefix: string,
  format: 'woff2' | 'truetype' = 'woff2',
): Promise<{ css: string; files: FontAsset[] }> {
  const ext = format === 'woff2' ? 'woff2' : 'ttf';
  const jobs = faces.flatMap((face) => {
    const used = [...new Set(face.text)].map((c) => c.codePointAt(0)!).filter((cp) => cp >= 0x20);
    return fontSlices(face.role, lang)
      .map((slice, index) => ({ face, slice, index, chars: used.filter((cp) => covers(slice, cp)).sort((a, b) => a - b) }))
      .filter((job) => job.slice.weight === face.weight && job.chars.length > 0);
  });
  const files = await Promise.all(
    jobs.map(async ({ face, slice, index, chars }) => ({
      name: `${face.role}-${face.weight}-${index}.${ext}`,
      data: await subsetFont(readFileSync(slice.file), String.fromCodePoint(...chars), { targetFormat: format === 'woff2' ? 'woff2' : 'sfnt' }),
    })),
  );
  const css = jobs.map(
    ({ face, chars }, i) =>
      `@font-face { font-family: '${familyName[face.role]}'; font-weight: ${face.weight}; font-display: swap; src: url('${urlPrefix}${files[i]!.name}') format('${format}'); unicode-range: ${unicodeRange(chars)}; }`,
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

/** Code points no pinned font covers (for the missing-glyph warning). */
export function uncovered(text: string, lang: LanguageTag): number[] {
  const slices = (['serif', 'sans'] as const).flatMap((r) => fontSlices(r, lang));
  const missing = new Set<number>();
  for (const ch of new Set(text)) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0x20 && !slices.some((s) => covers(s, cp))) missing.add(cp);
  }
  return [...missing].sort((a, b) => a - b);
}
