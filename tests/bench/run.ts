// `npm run bench`: Termlight's content script against three references on generated pages, in
// headless Chromium, all in one run on one machine, then Termlight alone in Firefox ESR on the same
// pages. Prints figures and ratios, not verdicts.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../support/chromium.ts';
import { startFixtureServer } from '../support/fixture-server.ts';
import { appendPosts } from '../e2e/page-probes.ts';
import { firefoxLoads } from './firefox-loads.ts';
import { docsPage, forumPosts, forumThread, longArticle } from './generate-pages.ts';
import { runMatcherScaling } from './matcher-scaling.ts';
import {
  domNodeCount,
  idleCount,
  isReferenceDone,
  isTermlightIdle,
  recordLongTasks,
  referenceMetrics,
  runLiveUpdates,
  termlightMetrics,
  termlightShare,
  type ScanMetrics,
} from './page-metrics.ts';
import { writeReferenceExtensions } from './reference-extensions.ts';
import { benchArticlePath } from './article-path.ts';

const LOADS = Number(process.env.BENCH_LOADS ?? 5);
const root = fileURLToPath(new URL('../../', import.meta.url));
const articlePath = benchArticlePath();
const pack = JSON.parse(readFileSync(join(root, 'glossary', 'calf-muscle.json'), 'utf8')) as {
  entries: { term: string; aliases: string[]; abbreviations: string[] }[];
};
const forms = pack.entries.flatMap((entry) => [entry.term, ...entry.aliases, ...entry.abbreviations]);

const pagesDir = mkdtempSync(join(tmpdir(), 'termlight-bench-pages-'));
const PAGES = {
  'forum 600 posts': ['forum-600.html', forumThread(600, articlePath)],
  'forum 4,000 posts': ['forum-4000.html', forumThread(4000, articlePath)],
  'long non-medical article': ['article.html', longArticle(450)],
  'docs page, no terms': ['docs.html', docsPage(160)],
} as const;
for (const [file, html] of Object.values(PAGES)) writeFileSync(join(pagesDir, file), html);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const medianMetrics = (runs: ScanMetrics[]): ScanMetrics => ({
  firstPaint: median(runs.map((r) => r.firstPaint)),
  firstPaintAfterStart: median(runs.map((r) => r.firstPaintAfterStart)),
  start: median(runs.map((r) => r.start)),
  domContentLoaded: median(runs.map((r) => r.domContentLoaded)),
  load: median(runs.map((r) => r.load)),
  total: median(runs.map((r) => r.total)),
  longest: median(runs.map((r) => r.longest)),
  slices: median(runs.map((r) => r.slices)),
  hits: median(runs.map((r) => r.hits)),
  painted: median(runs.map((r) => r.painted)),
  nodesAdded: median(runs.map((r) => r.nodesAdded)),
  longestTask: Math.max(...runs.map((r) => r.longestTask)),
  longestTaskHeld: runs.reduce((worst, r) => (r.longestTask > worst.longestTask ? r : worst)).longestTaskHeld,
});

const server = await startFixtureServer(`${pagesDir}/`);
const references = writeReferenceExtensions(forms);
const variants = {
  termlight: undefined,
  floor: references.floor,
  walk: references.walk,
  'mark.js': references.markjs,
} as const;
type Variant = keyof typeof variants;
const results: Record<
  string,
  Record<Variant, ScanMetrics> & { nodes: number; append?: ScanMetrics; heap?: Partial<Record<Variant, number>> }
> = {};

/** Pages whose JavaScript heap is measured after a forced garbage collection. */
const HEAP_PAGES = new Set(['forum-4000.html']);
/**
 * The renderer's JavaScript heap (MB) after a forced collection: CDP `Runtime.getHeapUsage` counts
 * the whole isolate, the page's world and the content script's together, so Termlight's share is
 * read against the floor's (whose script keeps nothing once it has counted).
 */
async function heapAfterGc(session: ChromiumSession, page: Page): Promise<number> {
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

/** One fresh load of `file` with `variant`'s content script: its first pass (and, for Termlight on the 600-post thread, an append). */
async function measureLoad(session: ChromiumSession, variant: Variant, file: string) {
  const page = await session.context.newPage();
  await page.goto(server.url(`/${file}`));
  let append: ScanMetrics | undefined;
  let nodes = 0;
  let heap: number | undefined;
  let run: ScanMetrics;
  if (variant === 'termlight') {
    await page.waitForFunction(isTermlightIdle, undefined, { timeout: 120_000, polling: 100 });
    run = await page.evaluate(termlightMetrics, [0, 0] as [number, number]);
    nodes = await page.evaluate(domNodeCount);
    if (file === 'forum-600.html') {
      const idles = await page.evaluate(idleCount);
      await page.evaluate(appendPosts, forumPosts(100, articlePath));
      await page.waitForFunction((n) => performance.getEntriesByName('termlight:idle').length > n, idles, {
        polling: 50,
      });
      append = await page.evaluate(termlightMetrics, [1, Number.MAX_SAFE_INTEGER] as [number, number]);
    }
  } else {
    await page.waitForFunction(isReferenceDone, undefined, { timeout: 120_000, polling: 100 });
    run = await page.evaluate(referenceMetrics);
  }
  if (HEAP_PAGES.has(file) && (variant === 'termlight' || variant === 'floor')) heap = await heapAfterGc(session, page);
  await page.close();
  return { run, append, nodes, heap };
}

// Every variant has a browser of its own, and their loads are interleaved (the order turning each
// round), so a machine getting busier or quieter during the run weighs on all of them alike.
const sessions = new Map<Variant, ChromiumSession>();
for (const [variant, extensionDir] of Object.entries(variants) as [Variant, string | undefined][]) {
  const session = await launchChromium(server.origin, { extensionDir });
  await session.context.addInitScript(recordLongTasks);
  sessions.set(variant, session);
}
const order = [...sessions.keys()];
for (const [name, [file]] of Object.entries(PAGES)) {
  const runs = new Map<Variant, ScanMetrics[]>(order.map((variant) => [variant, []]));
  const appends: ScanMetrics[] = [];
  const heaps = new Map<Variant, number[]>();
  const entry = (results[name] = { nodes: 0 } as (typeof results)[string]);
  for (let load = 0; load < LOADS; load++) {
    for (let k = 0; k < order.length; k++) {
      const variant = order[(k + load) % order.length]!;
      const { run, append, nodes, heap } = await measureLoad(sessions.get(variant)!, variant, file);
      runs.get(variant)!.push(run);
      if (heap !== undefined) heaps.set(variant, [...(heaps.get(variant) ?? []), heap]);
      if (append) appends.push(append);
      if (nodes) entry.nodes = nodes;
    }
  }
  for (const [variant, each] of runs) entry[variant] = medianMetrics(each);
  if (appends.length > 0) entry.append = medianMetrics(appends);
  if (heaps.size > 0) entry.heap = Object.fromEntries([...heaps].map(([variant, each]) => [variant, median(each)]));
}
for (const session of sessions.values()) await session.close();

// A live page: a clock rewritten 20×/s and a post appended every 100 ms, for 10 s.
const LIVE_SECONDS = 10;
const live = await (async () => {
  const session = await launchChromium(server.origin);
  const page = await session.context.newPage();
  await page.goto(server.url('/forum-600.html'));
  await page.waitForFunction(isTermlightIdle, undefined, { timeout: 120_000, polling: 100 });
  const from = await page.evaluate(() => performance.now());
  await page.evaluate(runLiveUpdates, [LIVE_SECONDS, forumPosts(50, articlePath)] as [number, string[]]);
  const to = await page.evaluate(() => performance.now());
  const result = await page.evaluate(termlightShare, [from, to] as [number, number]);
  await session.close();
  return result;
})();
const firefox = await firefoxLoads(
  server.origin,
  Object.fromEntries(Object.entries(PAGES).map(([name, [file]]) => [name, server.url(`/${file}`)])),
  LOADS,
);
await server.close();

const ms = (value: number) => `${value.toFixed(1)} ms`;
/** When the first marks came, from navigation start, against the content script's start and the page's DOMContentLoaded. */
const pageTimes = (r: Pick<ScanMetrics, 'firstPaint' | 'firstPaintAfterStart' | 'start' | 'domContentLoaded'>) =>
  (r.firstPaint >= 0
    ? `first marks in view ${ms(r.firstPaint)} from navigation start (${ms(r.firstPaintAfterStart)} after the content script's start)`
    : 'nothing to paint') +
  `; content script started at ${ms(r.start)}, DOMContentLoaded done at ${ms(r.domContentLoaded)}`;
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');
console.log(`\nTermlight benchmark — headless Chromium, ${LOADS} loads per page, medians (longest task: worst load)\n`);
for (const [name, r] of Object.entries(results)) {
  console.log(`${name} (${r.nodes.toLocaleString('en')} DOM nodes)`);
  console.log(
    `  Termlight  ${ms(r.termlight.total)} in ${r.termlight.slices} slices, longest slice ${ms(r.termlight.longest)}, ` +
      `longest task holding a slice ${r.termlight.longestTask ? `${ms(r.termlight.longestTask)} (held: ${r.termlight.longestTaskHeld})` : '< 50 ms'}, ${r.termlight.hits} marks ` +
      `(${r.termlight.painted} painted in view), ` +
      pageTimes(r.termlight),
  );
  console.log(`  floor      ${ms(r.floor.total)} (one task), ${r.floor.hits} hits`);
  console.log(`  walk       ${ms(r.walk.total)} (one task), ${r.walk.hits} runs of text, no matching`);
  console.log(
    `  mark.js    ${ms(r['mark.js'].total)} (one task), ${r['mark.js'].hits} hits, +${r['mark.js'].nodesAdded} DOM nodes`,
  );
  console.log(
    `  ratios     Termlight/floor ${ratio(r.termlight.total, r.floor.total)}, Termlight/mark.js ${ratio(r.termlight.total, r['mark.js'].total)}, ` +
      `walk/floor ${ratio(r.walk.total, r.floor.total)}, Termlight/walk ${ratio(r.termlight.total, r.walk.total)}`,
  );
  const inFirefox = firefox?.[name];
  if (inFirefox)
    console.log(
      `  Firefox    Termlight ${ms(inFirefox.total)}, longest slice ${ms(inFirefox.longest)}, ${inFirefox.hits} marks, ` +
        pageTimes(inFirefox),
    );
  if (r.heap?.termlight !== undefined && r.heap.floor !== undefined)
    console.log(
      `  heap after a forced GC: ${r.heap.termlight.toFixed(1)} MB with Termlight, ${r.heap.floor.toFixed(1)} MB ` +
        `with the floor: Termlight keeps ${(r.heap.termlight - r.heap.floor).toFixed(1)} MB`,
    );
  if (r.append)
    console.log(
      `  append 100 posts: ${ms(r.append.total)} of extension time, ${r.append.hits} marks, longest slice ${ms(r.append.longest)}`,
    );
}

console.log(
  `\nlive page (clock 20×/s, a post every 100 ms, ${LIVE_SECONDS} s): ${ms(live.busy)} of extension work in ` +
    `${live.passes} passes, ${(live.share * 100).toFixed(1)}% of one core`,
);

const scaling = runMatcherScaling(articlePath);
console.log(`\nMatcher scaling (Node, same text): ${scaling.text}`);

mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(
  join(root, 'test-results', 'bench.json'),
  JSON.stringify({ loads: LOADS, results, firefox, live, scaling }, null, 2),
);
console.log('\nwrote test-results/bench.json');
