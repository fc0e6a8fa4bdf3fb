import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../support/chromium.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { launchFirefox, type FirefoxSession } from '../support/firefox.ts';
import { readMarks } from './page-probes.ts';

const ARTIFACTS = new URL('../../test-results/', import.meta.url);
mkdirSync(ARTIFACTS, { recursive: true });

/** Runs in the page: did Termlight's content script announce itself? (A mark, not a DOM change.) */
const readyMarks = () => performance.getEntriesByName('termlight:ready').length;

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server?.close());

describe('Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium(server.origin);
  });
  afterAll(() => session?.close());

  it('runs the content script on a fixture page', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/forum.html'));
    await page.waitForFunction(readyMarks, undefined, { timeout: 10_000 });
    expect(await page.evaluate(readyMarks)).toBe(1);
  });

  it('opens the popup with the bundled reference', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Termlight');
    expect(await page.locator('li.entry').count()).toBeGreaterThanOrEqual(40);
    const dvt = page.locator('#entry-calf-muscle--deep-vein-thrombosis');
    expect(await dvt.locator('.entry__urgent').textContent()).toMatch(/^Get help right away if one calf swells/);
    await page.screenshot({ path: new URL('popup-chromium.png', ARTIFACTS).pathname });
  });

  it('searches from the focused box: "dvt" finds deep vein thrombosis, Enter opens it, Back returns', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.keyboard.type('dvt');
    await expect.poll(() => page.locator('#result-0 .result__term').textContent()).toBe('deep vein thrombosis');
    await page.screenshot({ path: new URL('popup-search-chromium.png', ARTIFACTS).pathname });
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#entry-view .tl-card__term').textContent())
      .toBe('Deep vein thrombosis (DVT)');
    expect(await page.locator('#entry-view .tl-card__long').isVisible()).toBe(true);
    await page.screenshot({ path: new URL('popup-entry-chromium.png', ARTIFACTS).pathname });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search');
    expect(await page.locator('#entry-view').isHidden()).toBe(true);
  });

  it('switches marking off and on from the popup, in open tabs at once', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/forum.html'));
    await expect.poll(() => page.evaluate(readMarks).then((marks) => marks.length)).toBeGreaterThan(0);
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const toggle = popup.getByRole('switch', { name: 'Mark terms on all sites' });
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(() => page.evaluate(readMarks)).toEqual([]);
    await toggle.check();
    await expect.poll(() => page.evaluate(readMarks).then((marks) => marks.length)).toBeGreaterThan(0);
  });

  it('made no request beyond the fixture server and its own files', () => {
    expect(session.strayRequests).toEqual([]);
  });
});

describe('Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox(server.origin);
  });
  afterAll(() => session?.close());

  it('installs the extension', () => {
    expect(session.extensionId).toBe('termlight@termlight.dev');
  });

  it('runs the content script on a fixture page', async () => {
    const page = await session.newPage();
    await page.goto(server.url('/forum.html'));
    await page.waitForFunction(readyMarks, { timeout: 10_000 });
    expect(await page.evaluate(readyMarks)).toBe(1);
  });

  it('made no request beyond the fixture server and its own files', () => {
    expect(session.strayRequests).toEqual([]);
  });
});
