/**
 * Loading pdf.js for the fidelity check leaves the process's built-ins native:
 * a plain import of the legacy build replaces `Array.prototype.push`,
 * `JSON.parse` and `JSON.stringify` (negative control, in a child process),
 * `loadPdfjs` puts them back and keeps what pdf.js adds.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadPdfjs } from '../../src/build/pdfjs.js';
import { root } from '../support/paths.js';

/** Compared by identity: core-js makes its replacements print as `[native code]`. */
const current = () => ({ 'Array.prototype.push': Array.prototype.push, 'JSON.parse': JSON.parse, 'JSON.stringify': JSON.stringify });
// Taken before any import of pdf.js in this (isolated) test process.
const natives = current();

describe('loadPdfjs', () => {
  it('a plain import of the legacy build replaces native built-ins (negative control)', () => {
    const script = `const current = () => [Array.prototype.push, JSON.parse, JSON.stringify];
      const natives = current();
      await import('pdfjs-dist/legacy/build/pdf.mjs');
      console.log(current().map((f, i) => f === natives[i]).join(' '));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(out.trim()).toBe('false false false');
  });

  it('puts the replaced built-ins back and keeps the ones pdf.js adds, on every call', async () => {
    for (let call = 0; call < 2; call++) {
      const { getDocument } = await loadPdfjs();
      expect(typeof getDocument).toBe('function');
      for (const [name, f] of Object.entries(current())) expect(f === natives[name as keyof typeof natives], name).toBe(true);
      expect(typeof (Promise as { withResolvers?: unknown }).withResolvers).toBe('function');
    }
  });
});
