/**
 * `huozi watch`: builds, rebuilds after a change (HTML first, the same warm
 * Chromium), reports a bad change and goes on, and on Ctrl-C (SIGINT) stops
 * with exit 0 and no Chromium left. A real process, bounded in time.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LiveProcess, startHuozi } from '../support/live-process.js';
import { pdfText } from '../support/pdf-tools.js';
import { browserProcess, chromiums } from '../support/processes.js';
import { bin, root } from '../support/paths.js';
import { tempDir } from '../support/temp.js';

/** Text of the HTML edition: tags dropped (the typesetting stage wraps runs in spans). */
const htmlText = (file: string) => readFileSync(file, 'utf8').replace(/<[^>]+>/g, '');
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

describe('huozi watch', () => {
  const desk = tempDir('watch');
  const input = join(desk, 'notice.txt');
  const original = '清水河防汛通告\n\n各位居民朋友：今晚有洪水，请做好转移准备。\n\n区防汛抗旱指挥部\n';
  writeFileSync(input, original);
  let watch: LiveProcess;
  let browserPid = 0;
  let chromium: number[] = [];
  beforeAll(() => {
    watch = startHuozi(['watch', 'notice.txt', '--out', 'out', '--formats', 'pdf,html'], desk);
  });
  afterAll(() => watch.end(), 120_000);

  it('builds the HTML first, then the PDF, and keeps its browser', async () => {
    await watch.until(/watching notice\.txt/);
    const out = watch.stdout;
    expect(out.indexOf('built notice.txt: html in')).toBeGreaterThan(-1);
    expect(out.indexOf('built notice.txt: html in')).toBeLessThan(out.indexOf('wrote ' + join(desk, 'out', 'notice.pdf')));
    const procs = chromiums(watch.child.pid!);
    browserPid = procs.find(browserProcess)?.pid ?? 0;
    chromium = procs.map((p) => p.pid);
    expect(browserPid).toBeGreaterThan(0);
  });

  it('rebuilds after a change, says what changed, with the same Chromium', async () => {
    const from = watch.stdout.length;
    appendFileSync(input, '\n请沿河居民听从社区安排，有序转移。\n');
    await watch.until(/changed: notice\.txt[\s\S]*built notice\.txt: html[\s\S]*built notice\.txt: pdf in [\d.]+ s[\s\S]*watching/, 150_000, from);
    expect(htmlText(join(desk, 'out', 'notice.html'))).toContain('有序转移');
    expect(pdfText(join(desk, 'out', 'notice.pdf')).replace(/\s/g, '')).toContain('有序转移');
    expect(chromiums(watch.child.pid!).find(browserProcess)?.pid).toBe(browserPid);
  });

  it('a bad change is one line and watching goes on; the outputs stay (control: the fix rebuilds)', async () => {
    let from = watch.stdout.length;
    const errFrom = watch.stderr.length;
    writeFileSync(input, '');
    await watch.until(/changed: notice\.txt[\s\S]*watching/, 60_000, from);
    expect(watch.stderr.slice(errFrom)).toMatch(/^huozi: notice\.txt: .*empty/m);
    expect(htmlText(join(desk, 'out', 'notice.html'))).toContain('有序转移');
    from = watch.stdout.length;
    writeFileSync(input, original.replace('今晚', '明早'));
    await watch.until(/built notice\.txt: html[\s\S]*built notice\.txt: pdf[\s\S]*watching/, 150_000, from);
    expect(htmlText(join(desk, 'out', 'notice.html'))).toContain('明早');
  });

  it('Ctrl-C stops it: exit 0, "stopped", no Chromium left', async () => {
    expect(chromium.some(alive)).toBe(true); // control: they were alive until now
    const code = await watch.stop('SIGINT');
    expect(code).toBe(0);
    expect(watch.stderr.trim().split('\n').at(-1)).toBe('stopped');
    expect(chromium.filter(alive)).toEqual([]);
  });
});

describe('huozi watch stopped in the middle of a build', () => {
  it('Ctrl-C while the PDF is laid out: exit 0, the HTML written, no PDF half-written, no Chromium left', async () => {
    const desk = tempDir('watch-stop');
    writeFileSync(join(desk, 'notice.txt'), '清水河防汛通告\n\n各位居民朋友：今晚有洪水，请做好转移准备。\n');
    const watch = startHuozi(['watch', 'notice.txt', '--out', 'out', '--formats', 'html,pdf'], desk);
    try {
      await watch.until(/built notice\.txt: html/);
      // The PDF build has begun once its Chromium is up.
      let procs = chromiums(watch.child.pid!);
      for (let i = 0; i < 600 && !procs.some(browserProcess); i++) {
        await new Promise((r) => setTimeout(r, 100));
        procs = chromiums(watch.child.pid!);
      }
      expect(procs.some(browserProcess)).toBe(true);
      const code = await watch.stop('SIGINT');
      expect(code).toBe(0);
      expect(watch.stdout).not.toContain('notice.pdf');
      expect(readdirSync(join(desk, 'out')).sort()).toEqual(['notice.assets', 'notice.html']);
      expect(watch.stderr).toMatch(/interrupted by SIGINT: nothing written/);
      expect(watch.stderr.trim().split('\n').at(-1)).toBe('stopped');
      expect(procs.map((p) => p.pid).filter(alive)).toEqual([]);
    } finally {
      await watch.end();
    }
  });
});

describe('huozi watch and a theme', () => {
  it('a change of a theme file rebuilds every input with it', async () => {
    const desk = tempDir('watch-theme');
    writeFileSync(join(desk, 'notice.txt'), '清水河防汛通告\n\n各位居民朋友：今晚有洪水，请做好转移准备。\n');
    mkdirSync(join(desk, 'look', 'styles'), { recursive: true });
    const css = join(desk, 'look', 'styles', 'html.css');
    writeFileSync(css, readFileSync(join(root, 'styles', 'html.css'), 'utf8'));
    writeFileSync(join(desk, 'huozi.config.yaml'), 'theme: look\nformats: html\n');
    const watch = startHuozi(['watch', 'notice.txt', '--out', 'out'], desk);
    try {
      await watch.until(/watching/);
      expect(readFileSync(join(desk, 'out', 'notice.html'), 'utf8')).not.toContain('.theme-changed');
      const from = watch.stdout.length;
      appendFileSync(css, '\n.theme-changed { color: teal }\n');
      await watch.until(/changed: look\/styles\/html\.css[\s\S]*built notice\.txt: html[\s\S]*watching/, 120_000, from);
      expect(readFileSync(join(desk, 'out', 'notice.html'), 'utf8')).toContain('.theme-changed { color: teal }');
    } finally {
      await watch.end();
    }
  });
});

describe('huozi watch and preview on an input they cannot read', () => {
  it.each([
    ['watch', 'nope.txt', 'huozi: nope.txt: file not found'],
    ['preview', 'nope.txt', 'huozi: nope.txt: file not found'],
    ['watch', 'drafts', 'huozi: drafts: is a folder, not a file'],
  ])('huozi %s %s: one line, exit 1, before anything is watched or served; nothing written', (command, input, line) => {
    const desk = tempDir('watch-unreadable');
    mkdirSync(join(desk, 'drafts'));
    writeFileSync(join(desk, 'notice.txt'), '清水河防汛通告\n\n各位居民朋友：今晚有洪水。\n');
    const args = [bin, command, 'notice.txt', input, '--out', 'out', ...(command === 'preview' ? ['--port', '0'] : [])];
    // Bounded: before the fix it printed "watching ; Ctrl-C stops" and ran until stopped.
    const r = spawnSync(process.execPath, args, { cwd: desk, encoding: 'utf8', timeout: 60_000, killSignal: 'SIGINT' });
    expect(r.signal).toBe(null);
    expect(r.stderr).toBe(`${line}\n`);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(1);
    expect(readdirSync(desk).sort()).toEqual(['drafts', 'notice.txt']);
  });

  it('huozi watch with a config file that is not there: one line, exit 2, before anything is watched (as build)', () => {
    const desk = tempDir('watch-no-config');
    writeFileSync(join(desk, 'notice.txt'), '清水河防汛通告\n\n各位居民朋友：今晚有洪水。\n');
    const r = spawnSync(process.execPath, [bin, 'watch', 'notice.txt', '--config', 'nope.yaml', '--out', 'out'], { cwd: desk, encoding: 'utf8', timeout: 60_000, killSignal: 'SIGINT' });
    expect(r.signal).toBe(null);
    expect(r.stderr).toBe('huozi: nope.yaml: config file not found\n');
    expect(r.status).toBe(2);
    expect(readdirSync(desk)).toEqual(['notice.txt']);
  });
});
