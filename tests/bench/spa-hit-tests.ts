// `node tests/bench/spa-hit-tests.ts [rounds]`: what one hit test costs on the e2e tests' single-page
// app (tests/e2e/fixtures/spa.js) with 20,000 posts and with 200, right after a navigation, in
// headless Chromium and Firefox ESR, no extension. At each of the viewport painter's nine points
// (viewport-anchors.ts), `elementFromPoint` and `caretPositionFromPoint` are timed 20 times, each
// time 1 px further, so that Chromium's cache of the last hit test never answers; the layout is
// clean (two frames and a task after the navigation). Prints per browser, posts and point the median
// time of one call, and what the caret found. Firefox's clock is coarse (1 ms), hence the 20 calls timed together.
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { BROWSER_BINARIES } from '../support/extension-paths.ts';
import { startFixtureServer } from '../support/fixture-server.ts';

interface Page {
  goto(url: string): Promise<unknown>;
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
}
const ROUNDS = Number(process.argv[2] ?? 3);
const CALLS = 20;

/** In the page: the nine points' times (ms per call) for one way, after a navigation. */
async function timePoints([posts, way, calls]: [number, 'element' | 'caret', number]) {
  (window as unknown as { spa: { navigate(topic: string, count: number): void } }).spa.navigate(way, posts);
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  await new Promise((done) => setTimeout(done, 50));
  const rows: [string, number, string][] = [];
  for (const y of [0.02, 0.5, 0.98])
    for (const x of [0.1, 0.5, 0.9]) {
      let found = '';
      const start = performance.now();
      for (let i = 0; i < calls; i++) {
        const [px, py] = [x * innerWidth + i, y * innerHeight + (y > 0.5 ? -i : i)];
        if (way === 'element') found = document.elementFromPoint(px, py)?.nodeName ?? '';
        else found = document.caretPositionFromPoint(px, py)?.offsetNode.nodeName ?? '';
      }
      rows.push([`${x},${y}`, (performance.now() - start) / calls, found]);
    }
  return rows;
}

const server = await startFixtureServer();
const open = {
  async chromium() {
    const browser = await chromium.launch({ executablePath: BROWSER_BINARIES.chromium, args: ['--no-sandbox'] });
    return { page: (await browser.newPage()) as unknown as Page, close: () => browser.close() };
  },
  async firefox() {
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: BROWSER_BINARIES.firefox });
    return { page: (await browser.newPage()) as unknown as Page, close: () => browser.close() };
  },
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
for (const [name, launch] of Object.entries(open)) {
  for (const posts of [20_000, 200]) {
    const { page, close } = await launch();
    await page.goto(server.url(`/spa.html?posts=${posts}`));
    const times = new Map<string, number[]>();
    const found = new Map<string, string>();
    for (let round = 0; round < ROUNDS; round++)
      for (const way of round % 2 ? (['caret', 'element'] as const) : (['element', 'caret'] as const))
        for (const [point, ms, node] of await page.evaluate(timePoints, [posts, way, CALLS] as [
          number,
          typeof way,
          number,
        ])) {
          const key = `${way} ${point}`;
          times.set(key, [...(times.get(key) ?? []), ms]);
          found.set(key, node);
        }
    await close();
    console.log(`${name}, ${posts} posts, ${ROUNDS} navigations, ms per call (median, range):`);
    for (const [key, values] of times)
      console.log(
        `  ${key.padEnd(18)} ${median(values).toFixed(3)} (${Math.min(...values).toFixed(3)}–${Math.max(...values).toFixed(3)}) → ${found.get(key)}`,
      );
  }
}
await server.close();
