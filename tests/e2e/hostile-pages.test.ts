import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserDriver, PageHandle } from '../support/drivers.ts';
import { inEachBrowser } from '../support/in-each-browser.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { pointOfText, readMarks, readTooltip } from './page-probes.ts';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server?.close());

/** Console errors, without Firefox's own refused request for /favicon.ico (see violations.js). */
const errorsOf = (page: PageHandle) => page.errors.filter((error) => !error.includes('/favicon.ico'));

const violations = (page: PageHandle) =>
  page.evaluate(() => (window as unknown as { violations: string[] }).violations);

/** Hover a term and wait for its tooltip; returns the tooltip's computed look. */
async function openTooltip(page: PageHandle, text: string, term: string) {
  const point = await page.evaluate(pointOfText, [text, 0] as [string, number]);
  await page.mouseMove(point.x, point.y);
  await expect.poll(() => page.evaluate(readTooltip).then((tip) => tip?.term)).toBe(term);
  return page.evaluate(() => {
    const box = document.querySelector('termlight-ui')!.shadowRoot!.querySelector('.tippy-box')!;
    const style = getComputedStyle(box);
    return { border: style.borderTopStyle, radius: style.borderTopLeftRadius };
  });
}

function hostilePageTests(driver: () => BrowserDriver) {
  it('strict CSP: terms marked, the tooltip styled and working, no violation', async () => {
    const page = await driver().open(server.url('/strict-csp.html'));
    await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).toContainEqual(['termlight', 'soleus']);
    // The page's own stylesheet (style-src 'self') and ours (a constructed sheet) both apply.
    expect(await openTooltip(page, 'soleus', 'Soleus')).toEqual({ border: 'solid', radius: '8px' });
    await page.press('Escape');
    await expect.poll(() => page.evaluate(readTooltip)).toBeNull();
    expect(await violations(page)).toEqual([]);
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('Trusted Types enforced: everything works, no violation, no console error', async () => {
    const page = await driver().open(server.url('/trusted-types.html'));
    await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).toContainEqual(['termlight', 'soleus']);
    await openTooltip(page, 'gastrocnemius', 'Gastrocnemius');
    await page.press('Escape');
    await openTooltip(page, 'DVT', 'Deep vein thrombosis');
    expect(await violations(page)).toEqual([]);
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('a page that removes or hides the extension’s UI host: the next tooltip still shows', async () => {
    const page = await driver().open(server.url('/forum.html'));
    await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).not.toHaveLength(0);
    await openTooltip(page, 'soleus', 'Soleus');
    await page.press('Escape');
    await page.evaluate(() => {
      document.querySelector('termlight-ui')!.remove();
      const style = document.createElement('style');
      style.textContent = 'termlight-ui, html > * { display: none !important; opacity: 0 !important; }';
      document.head.append(style);
    });
    await page.mouseMove(2, 2);
    await page.evaluate(() => document.querySelector('style:last-of-type')!.remove());
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'termlight-ui { display: none !important; opacity: 0 !important; }';
      document.head.append(style);
    });
    await openTooltip(page, 'gastrocnemius', 'Gastrocnemius');
    const isVisible = await page.evaluate(() => {
      const host = document.querySelector('termlight-ui')!;
      const box = host.shadowRoot!.querySelector('.tippy-box')!.getBoundingClientRect();
      return getComputedStyle(host).display !== 'none' && box.width > 0 && box.height > 0;
    });
    expect(isVisible).toBe(true);
    await page.close();
  });
}

inEachBrowser('hostile pages', () => server.origin, hostilePageTests);
