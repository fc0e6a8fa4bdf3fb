import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { build } from 'vite';
import { App } from './app.ts';

/**
 * Builds the React fixture into a fresh directory: `index.html` with the server's render of the
 * thread, and `client.js`, the bundle that hydrates it (React in development mode, which reports
 * hydration mismatches).
 */
export async function buildReactFixture(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'termlight-react-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    mode: 'development',
    define: { 'process.env.NODE_ENV': JSON.stringify('development') },
    build: {
      outDir: dir,
      emptyOutDir: false,
      minify: false,
      lib: {
        entry: fileURLToPath(new URL('./client.ts', import.meta.url)),
        formats: ['es'],
        fileName: () => 'client.js',
      },
    },
  });
  const html = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>React forum</title></head>
  <body><div id="root">${renderToString(createElement(App))}</div><script type="module" src="/client.js"></script></body>
</html>
`;
  await writeFile(join(dir, 'index.html'), html);
  return dir;
}
