import { afterAll, beforeAll, expect, it } from 'vitest';
import { termlightShare } from '../bench/page-metrics.ts';
import type { BrowserDriver, PageHandle } from '../support/drivers.ts';
import type { BrowserName } from '../support/extension-paths.ts';
import { inEachBrowser } from '../support/in-each-browser.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { idleCount, markedPostCount, pointOfText, readMarks, readTooltip, sendToReaderTab } from './page-probes.ts';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server?.close());

/** Calls the fixture app (spa.js): `navigate(topic, posts)`, `startLive()`, `stopLive()`. */
const spa = (page: PageHandle, method: string, ...args: unknown[]) =>
  page.evaluate(
    ([name, values]: [string, unknown[]]) =>
      (window as unknown as { spa: Record<string, (...a: unknown[]) => void> }).spa[name]!(...values),
    [method, args] as [string, unknown[]],
  );
const idleMarks = (page: PageHandle) => page.evaluate(idleCount);
const now = (page: PageHandle) => page.evaluate(() => performance.now());
/** The three longest slices, for the log. */
const topSlices = (page: PageHandle) =>
  page.evaluate(() =>
    JSON.stringify(
      (performance.getEntriesByName('termlight:scan') as PerformanceMeasure[])
        .map((entry) => ({ ms: Math.round(entry.duration), ...(entry.detail as object) }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 3),
    ),
  );
/** The longest slice, of passes up to `lastPass` (0: the first walk of the page). */
const longestSlice = (page: PageHandle, lastPass = Infinity) =>
  page.evaluate(
    (last: number) =>
      Math.max(
        0,
        ...(performance.getEntriesByName('termlight:scan') as PerformanceMeasure[])
          .filter((entry) => (entry.detail as { pass: number }).pass <= last)
          .map((entry) => entry.duration),
      ),
    lastPass,
  );
/** Posts the live feed appends (one each 100 ms) before the page moves on: about 2 s of a live page. */
const LIVE_POSTS = 20;

/** Lets the live feed run until `LIVE_POSTS` of its posts on the current view are marked. */
const liveUntilMarked = (page: PageHandle) =>
  expect.poll(() => page.evaluate(markedPostCount, 'live'), { timeout: 30_000 }).toBeGreaterThanOrEqual(LIVE_POSTS);

/** Runs a change, then waits until the engine has drained the work it caused. */
async function changeAndWaitIdle(page: PageHandle, change: () => Promise<unknown>, timeout = 60_000) {
  const before = await idleMarks(page);
  await change();
  await expect.poll(() => idleMarks(page), { timeout }).toBeGreaterThan(before);
}

/** Nodes in the document and in every open shadow root in it (Termlight's tooltip host has one). */
function attachedNodeCount(): number {
  let count = 0;
  const walk = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      count++;
      const shadow = (node as Element).shadowRoot;
      if (shadow) walk(shadow);
    }
  };
  walk(document);
  return count;
}

async function hugePageLeakCheck(driver: () => BrowserDriver, name: BrowserName) {
  const page = await driver().open(server.url('/spa.html?posts=20000'));
  await expect.poll(() => idleMarks(page), { timeout: 60_000 }).toBeGreaterThan(0);
  const textNodes = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let count = 0;
    while (walker.nextNode()) count++;
    return count;
  });
  expect(textNodes).toBeGreaterThanOrEqual(100_000);
  const loadLongest = await longestSlice(page, 0);
  // Tooltips opened by the pointer (the page stays the front tab: background tabs get no frames),
  // alternating between two terms, each closed with Esc.
  const points = [
    await page.evaluate(pointOfText, ['soleus', 0] as [string, number]),
    await page.evaluate(pointOfText, ['calf', 0] as [string, number]),
  ];
  let cycles = 0;
  const tooltipCycle = async () => {
    const point = points[cycles++ % 2]!;
    await page.mouseMove(point.x, point.y);
    await expect.poll(() => page.evaluate(readTooltip)).not.toBeNull();
    await page.press('Escape');
    await expect.poll(() => page.evaluate(readTooltip)).toBeNull();
  };
  const navigate = (topic: string) => changeAndWaitIdle(page, () => spa(page, 'navigate', topic, 20000));
  // Warm up (the tooltip's UI is made on first use), then measure.
  await tooltipCycle();
  await navigate('warm-up');
  const before = { ...(await page.memory()), attached: await page.evaluate(attachedNodeCount) };
  for (let i = 0; i < 50; i++) await tooltipCycle();
  for (let i = 0; i < 5; i++) await navigate(`page-${i}`);
  const after = { ...(await page.memory()), attached: await page.evaluate(attachedNodeCount) };
  const longest = await longestSlice(page);
  console.info(
    `${name}: ${textNodes} text nodes; longest slice ${longest.toFixed(1)} ms; memory before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`,
  );
  console.info(
    `${name}: longest slice of the first walk ${loadLongest.toFixed(1)} ms; longest slices ${await topSlices(page)}`,
  );
  // Timings are reported, not asserted (they flake on shared machines). Counts are exact: no
  // node and no listener may be left behind by 50 tooltips and 5 navigations.
  expect(after.attached).toBeLessThanOrEqual(before.attached);
  if (name === 'chromium') {
    // Counters missing in Chromium are a failure, not a skip.
    expect(before.nodes).toBeTypeOf('number');
    expect(after.nodes).toBeLessThanOrEqual(before.nodes!);
    expect(after.listeners).toBeLessThanOrEqual(before.listeners!);
  }
  await page.close();
}

function dynamicTests(driver: () => BrowserDriver, name: BrowserName) {
  it('infinite scroll, a live clock and SPA navigation: new content marked, removed content dropped', async () => {
    const page = await driver().open(server.url('/spa.html?posts=20'));
    await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).not.toHaveLength(0);
    const from = await now(page);
    await spa(page, 'startLive');
    for (const topic of ['one', 'two', 'three']) {
      await liveUntilMarked(page);
      await spa(page, 'navigate', topic, 20);
    }
    await liveUntilMarked(page);
    await spa(page, 'stopLive');
    const to = await now(page);
    const share = await page.evaluate(termlightShare, [from, to] as [number, number]);
    console.info(
      `${name}: live page ${(to - from) / 1000} s, ${share.busy.toFixed(0)} ms in ${share.passes} passes, ${(share.share * 100).toFixed(1)}% of wall time; longest slice ${(await longestSlice(page)).toFixed(1)} ms`,
    );
    // Timings are reported, not asserted: timed assertions flake on shared machines. The figures
    // (2–3 % of wall time, slices ≤ 15 ms on this machine) are in the README and the issue notes.
    console.info(`${name}: longest slices ${await topSlices(page)}`);

    // The last view: exactly its own terms are indexed; everything the earlier views had is gone.
    await spa(page, 'navigate', 'final', 3);
    await expect
      .poll(() => page.evaluate(readMarks).then((marks) => marks.map(([, text]) => text)))
      .toEqual([
        'calf stretch',
        'calf cramps',
        'soleus',
        'strain',
        'gastrocnemius',
        'Swelling',
        'warmth',
        'blood clot',
      ]);
    const popup = await driver().openExtensionPage('popup.html');
    const terms = (await popup.evaluate(sendToReaderTab, { type: 'get-page-terms' })) as {
      terms: { count: number }[];
    };
    expect(terms.terms.reduce((sum, term) => sum + term.count, 0)).toBe(8);
    await popup.close();
    await page.close();
  }, 60_000);

  // Firefox has no DevTools protocol here: it cannot force a garbage collection or count listeners
  // and detached nodes, so there the check is of the nodes in the document (and its shadow roots).
  const leakCheck =
    name === 'chromium'
      ? 'no node (attached or detached) or listener left behind'
      : 'no node left in the document (listener and detached-node counts: Chromium only, CDP)';
  it(`a huge page (120k text nodes), 50 tooltips and 5 navigations: ${leakCheck}`, async () => {
    await driver().setStorage({ hoverDelayMs: 0 });
    try {
      await hugePageLeakCheck(driver, name);
    } finally {
      await driver().setStorage({ hoverDelayMs: 300 });
    }
  }, 240_000);
}

inEachBrowser('dynamic pages', () => server.origin, dynamicTests);
