/**
 * Progress of `huozi build` on stderr: a status line rewritten in place and a
 * line per edition done (with the PDF's pages) on a terminal — a real
 * pseudo-terminal from util-linux `script` — plain lines on a terminal without
 * cursor control, and nothing when piped, with `--quiet` or with `--json`.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin } from '../support/paths.js';
import { tempDir } from '../support/temp.js';

const desk = tempDir('progress');
const input = join(desk, 'notice.txt');
writeFileSync(input, '清水河防汛通告\n\n各位居民朋友：今晚有洪水，请做好转移准备。\n\n区防汛抗旱指挥部\n');
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** `huozi …args` on a pseudo-terminal: what the terminal received (stdout and stderr, as drawn) and the exit code. */
function onTerminal(args: string[], env: Record<string, string> = {}) {
  const command = [process.execPath, bin, ...args].map(quote).join(' ');
  const r = spawnSync('script', ['-qefc', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, TERM: 'xterm', ...env } });
  return { screen: r.stdout, status: r.status };
}
const piped = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
const ESC = '\x1b[K';

describe('progress', () => {
  it('on a terminal: the status rewritten in place, each edition done with its time, the PDF with its pages', () => {
    const { screen, status } = onTerminal(['build', input, '--out', join(desk, 'tty'), '--formats', 'html,pdf', '--verbose']);
    expect(status).toBe(0);
    expect(screen).toContain(`\r${ESC}`);
    expect(screen).toMatch(/\[\d+\.\d s\] .*notice\.txt: reading/);
    expect(screen).toMatch(/\[\d+\.\d s\] .*notice\.txt: html done in \d+\.\d s\r?\n/);
    const pages = /notice\.txt: pdf done in \d+\.\d s, (\d+) pages/.exec(screen)?.[1];
    // The pages told while it ran are those the build reports (--verbose's `wrote … (…, N pages)`).
    expect(pages).toBeDefined();
    expect(screen).toMatch(new RegExp(`wrote .*notice\\.pdf \\([\\d.]+ KB, ${pages} pages\\)`));
    // The status line is cleared before the results are printed.
    expect(screen.slice(screen.lastIndexOf(ESC) + ESC.length)).toMatch(/^(warning|wrote)/);
  });

  it('on a terminal without cursor control (TERM=dumb): plain lines', () => {
    const { screen, status } = onTerminal(['build', input, '--out', join(desk, 'dumb'), '--formats', 'html'], { TERM: 'dumb' });
    expect(status).toBe(0);
    expect(screen).not.toContain('\x1b');
    expect(screen).toMatch(/^\[\d+\.\d s\] .*notice\.txt: html done in \d+\.\d s\r?$/m);
  });

  it('none when piped: stderr holds only the warnings', () => {
    const r = piped(['build', input, '--out', join(desk, 'piped'), '--formats', 'html']);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/done in|reading|\x1b/);
    expect(r.stderr.split('\n').filter(Boolean).every((l) => l.startsWith('warning: '))).toBe(true);
    expect(r.stdout).toContain('wrote ');
  });

  it('none on a terminal with --quiet or --json', () => {
    for (const flag of ['--quiet', '--json']) {
      const { screen, status } = onTerminal(['build', input, '--out', join(desk, flag.slice(2)), '--formats', 'html', flag]);
      expect(status).toBe(0);
      expect(screen).not.toMatch(/done in|reading|\x1b/);
    }
  });
});
