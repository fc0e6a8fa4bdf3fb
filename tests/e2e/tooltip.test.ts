import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserDriver, PageHandle } from '../support/drivers.ts';
import { inEachBrowser } from '../support/in-each-browser.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { HIDE_GRACE_MS } from '../../src/tooltip/hover-intent.ts';
import { HOVER_DELAY_MS } from '../../src/settings/hover-delay.ts';
import { afterTimersOf, pointOfText, readMarks, readTooltip } from './page-probes.ts';

const ARTIFACTS = new URL('../../.output/test-artifacts/', import.meta.url);

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
  await mkdir(ARTIFACTS, { recursive: true });
});
afterAll(() => server?.close());

async function openForum(driver: BrowserDriver): Promise<PageHandle> {
  const page = await driver.open(server.url('/forum.html'));
  await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).not.toHaveLength(0);
  return page;
}

async function hover(page: PageHandle, text: string, occurrence = 0) {
  const point = await page.evaluate(pointOfText, [text, occurrence] as [string, number]);
  await page.mouseMove(point.x, point.y);
  return point;
}

function tooltipTests(name: string, driver: () => BrowserDriver) {
  it('shows the entry after the hover delay, keeps it while the pointer is on it, and Esc dismisses it', async () => {
    const page = await openForum(driver());
    await page.mouseMove(5, 5);
    await hover(page, 'gastrocnemius');
    // The default delay is 300 ms: not yet.
    expect(await page.evaluate(readTooltip)).toBeNull();
    await expect.poll(() => page.evaluate(readTooltip).then((tip) => tip?.term)).toBe('Gastrocnemius');
    const tip = (await page.evaluate(readTooltip))!;
    expect(tip.text).toContain('not medical advice');
    await page.screenshot(new URL(`tooltip-${name}.png`, ARTIFACTS).pathname);

    // Onto the tooltip, through the gap between term and tooltip: it stays (WCAG 1.4.13 hoverable).
    await page.mouseMove(tip.rect.x + 20, tip.rect.y + 2);
    await page.mouseMove(tip.rect.x + 30, tip.rect.y + 20);
    // Every hide timer that leaving the term could have started has run by then.
    await page.evaluate(afterTimersOf, HIDE_GRACE_MS);
    expect((await page.evaluate(readTooltip))?.term).toBe('Gastrocnemius');

    await page.press('Escape');
    await expect.poll(() => page.evaluate(readTooltip)).toBeNull();
    await page.close();
  });

  it('"Open in reference" opens the entry in the reference page', async () => {
    const page = await openForum(driver());
    await hover(page, 'tennis leg');
    await expect.poll(() => page.evaluate(readTooltip).then((tip) => tip?.term)).toBe('Tennis leg');
    await page.evaluate(() =>
      document.querySelector('termlight-ui')!.shadowRoot!.querySelector<HTMLButtonElement>('.tl-card__open')!.click(),
    );
    await expect
      .poll(() => driver().tabUrls())
      .toContainEqual(expect.stringMatching(/\/popup\.html#entry=calf-muscle%2Ftennis-leg$/));
    await page.close();
  });

  it('hides after the pointer leaves both the term and the tooltip', async () => {
    const page = await openForum(driver());
    await hover(page, 'soleus');
    await expect.poll(() => page.evaluate(readTooltip).then((tip) => tip?.term)).toBe('Soleus');
    await page.mouseMove(2, 2);
    await expect.poll(() => page.evaluate(readTooltip)).toBeNull();
    await page.close();
  });

  it('shows one tooltip for a term and its abbreviation, and the urgent callout', async () => {
    const page = await openForum(driver());
    await hover(page, 'DVT');
    await expect.poll(() => page.evaluate(readTooltip).then((tip) => tip?.term)).toBe('Deep vein thrombosis');
    const first = (await page.evaluate(readTooltip))!;
    expect(first.text).toContain('Get help right away if…');
    await hover(page, 'thrombosis');
    // Any show timer the move could have started (the default delay: no setting is changed here) has run.
    await page.evaluate(afterTimersOf, Math.max(HOVER_DELAY_MS, HIDE_GRACE_MS));
    expect((await page.evaluate(readTooltip))?.card).toBe(first.card);
    await page.close();
  });

  it('opens on a tap and closes on a tap elsewhere', async () => {
    const page = await openForum(driver());
    const point = await page.evaluate(pointOfText, ['soleus', 0] as [string, number]);
    await page.tap(point.x, point.y);
    await expect.poll(() => page.evaluate(readTooltip).then((tip) => tip?.term)).toBe('Soleus');
    await page.tap(3, 3);
    await expect.poll(() => page.evaluate(readTooltip)).toBeNull();
    await page.close();
  });
}

inEachBrowser(
  'tooltip',
  () => server.origin,
  (driver, name) => tooltipTests(name, driver),
);
