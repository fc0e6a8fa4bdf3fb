import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserDriver, PageHandle } from '../support/drivers.ts';
import { inEachBrowser } from '../support/in-each-browser.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { chooseImportFile, pointOfText, readMarks, readTooltip, sendToReaderTab } from './page-probes.ts';

let server: FixtureServer;
let axeSource: string;
beforeAll(async () => {
  server = await startFixtureServer();
  axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
});
afterAll(() => server?.close());

interface Violation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

/** axe-core's WCAG 2.2 A/AA rules over the page, shadow roots included; violations as readable lines. */
async function audit(page: PageHandle, include?: string[]): Promise<string[]> {
  await page.addScript(axeSource);
  const violations = await page.evaluate(async (context?: string[]) => {
    const axe = (
      globalThis as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: Violation[] }> } }
    ).axe;
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
    const result = await axe.run(context ? { include: [context] } : document, {
      runOnly: { type: 'tag', values: tags },
    });
    return result.violations;
  }, include);
  return violations.map((v) => `${v.id}: ${v.help} — ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

const PACK_CSV = 'term,definition,category\nhamstring,The group of muscles at the back of the thigh.,anatomy\n';

/** Runs in the popup: types a query into the search box, as a reader would. */
function search(query: string): void {
  const input = document.getElementById('search') as HTMLInputElement;
  input.value = query;
  input.dispatchEvent(new Event('input'));
}

/** Runs in the page: the tooltip's opacity once painted (axe measures contrast on what is painted). */
function tooltipOpacity(): string {
  const box = document.querySelector('termlight-ui')?.shadowRoot?.querySelector('.tippy-box');
  return box ? getComputedStyle(box).opacity : '';
}

/**
 * Runs in a page or the popup: colours the reader sees, as computed, from the tooltip's shadow
 * root if there is one. Both come from src/ui/tokens.css, so the same meaning has the same colour.
 */
function urgentEdgeColour(): string {
  const root: ParentNode = document.querySelector('termlight-ui')?.shadowRoot ?? document;
  const edge = root.querySelector('.tl-card__urgent, .entry__urgent');
  return edge ? getComputedStyle(edge).borderLeftColor : '';
}

const URGENT_RED = 'rgb(220, 38, 38)'; // --tl-urgent, light scheme

function accessibilityTests(driver: () => BrowserDriver) {
  it('popup: no WCAG 2.2 A/AA violations, in the list and in an entry', async () => {
    const popup = await driver().openExtensionPage('popup.html');
    await expect.poll(() => popup.evaluate(() => document.querySelectorAll('li.entry').length)).toBeGreaterThan(40);
    expect(await audit(popup)).toEqual([]);
    expect(await popup.evaluate(urgentEdgeColour)).toBe(URGENT_RED);
    await popup.evaluate(() => document.querySelector<HTMLButtonElement>('.entry__open')!.click());
    expect(await audit(popup)).toEqual([]);
    await popup.close();
  });

  it('popup over a marked page: no violations with "On this page" filled, in search results and in an urgent entry', async () => {
    const page = await driver().open(server.url('/forum.html'));
    await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).not.toHaveLength(0);
    const popup = await driver().openExtensionPage('popup.html');
    await expect
      .poll(() => popup.evaluate(() => document.querySelectorAll('.page-term__show').length), { timeout: 10_000 })
      .toBeGreaterThan(3);
    expect(await audit(popup)).toEqual([]);
    await popup.evaluate(search, 'calf');
    await expect.poll(() => popup.evaluate(() => document.querySelectorAll('.result').length)).toBeGreaterThan(2);
    expect(await audit(popup)).toEqual([]);
    await popup.evaluate(search, '');
    await popup.evaluate(() =>
      document.querySelector<HTMLButtonElement>('#entry-calf-muscle--deep-vein-thrombosis .entry__open')!.click(),
    );
    await expect.poll(() => popup.evaluate(() => document.getElementById('entry-view')!.hidden)).toBe(false);
    expect(await audit(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('options: no WCAG 2.2 A/AA violations, bare and with an imported pack, sites and terms not marked', async () => {
    const options = await driver().openExtensionPage('options.html');
    try {
      await expect.poll(() => options.evaluate(() => document.querySelectorAll('.pack').length)).toBe(1);
      expect(await audit(options)).toEqual([]);
      await driver().setStorage({
        disabledSites: ['example.com', 'news.example.org'],
        hiddenEntries: ['calf-muscle/soleus'],
      });
      await options.evaluate(chooseImportFile, ['Leg terms.csv', PACK_CSV] as [string, string]);
      await expect.poll(() => options.evaluate(() => document.querySelectorAll('.pack').length)).toBe(2);
      await expect.poll(() => options.evaluate(() => document.querySelectorAll('#sites button').length)).toBe(2);
      await expect.poll(() => options.evaluate(() => document.querySelectorAll('#hidden-terms button').length)).toBe(1);
      expect(await audit(options)).toEqual([]);
    } finally {
      await driver().setStorage({ disabledSites: [], hiddenEntries: [], importedPacks: [] });
      await options.close();
    }
  });

  it('an open tooltip on a marked page, and a lookup that misses: no WCAG 2.2 A/AA violations', async () => {
    const page = await driver().open(server.url('/forum.html'));
    await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).not.toHaveLength(0);
    const point = await page.evaluate(pointOfText, ['DVT', 0] as [string, number]);
    await page.mouseMove(point.x, point.y);
    await expect.poll(() => page.evaluate(readTooltip).then((tip) => tip?.term)).toBe('Deep vein thrombosis');
    await expect.poll(() => page.evaluate(tooltipOpacity)).toBe('1');
    expect(await audit(page, ['termlight-ui'])).toEqual([]);
    // The tokens reach the shadow root (:host): the same red as the popup's.
    expect(await page.evaluate(urgentEdgeColour)).toBe(URGENT_RED);
    // And the marked page as a whole, tooltip open: marks are highlights, not elements, and add none.
    expect(await audit(page)).toEqual([]);
    // "Not in the glossary", with the closest entries as buttons.
    const popup = await driver().openExtensionPage('popup.html');
    await popup.evaluate(sendToReaderTab, { type: 'lookup', text: 'soleos' });
    await popup.close();
    await expect
      .poll(() => page.evaluate(readTooltip).then((tip) => tip?.term))
      .toBe('“soleos” is not in the glossary');
    await expect.poll(() => page.evaluate(tooltipOpacity)).toBe('1');
    expect(await audit(page, ['termlight-ui'])).toEqual([]);
    await page.close();
  });
}

inEachBrowser('accessibility', () => server.origin, accessibilityTests);
