/**
 * fontkit's WOFF2 decompressor in the command's bundle: Node's own Brotli
 * (zlib) in place of the `brotli` package, a pure-JS decoder whose 0.9 MB
 * (most of it a dictionary) every cold run compiled, though huozi's fonts are
 * all TrueType and fontkit reaches for it only on a WOFF2 file. Same contract
 * as the package's `decompress(bytes)`: the decompressed bytes; throws on data
 * that is not Brotli.
 */
import { brotliDecompressSync } from 'node:zlib';

export default function decompress(buffer) {
  const out = brotliDecompressSync(buffer);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}
