import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserDriver } from '../support/drivers.ts';
import { inEachBrowser } from '../support/in-each-browser.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { chooseImportFile, isReady, readCurrentTerm, readMarks, readTooltip, sendToReaderTab } from './page-probes.ts';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server?.close());

const GOOD_CSV = 'term,definition,category\nhamstring,The group of muscles at the back of the thigh.,anatomy\n';
const BAD_CSV =
  'term,definition\nhamstring,The muscles at the back of the thigh.\n<img src=x onerror=alert(1)>,Hostile.\n';

function readerTests(driver: () => BrowserDriver) {
  it('"On this page" lists the page\'s terms, and "Show" opens a term\'s tooltip on the page', async () => {
    const page = await driver().open(server.url('/forum.html'));
    await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).not.toHaveLength(0);
    const popup = await driver().openExtensionPage('popup.html');
    const listed = () =>
      popup.evaluate(() => [...document.querySelectorAll('.page-term__term')].map((n) => n.textContent));
    await expect.poll(listed, { timeout: 10_000 }).toContain('deep vein thrombosis');
    expect(await listed()).toEqual(
      expect.arrayContaining(['calf muscle', 'gastrocnemius', 'soleus', 'compartment syndrome']),
    );
    expect(await popup.evaluate(() => document.getElementById('site-label')?.textContent)).toBe(
      'Mark terms on 127.0.0.1',
    );
    await popup.evaluate(() =>
      document.querySelector<HTMLButtonElement>('button[aria-label="Show “soleus” on the page"]')!.click(),
    );
    await expect.poll(() => page.evaluate(readTooltip).then((tip) => tip?.term)).toBe('Soleus');
    expect(await page.evaluate(readCurrentTerm)).toBe('soleus');
    await popup.close();
    await page.close();
  });

  it("next/previous term walk the page's terms and open each tooltip; Esc closes it", async () => {
    const page = await driver().open(server.url('/forum.html'));
    await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).not.toHaveLength(0);
    const popup = await driver().openExtensionPage('popup.html');
    const step = (direction: string) => popup.evaluate(sendToReaderTab, { type: 'step-term', direction });
    expect(await step('next')).toEqual({ found: true });
    expect(await page.evaluate(readCurrentTerm)).toBe('Calf pain');
    await step('next');
    expect(await page.evaluate(readCurrentTerm)).toBe('calf');
    await step('next');
    expect(await page.evaluate(readCurrentTerm)).toBe('strain');
    await step('next');
    expect(await page.evaluate(readCurrentTerm)).toBe('gastrocnemius');
    await expect.poll(() => page.evaluate(readTooltip).then((tip) => tip?.term)).toBe('Gastrocnemius');
    await step('previous');
    expect(await page.evaluate(readCurrentTerm)).toBe('strain');
    await page.press('Escape');
    await expect.poll(() => page.evaluate(readTooltip)).toBeNull();
    await popup.close();
    await page.close();
  });

  it('looks selected text up: an entry, or "not in the glossary" with the closest entries', async () => {
    const page = await driver().open(server.url('/forum.html'));
    await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).not.toHaveLength(0);
    const popup = await driver().openExtensionPage('popup.html');
    await popup.evaluate(sendToReaderTab, { type: 'lookup', text: 'Charley horse' });
    await expect.poll(() => page.evaluate(readTooltip).then((tip) => tip?.term)).toBe('Leg cramp');
    await popup.evaluate(sendToReaderTab, { type: 'lookup', text: 'soleos' });
    await expect
      .poll(() => page.evaluate(readTooltip).then((tip) => tip?.term))
      .toBe('“soleos” is not in the glossary');
    expect((await page.evaluate(readTooltip))?.text).toContain('soleus');
    // A message that is not one of ours gets no answer and changes nothing.
    const before = await page.evaluate(readTooltip);
    const answer = await popup.evaluate(sendToReaderTab, { type: 'lookup', text: 42 }).catch(() => undefined);
    expect(answer).toBeUndefined();
    expect((await page.evaluate(readTooltip))?.card).toBe(before?.card);
    await popup.close();
    await page.close();
  });

  it('marks nothing on a site switched off, and marks it again when switched back on', async () => {
    await driver().setStorage({ disabledSites: ['127.0.0.1'] });
    try {
      const page = await driver().open(server.url('/forum.html'));
      // Started and decided: marking would have registered its highlights before `termlight:ready`.
      await expect.poll(() => page.evaluate(isReady), { timeout: 10_000 }).toBe(true);
      expect(await page.evaluate(() => CSS.highlights.has('termlight'))).toBe(false);
      expect(await page.evaluate(readMarks)).toEqual([]);
      await driver().setStorage({ disabledSites: [] });
      await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).not.toHaveLength(0);
      await page.close();
    } finally {
      await driver().setStorage({ disabledSites: [] });
    }
  });

  it('rejects a bad import with a message naming the line, keeping the packs; imports a good one', async () => {
    const options = await driver().openExtensionPage('options.html');
    const packTitles = () =>
      options.evaluate(() => [...document.querySelectorAll('.pack h3')].map((h) => h.textContent));
    await expect.poll(packTitles).toEqual(['Calf muscle']);
    await options.evaluate(chooseImportFile, ['hostile.csv', BAD_CSV] as [string, string]);
    const message = () => options.evaluate(() => document.getElementById('import-message')?.textContent ?? '');
    await expect.poll(message).toContain('line 3, term: may contain only letters');
    expect(await message()).toContain('nothing has changed');
    expect(await options.evaluate(() => document.querySelectorAll('#import-message img').length)).toBe(0);
    expect(await packTitles()).toEqual(['Calf muscle']);
    await options.evaluate(chooseImportFile, ['Leg terms.csv', GOOD_CSV] as [string, string]);
    await expect.poll(message).toContain('Imported “Leg terms”: 1 entries.');
    await expect.poll(packTitles).toEqual(['Calf muscle', 'Leg terms']);
    // The imported term is marked on pages at once.
    const page = await driver().open(server.url('/forum.html'));
    await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).not.toHaveLength(0);
    await options.evaluate(() =>
      document.querySelector<HTMLButtonElement>('button[aria-label="Remove “Leg terms”"]')!.click(),
    );
    await expect.poll(packTitles).toEqual(['Calf muscle']);
    await options.close();
    await page.close();
  });
}

inEachBrowser('reader features', () => server.origin, readerTests);
