/** The bundle's Brotli decompressor for fontkit gives the `brotli` package's bytes, and throws on bytes that are not Brotli. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import decompress from '../../scripts/brotli-decompress.mjs';
import { projectPath } from '../../src/paths.js';

const packaged = createRequire(import.meta.url)('brotli/decompress.js') as (bytes: Uint8Array, size?: number) => Uint8Array;

describe('bundle: Brotli through zlib for fontkit', () => {
  it("decompresses a font's bytes to what the brotli package gives", () => {
    const font = readFileSync(projectPath('node_modules', '@expo-google-fonts', 'noto-serif-sc', '400Regular', 'NotoSerifSC_400Regular.ttf')).subarray(0, 1 << 16);
    const compressed = brotliCompressSync(font, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
    const ours = decompress(compressed, font.length) as Uint8Array;
    expect(ours).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(ours).equals(Buffer.from(packaged(compressed, font.length)))).toBe(true);
    expect(Buffer.from(ours).equals(font)).toBe(true);
  });

  it('throws on bytes that are not Brotli (fontkit then reports the font)', () => {
    expect(() => decompress(Buffer.from('garbage!!'), 10)).toThrow();
  });
});
