import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserDriver, PageHandle } from '../support/drivers.ts';
import { inEachBrowser } from '../support/in-each-browser.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { pointOfText, readMarks, readTooltip } from './page-probes.ts';

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

function accessibilityTests(driver: () => BrowserDriver) {
  it('popup: no WCAG 2.2 A/AA violations, in the list and in an entry', async () => {
    const popup = await driver().openExtensionPage('popup.html');
    await expect.poll(() => popup.evaluate(() => document.querySelectorAll('li.entry').length)).toBeGreaterThan(40);
    expect(await audit(popup)).toEqual([]);
    await popup.evaluate(() => document.querySelector<HTMLButtonElement>('.entry__open')!.click());
    expect(await audit(popup)).toEqual([]);
    await popup.close();
  });

  it('options: no WCAG 2.2 A/AA violations', async () => {
    const options = await driver().openExtensionPage('options.html');
    await expect.poll(() => options.evaluate(() => document.querySelectorAll('.pack').length)).toBe(1);
    expect(await audit(options)).toEqual([]);
    await options.close();
  });

  it('an open tooltip on a marked page: no WCAG 2.2 A/AA violations', async () => {
    const page = await driver().open(server.url('/forum.html'));
    await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).not.toHaveLength(0);
    const point = await page.evaluate(pointOfText, ['DVT', 0] as [string, number]);
    await page.mouseMove(point.x, point.y);
    await expect.poll(() => page.evaluate(readTooltip).then((tip) => tip?.term)).toBe('Deep vein thrombosis');
    // Let the fade-in finish: axe measures contrast on what is painted.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await audit(page, ['termlight-ui'])).toEqual([]);
    // And the marked page as a whole, tooltip open: marks are highlights, not elements, and add none.
    expect(await audit(page)).toEqual([]);
    await page.close();
  });
}

inEachBrowser('accessibility', () => server.origin, accessibilityTests);
