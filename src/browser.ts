/**
 * One headless Chromium per build, shared by every renderer that needs it,
 * offline (no background networking) and with a fresh profile. Every page it
 * opens is transcript-derived, so every page runs without JavaScript (the
 * build's own `page.evaluate` calls still work: they come over DevTools), opens
 * no dialog, and may load nothing but local files of the build: files in the
 * folder of the document it shows (the build's temporary folder) and the
 * pinned font files. Any other request — http(s), data:, another file — is
 * aborted before it leaves the browser, and counted.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { ExitCode, HuoziError } from './errors.js';
import { pinnedFontFiles } from './fonts.js';
import { timed } from './step-timings.js';

let pinnedFiles: Set<string> | undefined;
const pinned = () => (pinnedFiles ??= pinnedFontFiles());

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
/** Seconds Chromium may leave one DevTools command unanswered before it counts as hung (HUOZI_BROWSER_TIMEOUT). */
const DEFAULT_TIMEOUT_S = 300;

export function chromiumPath(env = process.env): string {
  const configured = env.HUOZI_CHROMIUM ?? env.PUPPETEER_EXECUTABLE_PATH;
  const path = configured ?? CANDIDATES.find((p) => existsSync(p));
  if (!path || !existsSync(path)) {
    throw new HuoziError(
      `Chromium not found${configured ? ` at ${configured}` : ''}: install it (apt-get install -y chromium) or set HUOZI_CHROMIUM to its path`,
      ExitCode.environment,
    );
  }
  return path;
}

/**
 * Chromium flags that keep every page of a browser in one renderer process. By default each new page starts a
 * renderer of its own (and a spare for the next one), 0.5–1 s of CPU each on a virtual machine; huozi's pages are
 * local files with scripts off, so the site isolation this gives up guards nothing here.
 */
export const ONE_RENDERER_FLAGS = ['--renderer-process-limit=1', '--disable-site-isolation-trials', '--disable-features=site-per-process,SpareRendererForSitePerProcess'];

/**
 * Every flag huozi launches Chromium with, but the profile folder: offline (no background networking, component
 * updates, sync or QUIC), no GPU, no font hinting (glyph advances not snapped to pixels), one
 * renderer. The benchmark's bare print launches with the same.
 */
export const LAUNCH_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--font-render-hinting=none',
  ...ONE_RENDERER_FLAGS,
];

/** Milliseconds from HUOZI_BROWSER_TIMEOUT (seconds), default 300 s. */
export function browserTimeout(env = process.env): number {
  const s = Number(env.HUOZI_BROWSER_TIMEOUT ?? DEFAULT_TIMEOUT_S);
  return (Number.isFinite(s) && s > 0 ? s : DEFAULT_TIMEOUT_S) * 1000;
}

/**
 * May a page showing `documentUrl` load `url`? Only `file:` URLs inside the
 * document's folder, or one of the pinned font files (`pinnedFontFiles()`: npm
 * packages and Debian's font packages). The document itself is the first request.
 */
export function allowedRequest(url: string, documentUrl: string | undefined): boolean {
  if (!url.startsWith('file:')) return false;
  let path: string;
  try {
    path = fileURLToPath(url);
  } catch {
    return false;
  }
  if (documentUrl === undefined || url === documentUrl) return true;
  const inside = relative(dirname(fileURLToPath(documentUrl)), path);
  if (inside && !inside.startsWith('..') && !inside.startsWith(sep)) return true;
  return pinned().has(path);
}

export interface SharedBrowser {
  /** The browser, launched on first call; throws HuoziError(environment) if Chromium does not start. */
  get(): Promise<Browser>;
  /** Closes it (kills it if it does not answer) and removes its profile. */
  close(): Promise<void>;
  /** Why the browser failed, if it crashed or hung (not when closed by `close()`), else undefined. */
  failure(error: unknown): string | undefined;
  /** Requests aborted so far, by URL (tests and the fidelity of "no request"). */
  readonly blocked: string[];
}

/**
 * A browser launched on first `get()` and closed once by `close()`. Its pages
 * are hardened (no script, no dialog, local files only) unless `hardened` is
 * false: a reader's browser, for showing the finished editions as a reader
 * would (tests, previews).
 */
export function sharedBrowser({ hardened = true }: { hardened?: boolean } = {}): SharedBrowser {
  let launching: Promise<Browser> | undefined;
  let profile: string | undefined;
  let crashed = false;
  let closing: Promise<void> | undefined;
  const blocked: string[] = [];
  const timeout = browserTimeout();

  async function harden(page: Page): Promise<Page> {
    // Closing a page whose renderer hangs waits for ever: give up after the timeout (the caller then sees a hang).
    const close = page.close.bind(page);
    page.close = (options) =>
      Promise.race([close(options), new Promise<never>((_, reject) => setTimeout(() => reject(Object.assign(new Error('closing the page timed out'), { name: 'TimeoutError' })), timeout).unref())]);
    await page.setJavaScriptEnabled(false);
    page.on('dialog', (d) => void d.dismiss().catch(() => undefined));
    await page.setRequestInterception(true);
    let documentUrl: string | undefined;
    page.on('request', (request: HTTPRequest) => {
      const url = request.url();
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) documentUrl ??= url;
      if (allowedRequest(url, documentUrl)) void request.continue().catch(() => undefined);
      else {
        blocked.push(url);
        void request.abort('blockedbyclient').catch(() => undefined);
      }
    });
    return page;
  }

  async function launch(): Promise<Browser> {
    profile = mkdtempSync(join(tmpdir(), 'huozi-chromium-'));
    // Chromium's own temporary files go inside the profile, so a crashed browser leaves nothing in the temp folder.
    const ownTmp = join(profile, 'tmp');
    mkdirSync(ownTmp);
    let browser: Browser;
    try {
      const { default: puppeteer } = await import('puppeteer-core'); // loaded only by a build that prints
      browser = await puppeteer.launch({
        executablePath: chromiumPath(),
        env: { ...process.env, TMPDIR: ownTmp },
        headless: true,
        protocolTimeout: timeout,
        timeout: 60_000,
        // huozi's build handles these signals itself: it closes the browser, removes its folders, then ends.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        args: [...LAUNCH_FLAGS, `--user-data-dir=${profile}`],
      });
    } catch (e) {
      rmSync(profile, { recursive: true, force: true });
      if (e instanceof HuoziError) throw e;
      const reason = String((e as Error).message ?? e).split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 2).join(': ');
      throw new HuoziError(`Chromium did not start: ${reason}`, ExitCode.environment);
    }
    // A page asked of a browser being closed (Ctrl-C while a print starts) is never made: puppeteer waits 30 s for
    // its target. It fails as soon as the browser is gone instead.
    const gone = new Promise<never>((_, reject) =>
      browser.once('disconnected', () => reject(Object.assign(new Error('the browser was closed'), { name: 'TargetCloseError' }))),
    );
    gone.catch(() => undefined);
    browser.on('disconnected', () => {
      if (launching) crashed = true;
    });
    const newPage = browser.newPage.bind(browser);
    browser.newPage = async (...args) => {
      const page = await Promise.race([newPage(...args), gone]);
      return hardened ? harden(page) : page;
    };
    return browser;
  }

  return {
    blocked,
    get() {
      launching ??= timed('launch', launch);
      return launching;
    },
    close() {
      closing ??= (async () => {
        const current = launching;
        launching = undefined;
        const browser = await current?.catch(() => undefined);
        if (browser) {
          // A hung browser never answers Browser.close: give it a moment, then kill it.
          const closed = browser.close().then(() => true, () => false);
          const answered = await Promise.race([closed, new Promise<boolean>((r) => setTimeout(() => r(false), 5000).unref())]);
          // Closed or not, nothing of it may stay: a renderer that hangs (or is stopped) outlives a browser that closed.
          killGroup(browser.process(), answered);
          await closed;
        }
        if (profile) rmSync(profile, { recursive: true, force: true });
        profile = undefined;
        crashed = false;
      })().finally(() => {
        closing = undefined;
      });
      return closing;
    },
    failure(error) {
      if (crashed) return `Chromium crashed (${firstLine(error)})`;
      // By name: puppeteer-core is imported only once a browser is launched.
      const name = (error as Error)?.name;
      if (name === 'TimeoutError' || (name === 'ProtocolError' && /timed out/i.test((error as Error).message))) {
        return `Chromium hung: no answer in ${timeout / 1000} s (${firstLine(error)})`;
      }
      if (name === 'ProtocolError' || name === 'TargetCloseError') return `Chromium crashed (${firstLine(error)})`;
      return undefined;
    },
  };
}

/**
 * Kills what is left of a browser, with every process of its group: puppeteer
 * starts Chromium as a group leader, and its renderers, stopped or hung, would
 * otherwise outlive it and hold its output pipes open (this process could not
 * end). The pipes are closed on our side as well. `closed`: the browser
 * answered Browser.close, so only stragglers remain (none, usually: ESRCH).
 */
function killGroup(child: ReturnType<Browser['process']>, closed: boolean): void {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    if (!closed) child.kill('SIGKILL');
  }
  for (const stream of child.stdio) stream?.destroy();
}

const firstLine = (e: unknown) => String((e as Error)?.message ?? e).split('\n')[0]!.slice(0, 200);
