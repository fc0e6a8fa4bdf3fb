import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserDriver, PageHandle } from '../support/drivers.ts';
import { inEachBrowser } from '../support/in-each-browser.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { readMarks } from './page-probes.ts';

/** The idle mark the engine sets when a pass is done (mark-page.ts): an unmarked page is finished, not slow. */
const isIdle = () => performance.getEntriesByName('termlight:idle').length > 0;

/**
 * Polls until the page's marks are `expected`, then until the engine is idle, and checks they are
 * still `expected`: blocks matched again after the first pass (a post's later paragraphs, a health
 * signal, an entry the page shows) are painted by the viewport painter's look after a frame
 * (viewport-painter.ts), which can come after the idle mark (seen once in Firefox ESR 153).
 */
async function expectSettledMarks(page: PageHandle, expected: string[][]) {
  await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).toEqual(expected);
  await expect.poll(() => page.evaluate(isIdle), { timeout: 10_000 }).toBe(true);
  expect(await page.evaluate(readMarks)).toEqual(expected);
}

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server?.close());

function senseTests(driver: () => BrowserDriver) {
  it('marks nothing on a news page full of the weak words in their everyday senses', async () => {
    const page = await driver().open(server.url('/sense-news.html'));
    await expect.poll(() => page.evaluate(isIdle), { timeout: 10_000 }).toBe(true);
    expect(await page.evaluate(readMarks)).toEqual([]);
  });

  it('marks the weak forms of a forum post where its sentence anchors them, red', async () => {
    const page = await driver().open(server.url('/sense-forum.html'));
    await expect
      .poll(() => page.evaluate(readMarks), { timeout: 10_000 })
      .toEqual([
        ['termlight-urgent', 'Swollen calf'],
        ['termlight', 'calf'],
        ['termlight-urgent', 'swollen'],
        ['termlight-urgent', 'warm'],
        ['termlight-urgent', 'tender'],
      ]);
  });

  it('marks a symptom list under a heading that names the leg, not a recipe list under a leg of lamb', async () => {
    const page = await driver().open(server.url('/sense-section.html'));
    await expect
      .poll(() => page.evaluate(readMarks), { timeout: 10_000 })
      .toEqual([
        ['termlight-urgent', 'blood clot'],
        ['termlight', 'Swelling'],
        ['termlight', 'Warmth'],
        ['termlight', 'redness'],
      ]);
    await expect.poll(() => page.evaluate(isIdle), { timeout: 10_000 }).toBe(true);
    expect(await page.evaluate(readMarks)).toHaveLength(4);
  });

  it("marks a post's later paragraphs by the leg its first one named, not another post's or a match report's", async () => {
    const page = await driver().open(server.url('/sense-posts.html'));
    const expected = [
      ['termlight', 'calf'],
      ['termlight', 'tight'],
      ['termlight', 'swelling'],
      ['termlight', 'stretching'],
      ['termlight', 'ankle'],
      ['termlight', 'bruising'],
      ['termlight', 'calf strain'],
    ];
    await expectSettledMarks(page, expected);
  });

  it("marks a thread's relaxed forms once its own marks name three entries (page-health.ts)", async () => {
    const page = await driver().open(server.url('/sense-page-signal.html'));
    const expected = [
      ['termlight', 'stretching'],
      ['termlight', 'warm-up'],
      ['termlight', 'soleus'],
      ['termlight', 'gastrocnemius'],
      ['termlight-urgent', 'DVT'],
    ];
    await expectSettledMarks(page, expected);
  });

  it('marks a weak form of an entry the page shows in its sense, in posts before and after, not in its everyday shape (page-entries.ts)', async () => {
    const page = await driver().open(server.url('/sense-one-page.html'));
    const expected = [
      ['termlight', 'swelling'],
      ['termlight', 'ankle'],
      ['termlight-urgent', 'swollen'],
      ['termlight', 'swells'],
    ];
    // The first post is matched again once the second shows its entry.
    await expectSettledMarks(page, expected);
  });
}

inEachBrowser('sense-aware marking', () => server.origin, senseTests);
