/**
 * `huozi preview`: serves the output folder on 127.0.0.1, adds the reload
 * script to pages as it serves them (never to the files), tells open pages
 * to reload after a rebuild, serves nothing outside the folder, and stops on
 * Ctrl-C. A real process and real HTTP, bounded in time.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELOAD_SCRIPT } from '../../src/preview/server.js';
import { type LiveProcess, startHuozi } from '../support/live-process.js';
import { tempDir } from '../support/temp.js';

/** GET `path` exactly as written (no URL normalisation of `..`). */
function get(url: URL, path: string): Promise<{ status: number; body: string }> {
  return new Promise((ok, fail) => {
    request({ host: url.hostname, port: url.port, path }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (d: string) => (body += d));
      response.on('end', () => ok({ status: response.statusCode ?? 0, body }));
    })
      .on('error', fail)
      .end();
  });
}

describe('huozi preview', () => {
  const desk = tempDir('preview');
  const input = join(desk, 'notice.txt');
  writeFileSync(input, '清水河防汛通告\n\n各位居民朋友：今晚有洪水，请做好转移准备。\n\n区防汛抗旱指挥部\n');
  writeFileSync(join(desk, 'secret.txt'), 'not served');
  let preview: LiveProcess;
  let url: URL;
  beforeAll(async () => {
    preview = startHuozi(['preview', 'notice.txt', '--out', 'out', '--formats', 'html', '--port', '0'], desk);
    url = new URL((await preview.until(/serving (http:\/\/\S+)/))[1]!);
    await preview.until(/watching/);
  });
  afterAll(() => preview.end(), 120_000);

  it('listens on loopback only', () => {
    expect(url.hostname).toBe('127.0.0.1');
  });

  it('serves the HTML with the reload script; the file written has none (control)', async () => {
    const served = await get(url, '/notice.html');
    expect(served.status).toBe(200);
    expect(served.body).toContain(RELOAD_SCRIPT);
    const written = readFileSync(join(desk, 'out', 'notice.html'), 'utf8');
    expect(written).not.toContain('EventSource');
    expect(served.body.replace(RELOAD_SCRIPT, '')).toBe(written);
  });

  it('lists the editions at /', async () => {
    const index = await get(url, '/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('href="notice.html"');
  });

  it('serves nothing outside the output folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/.huozi-writing', '/nothing.html']) {
      const r = await get(url, path);
      expect(r.status, path).toBe(404);
      expect(r.body).not.toContain('not served');
    }
  });

  it('tells an open page to reload after a rebuild, which serves the new text', async () => {
    const controller = new AbortController();
    const events = await fetch(new URL('/__huozi/events', url), { signal: controller.signal });
    expect(events.headers.get('content-type')).toBe('text/event-stream');
    const reader = events.body!.getReader();
    const heard = (async () => {
      let text = '';
      while (!text.includes('event: reload')) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
      return text;
    })();
    const from = preview.stdout.length;
    appendFileSync(input, '\n请沿河居民有序转移。\n');
    await preview.until(/changed: notice\.txt[\s\S]*built notice\.txt: html/, 120_000, from);
    expect(await heard).toContain('event: reload');
    controller.abort();
    expect((await get(url, '/notice.html')).body.replace(/<[^>]+>/g, '')).toContain('有序转移');
  });

  it('Ctrl-C stops it: exit 0, the port closed', async () => {
    expect(await preview.stop('SIGINT')).toBe(0);
    await expect(get(url, '/')).rejects.toThrow(/ECONNREFUSED/);
  });
});
