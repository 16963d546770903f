/**
 * One headless Chromium per build, shared by every renderer that needs it,
 * offline (no background networking) and with a fresh profile.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { ExitCode, HuoziError } from './errors.js';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

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

export interface SharedBrowser {
  get(): Promise<Browser>;
  close(): Promise<void>;
}

/** A browser launched on first `get()` and closed once by `close()`. */
export function sharedBrowser(): SharedBrowser {
  let launching: Promise<Browser> | undefined;
  let profile: string | undefined;
  return {
    get() {
      launching ??= (async () => {
        profile = mkdtempSync(join(tmpdir(), 'huozi-chromium-'));
        const { default: puppeteer } = await import('puppeteer-core'); // loaded only by a build that prints
        return puppeteer.launch({
          executablePath: chromiumPath(),
          headless: true,
          protocolTimeout: 600_000,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
            '--font-render-hinting=none',
            `--user-data-dir=${profile}`,
          ],
        });
      })();
      return launching;
    },
    async close() {
      if (launching) await (await launching.catch(() => undefined))?.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
      launching = undefined;
    },
  };
}
