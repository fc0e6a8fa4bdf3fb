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

/**
 * A page served as another with a script added to its head and extra response headers (a strict
 * CSP, Trusted Types, hostile globals): `variants.json` in the fixtures directory.
 */
interface Variant {
  from: string;
  script: string;
  headers: Record<string, string>;
}

const variantsOf = (dir: string): Promise<Record<string, Variant>> =>
  readFile(`${dir}variants.json`, 'utf8').then(JSON.parse, () => ({}));

async function renderVariant(dir: string, variant: Variant): Promise<string> {
  const html = await readFile(`${dir}${variant.from}`, 'utf8');
  return html.replace('</head>', `  <script src="${variant.script}"></script>\n  </head>`);
}

/** Serves tests/e2e/fixtures/ on 127.0.0.1 at a free port; nothing else is reachable. */
export async function startFixtureServer(dir = FIXTURES_DIR): Promise<FixtureServer> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    try {
      const name = path === '/' ? 'index.html' : path.slice(1);
      const variant = (await variantsOf(dir))[name];
      const body = variant ? await renderVariant(dir, variant) : await readFile(`${dir}${name}`);
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type, ...variant?.headers });
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
