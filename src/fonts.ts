/**
 * The pinned fonts, the fallback fonts behind them, and the @font-face rules
 * that reference them. Output uses only these files (never a system font found
 * by fontconfig), so layout is the same on every machine. Every file is a whole
 * static TrueType-outline font: Chromium embeds each face used as one CID
 * TrueType subset named as the font names itself (`NotoSerifSC-Regular`),
 * never as Type 3 (it does that to CFF outlines, variable fonts and
 * synthesised bold), and never as one object per web-font slice.
 */
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import * as fontkit from 'fontkit';
import { cachedCut } from './font-cache.js';
import { cutInThread } from './font-cut.js';
import { centreMarks } from './font-marks.js';
import { isTraditional } from './render/labels.js';
import { startStep } from './step-timings.js';
import type { LanguageTag } from './ast/types.js';

const require = createRequire(import.meta.url);
// A CommonJS module that sets `exports.default`, which ES-module import and the command's bundle read differently.
const ttf2woff: typeof import('fonteditor-core/lib/ttf/ttf2woff').default = require('fonteditor-core/lib/ttf/ttf2woff').default;

/** The project's own family names: CSS never names a font it does not ship. */
export type FontRole = 'serif' | 'sans' | 'kai';
export type FontWeight = '400' | '700';
export const familyName: Record<FontRole, string> = { serif: 'Huozi Serif', sans: 'Huozi Sans', kai: 'Huozi Kai' };
const ROLES: FontRole[] = ['serif', 'sans', 'kai'];
const WEIGHTS: FontWeight[] = ['400', '700'];

/** Where Debian's font packages (installed by `.ci/install`) put their files. */
const DEBIAN_FONTS = '/usr/share/fonts/truetype';

/**
 * The file of a face. Noto Serif/Sans SC or TC (by script: the same code point
 * takes mainland or Taiwan forms) from the `@expo-google-fonts` packages, whole
 * static TrueType instances with their own names; LXGW WenKai from Debian's
 * `fonts-lxgw-wenkai`, which has a real bold (a synthesised one prints as Type 3).
 */
export function faceFile(role: FontRole, weight: FontWeight, lang: LanguageTag): string {
  if (role === 'kai') return `${DEBIAN_FONTS}/lxgw-wenkai/LXGWWenKai-${weight === '700' ? 'Bold' : 'Regular'}.ttf`;
  const script = isTraditional(lang) ? 'TC' : 'SC';
  const style = weight === '700' ? '700Bold' : '400Regular';
  const family = `Noto${role === 'serif' ? 'Serif' : 'Sans'}${script}`;
  return require.resolve(`@expo-google-fonts/noto-${role}-${script.toLowerCase()}/${style}/${family}_${style}.ttf`);
}

/** A font drawing characters no face has, under the family of the face it stands in for. */
export interface Fallback {
  /** File-name stem of its subsets (`hanamin-b`). */
  name: string;
  file: string;
  /** Tried first for Han characters (true) or for everything else (false). */
  han: boolean;
}

/**
 * Fallbacks from Debian packages, in the order tried: HanaMin A (`fonts-hanazono`:
 * BMP Han, Extension A, JIS symbols) and HanaMin B (Extensions B–F), then
 * Symbola (`fonts-symbola`: monochrome emoji and symbols) for non-Han characters.
 */
export const FALLBACKS: Fallback[] = [
  { name: 'hanamin-a', file: `${DEBIAN_FONTS}/hanazono/HanaMinA.ttf`, han: true },
  { name: 'hanamin-b', file: `${DEBIAN_FONTS}/hanazono/HanaMinB.ttf`, han: true },
  { name: 'symbola', file: `${DEBIAN_FONTS}/ancient-scripts/Symbola_hint.ttf`, han: false },
];

/** Every font file huozi may load (each face in SC and TC, each weight, and the fallbacks), as absolute paths: the browser loads no other. */
export function pinnedFontFiles(): Set<string> {
  const faces = ROLES.flatMap((role) => (['400', '700'] as const).flatMap((weight) => (['zh-Hans', 'zh-Hant'] as const).map((lang) => faceFile(role, weight, lang))));
  return new Set([...faces, ...FALLBACKS.map((f) => f.file)]);
}

/** What is drawn for a character no font has (GETA MARK, the typesetter's sign for a missing sort). */
export const MISSING_MARK = '〓';

const mustExist = (file: string) => {
  if (!existsSync(file)) throw new Error(`font file ${file} is missing: run .ci/install`);
};
const opened = new Map<string, fontkit.Font>();

/**
 * A font file's character map (which characters it draws, with which glyph ids), read once per process: its other
 * tables are not read. Throws when the file is missing.
 */
export function openFont(file: string): fontkit.Font {
  let font = opened.get(file);
  if (!font) {
    mustExist(file);
    font = fontkit.create(characterMapBytes(file));
    opened.set(file, font);
  }
  return font;
}

/**
 * A TrueType file as fontkit reads its character map: the table directory and `cmap` at their offsets in a
 * buffer of the file's size, zeros elsewhere (OpenType spec, "Organization of an OpenType font": a 12-byte header,
 * then 16 bytes a table: tag, checksum, offset, length). The build's thread reads 0.2–0.3 MB of a CJK file, not
 * 10–30 MB (the whole files are read only by the cutter's thread, font-cut.ts, for a cut the cache lacks): the
 * example's print read 80 MB, 0.41 s of its 3.9 s of Node CPU, to learn which faces draw which characters.
 */
function characterMapBytes(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    // Zero-filled and untouched, the pages of the skipped tables are never written.
    const bytes = Buffer.alloc(fstatSync(fd).size);
    const readAt = (offset: number, length: number) => readSync(fd, bytes, offset, length, offset);
    readAt(0, 12);
    const tables = bytes.readUInt16BE(4);
    readAt(12, 16 * tables);
    for (let record = 12; record < 12 + 16 * tables; record += 16) {
      if (bytes.toString('latin1', record, record + 4) === 'cmap') readAt(bytes.readUInt32BE(record + 8), bytes.readUInt32BE(record + 12));
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/** Code points that draw nothing and need no glyph: controls, variation selectors, joiners. */
const IGNORABLE = /^[\p{Cc}\p{Default_Ignorable_Code_Point}]$/u;
const HAN = /^\p{Script=Han}$/u;
const UNIFIED = /^\p{Unified_Ideograph}$/u;

/** The fallback that draws a character a face lacks, or undefined when none does. */
function fallbackFor(char: string): Fallback | undefined {
  const cp = char.codePointAt(0)!;
  const han = HAN.test(char);
  const order = [...FALLBACKS.filter((f) => f.han === han), ...FALLBACKS.filter((f) => f.han !== han)];
  return order.find((f) => openFont(f.file).hasGlyphForCodePoint(cp));
}

/** One face of a pinned family (a role at one weight), and the text it must draw. */
export interface FaceText {
  role: FontRole;
  weight: string;
  text: string;
}

/** Which font draws each character of a face's text: the face's own file or a fallback. */
interface FacePlan {
  role: FontRole;
  weight: FontWeight;
  file: string;
  own: string[];
  fallbacks: Map<Fallback, string[]>;
}

function planFace(face: FaceText, lang: LanguageTag): FacePlan {
  const weight: FontWeight = face.weight === '700' ? '700' : '400';
  const file = faceFile(face.role, weight, lang);
  const font = openFont(file);
  const plan: FacePlan = { role: face.role, weight, file, own: [], fallbacks: new Map() };
  const chars = new Set(face.text);
  const shared = glyphSharers(font, chars, face.text);
  for (const char of chars) {
    const has = font.hasGlyphForCodePoint(char.codePointAt(0)!);
    // A character sharing its glyph with another of the text moves to a fallback that has it.
    const moved = has && shared.has(char) ? fallbackFor(char) : undefined;
    if (has && !moved) plan.own.push(char);
    else if (IGNORABLE.test(char)) continue;
    else {
      const f = moved ?? fallbackFor(char);
      if (f) plan.fallbacks.set(f, [...(plan.fallbacks.get(f) ?? []), char]);
    }
  }
  return plan;
}

/**
 * Characters of `chars` that `font` draws with the glyph of another of them,
 * one kept per glyph: a CJK face draws the radical ⻓ U+2ED3 and 长, or ⽣
 * U+2F63 and 生, with one glyph, and a PDF's ToUnicode map names a glyph by one
 * character, so the other would be copied and searched as its twin. The one
 * kept is a unified ideograph (Unicode's `Unified_Ideograph`), else the most
 * frequent in `text`, else the lowest code point; the others are drawn by a
 * fallback (a glyph of their own, in another font program) where one has them.
 */
function glyphSharers(font: fontkit.Font, chars: Set<string>, text: string): Set<string> {
  const byGlyph = new Map<number, string[]>();
  for (const char of chars) {
    const cp = char.codePointAt(0)!;
    if (!font.hasGlyphForCodePoint(cp)) continue;
    const id = font.glyphForCodePoint(cp).id;
    byGlyph.set(id, [...(byGlyph.get(id) ?? []), char]);
  }
  const out = new Set<string>();
  for (const group of byGlyph.values()) {
    if (group.length < 2) continue;
    const count = (c: string) => text.split(c).length - 1;
    const rank = (c: string): [number, number, number] => [UNIFIED.test(c) ? 0 : 1, -count(c), c.codePointAt(0)!];
    const keeper = [...group].sort((a, b) => {
      const [x, y] = [rank(a), rank(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    })[0];
    for (const c of group) if (c !== keeper) out.add(c);
  }
  return out;
}

/**
 * The rules of one face: its fallbacks first, each limited by unicode-range to
 * the characters it draws and declared at the face's weight (so Chromium never
 * synthesises bold), then the face's own file, which the CSS Fonts rule
 * (the last-declared face is tried first) puts in front of them. A reading
 * system that ignores unicode-range takes the face's own file.
 */
function faceRules(plan: FacePlan, url: (file: string) => string, format: string): string[] {
  const rule = (src: string, range?: string) =>
    `@font-face { font-family: '${familyName[plan.role]}'; font-style: normal; font-weight: ${plan.weight}; font-display: block; src: url('${src}') format('${format}');${range ? ` unicode-range: ${range};` : ''} }`;
  return [
    ...[...plan.fallbacks].map(([fallback, chars]) => rule(url(fallback.file), unicodeRange(codePoints(chars)))),
    rule(url(plan.file)),
  ];
}

const codePoints = (chars: Iterable<string>) => [...chars].map((c) => c.codePointAt(0)!).sort((a, b) => a - b);

/** Every face of every role, each to draw `text`: the print's faces (Chromium loads only the faces a page uses). */
const allFaces = (text: string): FaceText[] => ROLES.flatMap((role) => WEIGHTS.map((weight) => ({ role, weight, text })));

export interface FontAsset {
  /** File name, stable across builds: `<role>-<weight>.<ext>` for a face, `<fallback>.<ext>` for a fallback. */
  name: string;
  data: Uint8Array;
}

/**
 * The formats a cut is written in: `woff` (zlib-compressed, for the HTML page)
 * or `truetype` (for the EPUB and the print). Not WOFF2: its Brotli at quality
 * 11 took 0.9–2.5 s of CPU per CJK face on every cut (README, "Fonts"), WOFF's
 * zlib 15–20 ms, for files about 30 % larger (the example's page: 264 → 340 KB).
 */
export type FontFormat = 'woff' | 'truetype';
const EXTENSIONS: Record<FontFormat, string> = { woff: 'woff', truetype: 'ttf' };

/** Subset fonts being cut: the @font-face rules and the file names are known at once, the files once cut. */
export interface FaceCuts {
  css: string;
  /** The files' names, in the order of `files`. */
  names: string[];
  /** Rejects with what harfbuzz or the font cache throws; never reported as unhandled before it is awaited. */
  files: Promise<FontAsset[]>;
}

/**
 * Subset fonts for self-contained editions (HTML, EPUB, the EPUB cover): one
 * file per face, cut to the characters it draws, plus one file per fallback
 * used, cut to the characters it draws in any face, with the @font-face rules
 * that name them (`urlPrefix` + file name). The cuts are asked for at once and made in the cutter's thread
 * (font-cut.ts) while the caller goes on (the HTML and the EPUB compose their pages meanwhile): a cut takes 0.1–0.3 s
 * of harfbuzz (and zlib, for WOFF) per face on a CJK font, unless font-cache.ts has it from an earlier build.
 * Throws (at once) if a face's file cannot be opened.
 */
export function cutFaces(lang: LanguageTag, faces: FaceText[], urlPrefix: string, format: FontFormat = 'woff'): FaceCuts {
  const stop = startStep('fonts');
  const ext = EXTENSIONS[format];
  const plans = faces.map((face) => planFace(face, lang)).filter((p) => p.own.length > 0 || p.fallbacks.size > 0);
  const fallbackChars = new Map<Fallback, Set<string>>();
  for (const plan of plans) for (const [f, chars] of plan.fallbacks) fallbackChars.set(f, new Set([...(fallbackChars.get(f) ?? []), ...chars]));
  const names = new Map<string, string>([
    ...plans.map((p) => [p.file, `${p.role}-${p.weight}.${ext}`] as const),
    ...FALLBACKS.map((f) => [f.file, `${f.name}.${ext}`] as const),
  ]);
  const jobs = [
    // Kai has only mainland marks: a zh-Hant edition's Kai is cut with them centred (font-marks.ts).
    ...plans.map((p) => ({ name: names.get(p.file)!, file: p.file, chars: p.own, centred: p.role === 'kai' && isTraditional(lang) })),
    ...[...fallbackChars].map(([f, chars]) => ({ name: names.get(f.file)!, file: f.file, chars: [...chars], centred: false })),
  ];
  const files = Promise.all(
    jobs.map(async ({ name, file, chars, centred }) => ({ name, data: await cutFont(file, String.fromCodePoint(...codePoints(chars)), format, centred) })),
  );
  // Also marks the files handled: a failed cut is thrown where they are awaited, not reported as unhandled first.
  files.then(stop, stop);
  const css = plans.flatMap((plan) => faceRules(plan, (file) => urlPrefix + names.get(file)!, format)).join('\n');
  return { css, names: jobs.map((j) => j.name), files };
}

/** `cutFaces`, its files awaited: for a caller with nothing to do meanwhile. */
export async function subsetFaces(lang: LanguageTag, faces: FaceText[], urlPrefix: string, format: FontFormat = 'woff'): Promise<{ css: string; files: FontAsset[] }> {
  const { css, files } = cutFaces(lang, faces, urlPrefix, format);
  return { css, files: await files };
}

/**
 * The print's fonts: each face of each role cut to `text` (every character the
 * print may set: document, labels, metadata, folios), as TrueType files named
 * `<role>-<weight>.ttf` (and one per fallback used) with @font-face rules that
 * name them by relative URL. Chromium loads only the faces a page uses and
 * embeds a subset of each in the PDF; given the whole CJK files (10–20 MB each)
 * it parsed them again in every print pass: 2.2–4.1 s a pass against 0.4–0.9 s
 * for the subsets, measured on a short interview and on the example.
 */
export const printFonts = (lang: LanguageTag, text: string): Promise<{ css: string; files: FontAsset[] }> => subsetFaces(lang, allFaces(text), '', 'truetype');

/**
 * `file` cut to `text` by harfbuzz (in a thread of its own: font-cut.ts) as TrueType, and wrapped as
 * WOFF 1.0 by fonteditor-core with Node's zlib (a JavaScript zlib took 70 ms a face against 20 ms); `centred`, with the marks
 * centred as Taiwan sets them (font-marks.ts); each kept from an earlier build when it can be.
 */
function cutFont(file: string, text: string, format: FontFormat, centred = false): Promise<Uint8Array> {
  const variant = centred ? '-centred-marks' : '';
  if (format === 'truetype') {
    return cachedCut(file, text, `sfnt${variant}`, async () => {
      const sfnt = await cutInThread(file, text);
      if (!centred) return sfnt;
      const cut = fontkit.create(Buffer.from(sfnt));
      return centreMarks(sfnt, (char) => (cut.hasGlyphForCodePoint(char.codePointAt(0)!) ? cut.glyphForCodePoint(char.codePointAt(0)!) : undefined));
    });
  }
  return cachedCut(file, text, `woff${variant}`, async () => {
    const sfnt = await cutFont(file, text, 'truetype', centred);
    return new Uint8Array(ttf2woff(Uint8Array.from(sfnt).buffer, { deflate: (table) => deflateSync(Uint8Array.from(table)) }));
  });
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

/**
 * Code points neither the body face (serif 400) nor any fallback draws, sorted:
 * these are set as `MISSING_MARK` (see missing-glyphs.ts). Controls, variation
 * selectors and joiners need no glyph and are never listed.
 */
export function uncovered(text: string, lang: LanguageTag): number[] {
  const body = openFont(faceFile('serif', '400', lang));
  const missing = new Set<number>();
  for (const char of new Set(text)) {
    const cp = char.codePointAt(0)!;
    if (!IGNORABLE.test(char) && !body.hasGlyphForCodePoint(cp) && !fallbackFor(char)) missing.add(cp);
  }
  return [...missing].sort((a, b) => a - b);
}
