import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserDriver, PageHandle } from '../support/drivers.ts';
import { inEachBrowser } from '../support/in-each-browser.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { pointOfText, readMarks, readTooltip } from './page-probes.ts';

// Readers who block sites' JavaScript in the browser's own settings (NoScript-style) still get
// marks and tooltips: content scripts run there. In Chromium their `setTimeout` never fires there
// (src/page/run-later.ts); before that fix the forum got 0 painted ranges and no tooltip.

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server?.close());

/** Runs in the page: terms found by the scan (from its measures) and whether it is done. */
const readScan = () => {
  const measures = performance.getEntriesByName('termlight:scan') as PerformanceMeasure[];
  const found = measures.reduce((sum, measure) => sum + (measure.detail as { matches: number }).matches, 0);
  return { found, isIdle: performance.getEntriesByName('termlight:idle').length > 0 };
};

/** The forum served with a script of its own, which sets `data-page-script` when it runs. */
async function openForum(driver: BrowserDriver): Promise<PageHandle> {
  const page = await driver.open(server.url('/javascript-off.html'));
  await expect.poll(() => page.evaluate(readScan), { timeout: 10_000 }).toMatchObject({ isIdle: true });
  return page;
}

function javascriptOffTests(driver: () => BrowserDriver) {
  it("runs none of the page's own script (the browser's setting holds)", async () => {
    const page = await openForum(driver());
    expect(await page.evaluate(() => document.documentElement.dataset.pageScript ?? null)).toBeNull();
    await page.close();
  });

  it('paints every term it found, as with JavaScript on', async () => {
    const page = await openForum(driver());
    const { found } = await page.evaluate(readScan);
    expect(found).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(readMarks).then((marks) => marks.length)).toBe(found);
    expect(await page.evaluate(readMarks)).toEqual(
      expect.arrayContaining([
        ['termlight', 'gastrocnemius'],
        ['termlight', 'soleus'],
        ['termlight-urgent', 'deep vein thrombosis'],
        ['termlight-urgent', 'Compartment syndrome'],
      ]),
    );
    await page.close();
  });

  it('opens a tooltip on hover and hides it once the pointer leaves', async () => {
    const page = await openForum(driver());
    await expect.poll(() => page.evaluate(readMarks)).not.toHaveLength(0);
    await page.mouseMove(2, 2);
    const point = await page.evaluate(pointOfText, ['gastrocnemius', 0] as [string, number]);
    await page.mouseMove(point.x, point.y);
    await expect.poll(() => page.evaluate(readTooltip).then((tip) => tip?.term)).toBe('Gastrocnemius');
    await page.mouseMove(2, 2);
    await expect.poll(() => page.evaluate(readTooltip)).toBeNull();
    await page.close();
  });

  it('lists the terms in the popup\'s "On this page", and "Show" opens one on the page', async () => {
    const page = await openForum(driver());
    // As a reader does: the page is marked, then the popup is opened.
    await expect.poll(() => page.evaluate(readMarks)).not.toHaveLength(0);
    const popup = await driver().openExtensionPage('popup.html');
    const listed = () =>
      popup.evaluate(() => [...document.querySelectorAll('.page-term__term')].map((n) => n.textContent));
    await expect
      .poll(listed, { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['deep vein thrombosis', 'gastrocnemius', 'soleus', 'compartment syndrome']));
    await popup.evaluate(() =>
      document.querySelector<HTMLButtonElement>('button[aria-label="Show “soleus” on the page"]')!.click(),
    );
    await expect.poll(() => page.evaluate(readTooltip).then((tip) => tip?.term)).toBe('Soleus');
    await popup.close();
    await page.close();
  });
}

inEachBrowser('page JavaScript blocked', () => server.origin, javascriptOffTests, { isPageJavaScriptBlocked: true });
