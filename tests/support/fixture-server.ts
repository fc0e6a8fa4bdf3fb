import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = fileURLToPath(new URL('../e2e/fixtures/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export interface FixtureServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves tests/e2e/fixtures/ on 127.0.0.1 at a free port; nothing else is reachable. */
export async function startFixtureServer(dir = FIXTURES_DIR): Promise<FixtureServer> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    try {
      const file = `${dir}${path === '/' ? 'index.html' : path}`;
      const body = await readFile(file);
      // `page.html.headers.json` beside a fixture adds response headers (a strict CSP, Trusted Types).
      const extra = await readFile(`${file}.headers.json`, 'utf8').then(JSON.parse, () => ({}));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...extra });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
