#!/usr/bin/env node
/**
 * The Typst peer, one cold process: compiles a .typ file to PDF through
 * `@myriaddreamin/typst-ts-node-compiler` with the fonts of one folder only
 * (Debian's fonts-noto-cjk, unpacked by bench/setup.sh).
 *   node bench/peers/typst.mjs in.typ out.pdf fonts-dir
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

const [input, output, fonts] = process.argv.slice(2);
const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: [fonts] }] });
const pdf = compiler.pdf({ mainFileContent: readFileSync(input, 'utf8') });
writeFileSync(output, pdf);
