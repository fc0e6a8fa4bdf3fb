import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserDriver } from '../support/drivers.ts';
import { inEachBrowser } from '../support/in-each-browser.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { readMarks } from './page-probes.ts';
import { buildReactFixture } from './react-app/build-fixture.ts';

let dir: string;
let server: FixtureServer;
beforeAll(async () => {
  dir = await buildReactFixture();
  server = await startFixtureServer(`${dir}/`);
}, 60_000);
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

const texts = (marks: [string, string][]) => marks.map(([, text]) => text);

function reactTests(driver: () => BrowserDriver) {
  it('a server-rendered React app hydrates without errors, and marks follow its state changes', async () => {
    const page = await driver().open(server.url('/index.html'));
    await expect.poll(() => page.evaluate(() => (window as unknown as { hydrated?: boolean }).hydrated)).toBe(true);
    await expect.poll(() => page.evaluate(readMarks).then(texts), { timeout: 10_000 }).toContain('blood clot');
    await page.evaluate(() => document.getElementById('more')!.click());
    await expect
      .poll(() => page.evaluate(readMarks).then(texts))
      .toEqual(expect.arrayContaining(['Tennis leg', 'gastrocnemius']));
    await page.evaluate(() => document.getElementById('rename')!.click());
    await expect.poll(() => page.evaluate(readMarks).then(texts)).toContain('Achilles tendon');
    expect(await page.evaluate(readMarks).then(texts)).not.toContain('Calf pain');
    expect(await page.evaluate(() => (window as unknown as { reactErrors: string[] }).reactErrors)).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });
}

inEachBrowser('React hydration', () => server.origin, reactTests);
