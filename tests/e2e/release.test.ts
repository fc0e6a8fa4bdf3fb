import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { readMarks } from './page-probes.ts';

const OUTPUT = new URL('../../.output/', import.meta.url).pathname;
let server: FixtureServer;
let unpacked: string;
let version: string;

beforeAll(async () => {
  server = await startFixtureServer();
  version = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')).version;
  unpacked = await mkdtemp(join(tmpdir(), 'termlight-package-'));
});
afterAll(async () => {
  await server?.close();
  await rm(unpacked, { recursive: true, force: true });
});

describe('release packages (npm run zip)', () => {
  it('are built for Chrome and Firefox, with Firefox’s sources zip', () => {
    for (const name of ['chrome', 'firefox', 'sources'])
      expect(existsSync(join(OUTPUT, `termlight-${version}-${name}.zip`)), `${name} zip`).toBe(true);
  });

  it('the Chrome package, unzipped, loads in Chromium as a fresh install and marks a page', async () => {
    // Python's zipfile: on every machine these tests run on, unlike `unzip`.
    execFileSync('python3', ['-m', 'zipfile', '-e', join(OUTPUT, `termlight-${version}-chrome.zip`), unpacked]);
    const session = await launchChromium(server.origin, { extensionDir: unpacked });
    try {
      const page = await session.context.newPage();
      await page.goto(server.url('/forum.html'));
      await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).toContainEqual(['termlight', 'soleus']);
      expect(session.strayRequests).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
