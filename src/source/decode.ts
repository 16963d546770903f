/**
 * Bytes → text. Detects the encoding without flags for the common cases
 * (UTF-8 ± BOM, UTF-16 with or without BOM, GB18030/GBK, Big5) and decodes strictly:
 * a byte sequence that is not valid in the chosen encoding is an error, never
 * a silent U+FFFD.
 *
 * Decoding follows the current WHATWG Encoding Standard through
 * `@exodus/bytes` (a JavaScript implementation with the standard's indexes),
 * not the runtime's ICU: Node's big5 is not the standard's (it maps the Hong
 * Kong HKSCS characters, 啱 嘅 𨋢 …, to Private Use code points), and an older
 * ICU maps the 18 two-byte GB18030 codes that GB18030-2022 moved out of the
 * Private Use Area (0xA6D9… → U+FE10…, 0xFE59… → U+9FB4…) to PUA.
 */
import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import { TextDecoder } from '@exodus/bytes/encoding.js';
import { inputError } from '../errors.js';

export interface Decoded {
  text: string;
  /** WHATWG label of the encoding used, e.g. `utf-8`, `gb18030`, `big5`. */
  encoding: string;
}

/** Encodings `--encoding` accepts (any WHATWG label of these: `gb2312`, `big5-hkscs` …). */
export const supportedEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'gbk', 'big5'] as const;

const SNIFF_BYTES = 64 * 1024;

export function decode(bytes: Uint8Array, file?: string, forced?: string): Decoded {
  if (bytes.length === 0) throw inputError(file, 'the file is empty');
  if (forced) {
    const encoding = normaliseLabel(forced, file);
    const text = tryStrict(bytes, encoding);
    if (text === undefined) throw inputError(file, `the bytes are not valid ${encoding}${readAs(bytes, encoding)}`);
    return { text, encoding };
  }

  const bom = sniffBom(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    if (body.length === 0) throw inputError(file, 'the file holds only a byte-order mark and no text');
    return { text: strict(body, bom.encoding, file), encoding: bom.encoding };
  }
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return utf16;
  if (looksBinary(bytes)) throw inputError(file, 'this is binary data, not a text transcript');
  if (isUtf8(bytes)) return { text: strict(bytes, 'utf-8', file), encoding: 'utf-8' };

  const utf8 = scanUtf8(bytes);
  // Mostly valid multi-byte UTF-8 with a few bad bytes is damaged UTF-8. Legacy
  // CJK encodings almost never form valid UTF-8 sequences, so the ratio is a safe test.
  const damaged = () =>
    inputError(file, `damaged UTF-8: invalid or truncated byte sequence at byte offset ${utf8.firstInvalid} (${utf8.invalid} bad sequence${utf8.invalid === 1 ? '' : 's'})`);
  if (utf8.validMultiByte > 0 && utf8.validMultiByte >= 8 * utf8.invalid) throw damaged();
  for (const encoding of legacyCandidates(bytes)) {
    const text = tryStrict(bytes, encoding);
    if (text !== undefined) return { text, encoding };
  }
  // No legacy encoding reads it either: a short text with valid UTF-8 characters in it is damaged UTF-8 too.
  if (utf8.validMultiByte > 0) throw damaged();
  throw inputError(file, 'not text in a known encoding (tried UTF-8, GB18030, Big5); name it with --encoding');
}

/**
 * A WHATWG label of one of `supportedEncodings` (`gb2312` → gbk, `big5-hkscs` → big5) → that encoding. Other
 * encodings are refused: a single-byte one decodes any bytes, so a wrong choice would give mojibake without an error.
 */
function normaliseLabel(label: string, file?: string): string {
  let encoding: string | undefined;
  try {
    encoding = new TextDecoder(label.trim()).encoding;
  } catch {
    encoding = undefined;
  }
  if (encoding && (supportedEncodings as readonly string[]).includes(encoding)) return encoding;
  throw inputError(file, `${encoding ? 'huozi does not read the encoding' : 'unknown encoding'} "${label}" (use one of ${supportedEncodings.join(', ')}, or another WHATWG label of one, such as gb2312 or big5-hkscs)`);
}

function sniffBom(b: Uint8Array): { encoding: string; length: number } | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * UTF-16 without a byte-order mark (a Windows editor's "Unicode" save): bytes of even length with NUL bytes in them
 * (its ASCII's high bytes: line ends, digits, spaces) that decode strictly, little-endian or else big-endian, into
 * readable text. Binary data read so gives control characters and stray scripts. Else undefined.
 */
function bomlessUtf16(b: Uint8Array): Decoded | undefined {
  if (b.length % 2 !== 0 || !b.subarray(0, SNIFF_BYTES).includes(0)) return undefined;
  for (const encoding of ['utf-16le', 'utf-16be']) {
    const text = tryStrict(b, encoding);
    if (text !== undefined && readable(text)) return { text, encoding };
  }
  return undefined;
}

/** Share of a text's characters that must be Han, Latin, digits, punctuation or spaces for it to read as text. */
const READABLE = 0.95;
const READABLE_CHAR = /[\p{Script=Han}\p{Script=Latin}\p{N}\p{P}\p{Zs}\t\n\r\u3000-\u303f\uff00-\uffef]/gu;
const readable = (text: string) => (text.match(READABLE_CHAR)?.length ?? 0) >= READABLE * text.length;

/** A NUL byte (without a UTF-16 BOM) or many C0 controls in the first 64 KB mean binary. */
function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) controls++;
  }
  return controls > 8 && controls > n / 100;
}

/** `bytes` decoded strictly; an input error `the bytes are not valid <encoding>` where they are not. */
function strict(bytes: Uint8Array, encoding: string, file?: string): string {
  const text = tryStrict(bytes, encoding);
  if (text === undefined) throw inputError(file, `the bytes are not valid ${encoding}`);
  return text;
}

/** What bytes `--encoding` could not read are found to be without it (` (they read as gb18030: leave out --encoding)`), else ''. */
function readAs(bytes: Uint8Array, forced: string): string {
  const found = detectedEncoding(bytes);
  return found && found !== forced ? ` (they read as ${found}: leave out --encoding)` : '';
}

/**
 * The encoding huozi finds `bytes` in without `--encoding`, when `--encoding` named another (`forced`) that also read
 * them — Big5 bytes read as GBK decode, into the wrong characters; else undefined. GBK and GB18030 read the same
 * two-byte text: naming one for the other is no doubt.
 */
export function otherEncoding(bytes: Uint8Array, forced: string): string | undefined {
  const family = (e: string) => (e === 'gbk' ? 'gb18030' : e);
  const found = detectedEncoding(bytes);
  return found && family(found) !== family(forced) ? found : undefined;
}

/** The encoding huozi finds the bytes in without `--encoding`, or undefined when it finds none. */
function detectedEncoding(bytes: Uint8Array): string | undefined {
  try {
    return decode(bytes).encoding;
  } catch {
    return undefined;
  }
}

function tryStrict(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The legacy encodings to try: those jschardet sees at all, most likely first.
 * A strict GB18030 decode accepts almost any high bytes (Latin-1 `café` too),
 * so one the detector does not see is not tried: that would be mojibake.
 */
function legacyCandidates(bytes: Uint8Array): string[] {
  // Loaded only for bytes that are not UTF-8: its 1.2 MB of tables cost every run ~20 ms to compile.
  const jschardet: typeof import('jschardet') = createRequire(import.meta.url)('jschardet');
  const sample = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('binary');
  const guess = jschardet.detectAll(sample).map((g) => (g.encoding ?? '').toLowerCase());
  const rank = (name: string) => {
    const i = guess.findIndex((g) => g.startsWith(name));
    return i < 0 ? Infinity : i;
  };
  const order = rank('big5') < rank('gb') ? ['big5', 'gb18030'] : ['gb18030', 'big5'];
  return order.filter((e) => rank(e === 'big5' ? 'big5' : 'gb') < Infinity);
}

interface Utf8Scan {
  validMultiByte: number;
  invalid: number;
  firstInvalid: number;
}

/** Counts valid multi-byte sequences and invalid ones; notes the first bad offset. */
export function scanUtf8(b: Uint8Array): Utf8Scan {
  let validMultiByte = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    // Continuation bytes actually present after the lead byte (at most `need`).
    let k = 1;
    while (need > 0 && k <= need && i + k < b.length && (b[i + k]! & 0xc0) === 0x80) k++;
    if (need >= 0 && k === need + 1) {
      if (need > 0) validMultiByte++;
      i += k;
    } else {
      // A bad lead byte or a truncated sequence counts once, as one bad sequence.
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i += Math.max(1, k);
    }
  }
  return { validMultiByte, invalid, firstInvalid };
}
