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
export const covers = (slice: FontSlice, cp: number) => slice.ranges.some(([lo, hi]) => cp >= lo && cp <= hi);
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

/** The text each role draws; a `<role>-<weight>` key (e.g. `serif-700`) narrows one weight. */
export type TextByRole = Record<FontRole, string> & Partial<Record<`${FontRole}-${string}`, string>>;

/**
 * Subset fonts for self-contained editions (HTML, EPUB): only the slices that
 * cover a used character, each cut down to the characters used.
 */
export async function subsetFonts(
  lang: LanguageTag,
  textByRole: TextByRole,
  urlPrefix: string,
  format: 'woff2' | 'truetype' = 'woff2',
): Promise<{ css: string; files: FontAsset[] }> {
  const rules: string[] = [];
  const files: FontAsset[] = [];
  const usedByText = new Map<string, number[]>();
  const used = (text: string) => usedByText.get(text) ?? usedByText.set(text, [...new Set(text)].map((c) => c.codePointAt(0)!)).get(text)!;
  for (const role of ['serif', 'sans', 'kai'] as const) {
    const slices = fontSlices(role, lang);
    for (const [index, slice] of slices.entries()) {
      const chars = used(textByRole[`${role}-${slice.weight}`] ?? textByRole[role]).filter((cp) => covers(slice, cp));
      if (chars.length === 0) continue;
      const data = await subsetFont(readFileSync(slice.file), String.fromCodePoint(...chars), {
        targetFormat: format === 'woff2' ? 'woff2' : 'sfnt',
      });
      const name = `${role}-${slice.weight}-${index}.${format === 'woff2' ? 'woff2' : 'ttf'}`;
      files.push({ name, data });
      rules.push(faceRule(slice, urlPrefix + name, format));
    }
  }
  return { css: rules.join('\n'), files };
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
