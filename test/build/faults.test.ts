/**
 * Fault tests with the real command and the real Chromium: Chromium killed
 * during the print (once: the retry succeeds; every time: exit 4), Chromium
 * hanging (exit 4), Ctrl-C / SIGTERM mid-build, two builds into one folder at
 * once, and a renderer that fails, registered through the public API. After
 * each: earlier outputs as they were, no temporary file in the output folder,
 * no Chromium process, and nothing left in the temp folder (each build gets a
 * private TMPDIR, so colleagues' folders do not count).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, renderers } from '../../src/index.js';
import { bin } from '../support/paths.js';
import { readBook } from '../render/epub/read-book.js';
import { browserProcess, chromiums, descendants, rendering } from '../support/processes.js';
import { tempDir } from '../support/temp.js';

/** A short briefing (a topic, a question, an answer): a print of a few seconds, time enough to interrupt it. */
function briefing(): string {
  const file = join(tempDir('fault-in'), 'briefing.txt');
  const answer = '我们将继续推进城市更新，完善公共服务设施，让居民的生活更加便利。'.repeat(12);
  writeFileSync(file, `城市更新新闻发布会实录\n2026年3月8日\n\n1 谈城市更新\n\n记者：城市更新工作下一步有何安排？\n\n发言人：${answer}\n`);
  return file;
}

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** Milliseconds from the last stderr output to the exit: a command that has said why it failed ends at once. */
  lingered: number;
}

/** `huozi build` with a private TMPDIR; `tick` sees the child's pid every 50 ms until it ends. */
function huozi(args: string[], tmp: string, tick: (pid: number) => void = () => {}, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'build', ...args], { env: { ...process.env, TMPDIR: tmp, ...env } });
    let stderr = '';
    let said = Date.now();
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      said = Date.now();
    });
    const timer = setInterval(() => tick(child.pid!), 50);
    child.on('exit', (status, signal) => {
      clearInterval(timer);
      resolve({ status, signal, stderr, lingered: Date.now() - said });
    });
  });
}

/**
 * Whether the build is printing: its print files are written (`huozi-pdf-*` in its private temp folder),
 * which the PDF renderer does only once its browser has started and answered.
 */
const printing = (tmp: string) => readdirSync(tmp).some((d) => d.startsWith('huozi-pdf-') && existsSync(join(tmp, d, 'print.html')));

/** Processes anywhere on the machine that were started with this private temp folder (Chromium's profile is in it). */
const processesUsing = (tmp: string) => descendants(1).filter((p) => p.cmdline.includes(tmp));

/** An output folder holding an earlier build's files, to prove they are left as they were. */
function earlierOutputs(out: string): Record<string, string> {
  const files = { 'briefing.pdf': 'earlier pdf', 'briefing.epub': 'earlier epub', 'briefing.html': 'earlier html' };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
  return files;
}
const contents = (out: string) => Object.fromEntries(readdirSync(out).filter((f) => !f.endsWith('.assets')).map((f) => [f, readFileSync(join(out, f), 'utf8').slice(0, 40)]));

/** Leaves nothing behind: no process, no temp folder, no partial file. */
async function expectNoTrace(tmp: string, out: string): Promise<void> {
  // Chromium's helpers may take a moment to follow their browser.
  for (let i = 0; i < 40 && processesUsing(tmp).length > 0; i++) await new Promise((r) => setTimeout(r, 250));
  expect(processesUsing(tmp).map((p) => p.cmdline.slice(0, 80))).toEqual([]);
  expect(readdirSync(tmp)).toEqual([]);
  expect(readdirSync(out).filter((f) => f.includes('partial') || f.startsWith('.huozi'))).toEqual([]);
}

describe('faults: Chromium killed during the print', () => {
  it('once: the edition is printed again with a fresh browser and the build succeeds', async () => {
    const tmp = tempDir('fault-tmp');
    const out = tempDir('fault-out');
    let killed = 0;
    const r = await huozi([briefing(), '--out', out, '--formats', 'pdf'], tmp, (pid) => {
      if (killed === 0 && printing(tmp)) {
        const main = chromiums(pid).find((p) => browserProcess(p) && rendering(p));
        if (main) {
          process.kill(main.pid, 'SIGKILL');
          killed++;
        }
      }
    });
    expect(killed).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(join(out, 'briefing.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    await expectNoTrace(tmp, out);
  });

  it('every time: exit 4 after one retry, the reason in one line, earlier outputs untouched', async () => {
    const tmp = tempDir('fault-tmp');
    const out = tempDir('fault-out');
    const earlier = earlierOutputs(out);
    // A killed browser is listed until its parent reaps it: count browsers, not kills.
    const killed = new Set<number>();
    const r = await huozi([briefing(), '--out', out, '--formats', 'pdf'], tmp, (pid) => {
      const main = printing(tmp) ? chromiums(pid).find((p) => browserProcess(p) && !killed.has(p.pid) && rendering(p)) : undefined;
      if (main) {
        process.kill(main.pid, 'SIGKILL');
        killed.add(main.pid);
      }
    });
    expect(killed.size).toBe(2);
    expect(r.status).toBe(4);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^huozi: .*briefing\.txt: Chromium crashed \(.*\), again after a retry, while rendering the pdf edition\n$/);
    // Not left waiting for puppeteer's 30 s wait on a page of the dead browser.
    expect(r.lingered).toBeLessThan(10_000);
    expect(contents(out)).toEqual(earlier);
    await expectNoTrace(tmp, out);
  });
});

describe('faults: Chromium hanging', () => {
  it('is exit 4 after one retry, naming the time it waited', async () => {
    const tmp = tempDir('fault-tmp');
    const out = tempDir('fault-out');
    const stopped = new Set<number>();
    // Stopping every page's renderer process: DevTools commands to the page are never answered.
    const r = await huozi([briefing(), '--out', out, '--formats', 'pdf'], tmp, (pid) => {
      for (const p of chromiums(pid).filter((p) => p.cmdline.includes('--type=renderer') && !stopped.has(p.pid))) {
        process.kill(p.pid, 'SIGSTOP');
        stopped.add(p.pid);
      }
    }, { HUOZI_BROWSER_TIMEOUT: '3' });
    expect(r.status).toBe(4);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/Chromium hung: no answer in 3 s \(.*\), again after a retry, while rendering the pdf edition\n$/);
    expect(r.lingered).toBeLessThan(10_000);
    for (const pid of stopped) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone with its browser.
      }
    }
    await expectNoTrace(tmp, out);
  });
});

describe('faults: a signal mid-build', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} while Chromium prints: ends by the signal, one line, earlier outputs as they were, nothing left`, async () => {
      const tmp = tempDir('fault-tmp');
      const out = tempDir('fault-out');
      const earlier = earlierOutputs(out);
      let sent = false;
      const r = await huozi([briefing(), '--out', out], tmp, (pid) => {
        if (!sent && chromiums(pid).some((p) => p.cmdline.includes('--type=renderer'))) {
          process.kill(pid, signal);
          sent = true;
        }
      });
      expect(sent).toBe(true);
      expect(r.signal).toBe(signal);
      expect(r.stderr).toBe(`huozi: interrupted by ${signal}: nothing written, earlier outputs left as they were\n`);
      expect(contents(out)).toEqual(earlier);
      await expectNoTrace(tmp, out);
    });
  }
});

describe('faults: two builds into one folder at once', () => {
  it('end with one complete set of outputs from one build, never a mix', async () => {
    const tmp = tempDir('fault-tmp');
    const out = tempDir('fault-out');
    // Two different transcripts of the same name: the same output files, told apart by their text.
    const marks = ['甲方案', '乙方案'];
    const inputs = marks.map((m) => {
      const dir = tempDir('fault-in');
      writeFileSync(join(dir, 'briefing.md'), `# ${m}发布会\n\n2026年3月8日\n\n${m}：${'本次发布会介绍新的城市规划。'.repeat(200)}\n`);
      return join(dir, 'briefing.md');
    });
    const runs = await Promise.all(inputs.map((input) => huozi([input, '--out', out, '--formats', 'html,epub'], tmp)));
    expect(runs.map((r) => r.stderr)).toEqual(['', '']);
    const html = readFileSync(join(out, 'briefing.html'), 'utf8');
    const book = await readBook(join(out, 'briefing.epub'));
    const epub = book.entries.filter((e) => /\.(xhtml|opf)$/.test(e)).map((e) => book.text(e)).join('');
    const inHtml = marks.filter((m) => html.includes(`${m}发布会`));
    const inEpub = marks.filter((m) => epub.includes(`${m}发布会`));
    expect(inHtml).toHaveLength(1);
    expect(inEpub).toEqual(inHtml);
    await expectNoTrace(tmp, out);
  });
});

describe('faults: a renderer that fails, registered through the public API', () => {
  it('fails the build with its error; nothing written, the browser closed, no temp folder', async () => {
    const tmp = tempDir('fault-tmp');
    const out = tempDir('fault-out');
    const earlier = earlierOutputs(out);
    const input = briefing();
    const original = renderers.epub;
    const before = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    renderers.epub = { name: 'epub', render: () => Promise.reject(new Error('this renderer always fails')) };
    try {
      await expect(build([input], { out, formats: ['pdf', 'epub'] })).rejects.toThrow('this renderer always fails');
    } finally {
      renderers.epub = original;
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
    }
    expect(contents(out)).toEqual(earlier);
    expect(existsSync(join(out, 'briefing.pdf.partial'))).toBe(false);
    await expectNoTrace(tmp, out);
  });
});
