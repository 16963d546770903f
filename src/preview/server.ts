/**
 * The preview server: serves the output folder on loopback (127.0.0.1 only),
 * read-only, with live reload. Every HTML page it serves gets a small script
 * that listens to `/__huozi/events` (server-sent events) and reloads the page
 * after a rebuild; the script is added as the page is served and never
 * written to the output. `/` lists the editions and shows each input's HTML
 * and PDF side by side.
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';

export const EVENTS_PATH = '/__huozi/events';

/** The live-reload script, as added before `</body>`. */
export const RELOAD_SCRIPT = `<script>new EventSource(${JSON.stringify(EVENTS_PATH)}).addEventListener('reload', () => location.reload());</script>`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.epub': 'application/epub+zip',
  '.css': 'text/css; charset=utf-8',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
};

export interface PreviewServer {
  /** `http://127.0.0.1:<port>/`. */
  url: string;
  /** Tells every open page to reload. */
  reload(): void;
  /** Stops listening and ends the open event streams. */
  close(): Promise<void>;
}

/**
 * Serves `folder` (absolute) on 127.0.0.1:`port` (0: any free port). Only GET
 * and HEAD; only files inside the folder (no dot-files, no `..`); 404 else.
 * Rejects with the listen error (EADDRINUSE…).
 */
export async function servePreview(folder: string, port: number): Promise<PreviewServer> {
  const clients = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      return void response.writeHead(400).end();
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return void response.writeHead(405, { allow: 'GET, HEAD' }).end();
    if (path === EVENTS_PATH) {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write(': huozi preview\n\n');
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    if (path === '/') return void send(response, 'text/html; charset=utf-8', withReload(indexPage(folder)));
    const file = resolve(folder, `.${path}`);
    const inside = relative(folder, file);
    if (inside.startsWith('..') || inside.split(sep).some((part) => part.startsWith('.')) || !existsSync(file) || !statSync(file).isFile()) {
      return void response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
    }
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    if (extname(file).toLowerCase() === '.html') return void send(response, type, withReload(readFileSync(file, 'utf8')));
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    reload() {
      for (const client of clients) client.write('event: reload\ndata: \n\n');
    },
    close() {
      for (const client of clients) client.end();
      clients.clear();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

function send(response: ServerResponse, type: string, body: string): void {
  response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
}

/** The page with the reload script before `</body>` (or at its end). */
function withReload(html: string): string {
  const at = html.lastIndexOf('</body>');
  return at < 0 ? `${html}${RELOAD_SCRIPT}` : `${html.slice(0, at)}${RELOAD_SCRIPT}${html.slice(at)}`;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `/`: each input's editions, and its HTML and PDF side by side when both are there. */
function indexPage(folder: string): string {
  const files = existsSync(folder) ? readdirSync(folder).filter((f) => /\.(html|pdf|epub)$/.test(f)) : [];
  const stems = [...new Set(files.map((f) => f.replace(/\.[^.]+$/, '')))].sort();
  const items = stems.map((stem) => {
    const has = (ext: string) => files.includes(`${stem}.${ext}`);
    const links = ['html', 'pdf', 'epub'].filter(has).map((ext) => `<a href="${escape(encodeURIComponent(`${stem}.${ext}`))}">${ext}</a>`).join(' · ');
    const side = has('html') && has('pdf')
      ? `<div class="side"><iframe title="HTML" src="${escape(encodeURIComponent(`${stem}.html`))}"></iframe><iframe title="PDF" src="${escape(encodeURIComponent(`${stem}.pdf`))}"></iframe></div>`
      : '';
    return `<section><h2>${escape(stem)}</h2><p>${links}</p>${side}</section>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>huozi preview</title><style>
body{font:15px system-ui,sans-serif;margin:1rem}.side{display:flex;gap:1rem}.side iframe{flex:1;height:85vh;border:1px solid #999}
</style></head><body><h1>huozi preview: ${escape(join(folder))}</h1>${items.join('') || '<p>No editions yet.</p>'}</body></html>`;
}
