// `node tests/bench/spa-host-search.ts [rounds]`: ways of finding open shadow roots on the e2e tests'
// 120k-node single-page app (tests/e2e/fixtures/spa.js, 20,000 posts) right after a navigation, in
// an isolated world as a content script runs (CDP `Page.createIsolatedWorld`, headless Chromium, no
// extension): asking every element (shadow-hosts.ts), one `querySelectorAll` of the standard host
// names, one XPath query for custom elements, and the way of possible-hosts.ts (the standard names'
// live collections, 500 elements a step, then the XPath query). Each way runs after a navigation of
// its own, ways interleaved, in a world that first keeps what the huge descent keeps (a wrapper for
// each post's <article>, <p> and first text node); then 400,000 small objects are allocated, whose
// time grows with the wrappers the way added for the scavenger. Prints medians and each round's figures: the total, the
// longest step, and the allocation after.
import { chromium } from 'playwright-core';
import { STANDARD_HOSTS } from '../../src/page/possible-hosts.ts';
import { BROWSER_BINARIES } from '../support/extension-paths.ts';
import { startFixtureServer } from '../support/fixture-server.ts';
interface Spa {
  spa: { navigate(topic: string, posts: number): void };
}
const server = await startFixtureServer();
const browser = await chromium.launch({ executablePath: BROWSER_BINARIES.chromium, args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(server.url('/spa.html?posts=20000'));
const cdp = await page.context().newCDPSession(page);
const { frameTree } = await cdp.send('Page.getFrameTree');
const STD = STANDARD_HOSTS;
const methods: Record<string, string> = {
  none: `[[0], 0, 0]`,
  every: `(() => { const w = document.createTreeWalker(document.body, 1); const chunks = []; let found = 0, n = 0; for (;;) { const a = performance.now(); let e; for (let i = 0; i < 500; i++) { e = w.nextNode(); if (!e) break; n++; if (e.shadowRoot) found++; } chunks.push(performance.now() - a); if (!e) break; } return [chunks, n, found]; })()`,
  stdQsa: `(() => { const a = performance.now(); const list = document.body.querySelectorAll(${JSON.stringify(STD.join(','))}); const q = performance.now() - a; const chunks = [q]; let found = 0; for (let i = 0; i < list.length; i += 500) { const b = performance.now(); for (let j = i; j < Math.min(i + 500, list.length); j++) if (list[j].shadowRoot) found++; chunks.push(performance.now() - b); } return [chunks, list.length, found]; })()`,
  xpathCustom: `(() => { const a = performance.now(); const r = document.evaluate('.//*[contains(local-name(), "-")]', document.body, null, 7, null); return [[performance.now() - a], r.snapshotLength, 0]; })()`,
  possible: `(() => { const chunks = []; let n = 0, found = 0; const lists = [...${JSON.stringify(STD)}.map((tag) => () => document.body.getElementsByTagName(tag)), () => { const r = document.evaluate('.//*[contains(local-name(), "-")]', document.body, null, 7, null); return { item: (i) => r.snapshotItem(i) }; }]; for (const open of lists) { let list, i = 0; for (;;) { const b = performance.now(); list ??= open(); let e; for (let k = 0; k < 500; k++) { e = list.item(i); if (!e) break; i++; n++; if (e.shadowRoot) found++; } chunks.push(performance.now() - b); if (!e) break; } } return [chunks, n, found]; })()`,
};
// What the huge descent keeps before the search runs (huge-descent.ts, lazy-block.ts): a wrapper
// for each post's <article>, its <p> and the <p>'s first text node, held by the marked blocks.
const DESCENT = `globalThis.kept = [...document.body.querySelectorAll('article, p')].map((each) => [each, each.firstChild]); 0`;
const ALLOC = `(() => { const a = performance.now(); let keep = []; for (let i = 0; i < 400000; i++) { keep.push({ i, s: 'x' + i }); if (keep.length > 5000) keep = []; } return performance.now() - a; })()`;
const rows: Record<string, { total: number[]; max: number[]; alloc: number[]; n: number }> = {};
const order = Object.keys(methods);
for (let round = 0; round < Number(process.argv[2] ?? 6); round++) {
  for (const name of round % 2 ? [...order].reverse() : order) {
    await page.evaluate((i) => (window as unknown as Spa).spa.navigate(`t${i}`, 20000), round);
    await page.waitForTimeout(300);
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'w' + round + name,
    });
    const run = async (expression: string) =>
      (await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true })).result
        .value;
    await run(DESCENT);
    const [chunks, n] = await run(methods[name]!);
    const alloc = await run(ALLOC);
    const row = (rows[name] ??= { total: [], max: [], alloc: [], n });
    row.total.push(chunks.reduce((s: number, x: number) => s + x, 0));
    row.max.push(Math.max(...chunks));
    row.alloc.push(alloc);
  }
}
const med = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!.toFixed(1);
for (const [name, r] of Object.entries(rows))
  console.log(
    `${name.padEnd(12)} elements ${r.n}: total median ${med(r.total)} ms [${r.total.map((x) => x.toFixed(0))}], longest step median ${med(r.max)} ms [${r.max.map((x) => x.toFixed(1))}], allocation after median ${med(r.alloc)} ms [${r.alloc.map((x) => x.toFixed(0))}]`,
  );
await browser.close();
await server.close();
