import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserDriver } from '../support/drivers.ts';
import { inEachBrowser } from '../support/in-each-browser.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { pointOfText, readMarks, readTooltip, sendToReaderTab } from './page-probes.ts';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server?.close());

/** What has focus, inside Termlight's shadow root too. */
function focused(): string {
  const active = document.activeElement;
  const inner = active?.shadowRoot?.activeElement;
  const element = inner ?? active;
  return `${element?.tagName.toLowerCase()}${inner ? ' (termlight)' : ''}: ${element?.textContent?.slice(0, 30) ?? ''}`;
}

function keyboardTests(driver: () => BrowserDriver) {
  it('popup with the keyboard only: search, open an entry, go back', async () => {
    const popup = await driver().openExtensionPage('popup.html');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('search');
    await popup.type('soleus');
    // Enter opens the active result, as a reader does once the results show: the box is attached
    // only after the popup has read the glossary, which a loaded machine can delay past the typing.
    await expect
      .poll(() => popup.evaluate(() => document.querySelector('#result-0')?.textContent?.toLowerCase() ?? ''), {
        timeout: 10_000,
      })
      .toMatch(/^soleus/);
    await popup.press('Enter');
    await expect.poll(() => popup.evaluate(focused)).toBe('h2: Soleus');
    await popup.press('Tab');
    expect(await popup.evaluate(focused)).toMatch(/^button: /);
    await popup.press('Escape');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('search');
    await popup.close();
  });

  it('page with the keyboard only: next term, read the tooltip, More, Esc gives focus back', async () => {
    const page = await driver().open(server.url('/forum.html'));
    await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).not.toHaveLength(0);
    const popup = await driver().openExtensionPage('popup.html');
    await popup.evaluate(sendToReaderTab, { type: 'step-term', direction: 'next' });
    await popup.close();
    await expect.poll(() => page.evaluate(readTooltip).then((tip) => tip?.term)).toBe('Calf pain');
    expect(await page.evaluate(focused)).toMatch(/^div \(termlight\): /);
    // Firefox stops first on the scrollable content (a long card scrolls; scroll areas take focus there).
    for (let presses = 0; presses < 3 && (await page.evaluate(focused)) !== 'button (termlight): More'; presses++)
      await page.press('Tab');
    expect(await page.evaluate(focused)).toBe('button (termlight): More');
    await page.press('Enter');
    expect((await page.evaluate(readTooltip))?.text).toContain('Less');
    await page.press('Escape');
    await expect.poll(() => page.evaluate(readTooltip)).toBeNull();
    expect(await page.evaluate(focused)).toMatch(/^body: /);
    await page.close();
  });
}

inEachBrowser('keyboard', () => server.origin, keyboardTests);

function mediaTests(driver: () => BrowserDriver) {
  it('forced colours and reduced motion: marks and tooltip visible in system colours, no transition', async () => {
    const page = await driver().open(server.url('/forum.html'));
    await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).not.toHaveLength(0);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    const point = await page.evaluate(pointOfText, ['soleus', 0] as [string, number]);
    await page.mouseMove(point.x, point.y);
    await expect.poll(() => page.evaluate(readTooltip).then((tip) => tip?.term)).toBe('Soleus');
    const look = await page.evaluate(() => {
      const box = document.querySelector('termlight-ui')!.shadowRoot!.querySelector<HTMLElement>('.tippy-box')!;
      const style = getComputedStyle(box);
      const mark = getComputedStyle(document.querySelector('#post-1 p:nth-of-type(2)')!, '::highlight(termlight)');
      return {
        border: `${style.borderTopStyle} ${style.borderTopWidth}`,
        transition: style.transitionDuration,
        opacity: style.opacity,
        markLine: mark.textDecorationLine,
      };
    });
    expect(look).toEqual({ border: 'solid 2px', transition: '0s', opacity: '1', markLine: 'underline' });
    await page.close();
  });
}

inEachBrowser('forced colours and reduced motion', () => server.origin, mediaTests, { accessibilityMedia: true });
