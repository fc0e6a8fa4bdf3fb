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

const markedTexts = (marks: [string, string][]) => marks.map(([, text]) => text);

/** Runs in the page: focuses the tooltip's "Don't mark this term" (in the extension's shadow root). */
function focusDontMark(): string {
  const button = document.querySelector('termlight-ui')?.shadowRoot?.querySelector<HTMLButtonElement>('.tl-card__mute');
  button?.focus();
  return button?.getAttribute('aria-label') ?? '';
}

function dontMarkTests(driver: () => BrowserDriver) {
  it('"Don\'t mark this term" in a tooltip unmarks it at once; search and lookup still find it; "Mark again" in options brings it back', async () => {
    const page = await driver().open(server.url('/forum.html'));
    try {
      await expect.poll(() => page.evaluate(readMarks).then(markedTexts), { timeout: 10_000 }).toContain('soleus');
      const point = await page.evaluate(pointOfText, ['soleus', 0] as [string, number]);
      await page.mouseMove(point.x, point.y);
      await expect.poll(() => page.evaluate(readTooltip).then((tip) => tip?.term)).toBe('Soleus');
      // With the keyboard: the button is a real button, named for what it does.
      expect(await page.evaluate(focusDontMark)).toMatch(/^Don't mark this term: stop marking “soleus”/);
      await page.press('Enter');
      await expect.poll(() => page.evaluate(readTooltip)).toBeNull();
      // The page is marked again without it. The old marks stay until the new settings are read
      // (src/content/content-life.ts), and marking is sliced: wait for a marking with the other terms
      // and without this one (reading "gastrocnemius" alone could still see the old marks).
      const isRemarkedWithout = (texts: string[]) => texts.includes('gastrocnemius') && !texts.includes('soleus');
      await expect
        .poll(() => page.evaluate(readMarks).then(markedTexts).then(isRemarkedWithout), { timeout: 10_000 })
        .toBe(true);

      const popup = await driver().openExtensionPage('popup.html');
      await popup.evaluate(() => {
        const input = document.getElementById('search') as HTMLInputElement;
        input.value = 'soleus';
        input.dispatchEvent(new Event('input'));
      });
      await expect
        .poll(() => popup.evaluate(() => document.querySelector('#result-0 .result__term')?.textContent))
        .toBe('soleus');
      // The context-menu lookup finds it too, and its card offers no second "Don't mark".
      await popup.evaluate(sendToReaderTab, { type: 'lookup', text: 'soleus' });
      await expect.poll(() => page.evaluate(readTooltip).then((tip) => tip?.term)).toBe('Soleus');
      expect(await page.evaluate(focusDontMark)).toBe('');
      await popup.close();

      const options = await driver().openExtensionPage('options.html');
      const listed = () =>
        options.evaluate(() => [...document.querySelectorAll('#hidden-terms li span')].map((n) => n.textContent));
      await expect.poll(listed).toEqual(['soleus (Calf muscle)']);
      await options.evaluate(() =>
        document.querySelector<HTMLButtonElement>('button[aria-label="Mark again: “soleus”"]')!.click(),
      );
      await expect.poll(listed).toEqual([]);
      await expect.poll(() => page.evaluate(readMarks).then(markedTexts), { timeout: 10_000 }).toContain('soleus');
      await options.close();
    } finally {
      await driver().setStorage({ hiddenEntries: [] });
      await page.close();
    }
  });
}

inEachBrowser("don't mark this term", () => server.origin, dontMarkTests);
