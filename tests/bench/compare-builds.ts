// `node tests/bench/compare-builds.ts <dir A> <dir B> [loads]`: two built Chrome extensions (copies of
// `.output/chrome-mv3` from two versions of the code) on the same generated pages, their loads
// interleaved A, B, B, A… so that a machine getting busier or quieter weighs on both alike. Prints
// medians, minimums and how many pairs B won, for the total, for the time from navigation start to
// the first marks in view (pages with terms) and to the content script's start, and for the page's
// own DOMContentLoaded and load (Navigation Timing: what the extension must not delay); fails if a
// build marks a different number of terms from one load to another, and prints both builds' numbers
// where they differ (a change of the marking). Read the pairs: on a shared 2-core machine one build
// against itself won 5 and 4 of 10 pairs while its medians were 15 % apart, so 3–7 of 10 is no
// difference, and only 9 or 10 of 10 is one (sign test, p ≈ 0.01).
// Also the bundle's evaluation: each build is loaded from a copy whose content script begins with
// a mark (`lab:bundle-start`), and the time from it to `termlight:start` (set first in `main()`) is
// what evaluating the bundle took — a task on every page, before any slice, that the totals leave out.
// And on the 600-post thread, the bench's append: 100 posts added after the first pass, the sum of
// the slices of the passes after the first (what `npm run bench` prints as "append 100 posts").
// `[pages]`, comma-separated (forum-600,forum-4000,article,docs), runs only those pages.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, type ChromiumSession } from '../support/chromium.ts';
import { startFixtureServer } from '../support/fixture-server.ts';
import { appendPosts } from '../e2e/page-probes.ts';
import { docsPage, forumPosts, forumThread, longArticle } from './generate-pages.ts';
import { idleCount, isTermlightIdle, recordLongTasks, termlightMetrics } from './page-metrics.ts';
import { benchArticlePath } from './article-path.ts';

const [dirA, dirB, loadsArgument, pagesArgument] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: node tests/bench/compare-builds.ts <dir A> <dir B> [loads] [pages]');
const LOADS = Number(loadsArgument ?? 10);
const articlePath = benchArticlePath();

const pagesDir = mkdtempSync(join(tmpdir(), 'termlight-compare-'));
const PAGES = {
  'forum-600': forumThread(600, articlePath),
  'forum-4000': forumThread(4000, articlePath),
  article: longArticle(450),
  docs: docsPage(160),
};
for (const [name, html] of Object.entries(PAGES)) writeFileSync(join(pagesDir, `${name}.html`), html);
const pageNames = pagesArgument?.split(',') ?? Object.keys(PAGES);
const APPEND_PAGE = 'forum-600';
const appended = forumPosts(100, articlePath);
const BUNDLE_START = 'lab:bundle-start';
/** A copy of a build whose content script marks its first statement. */
function withBundleMark(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'termlight-compare-build-'));
  cpSync(dir, copy, { recursive: true });
  const script = join(copy, 'content-scripts', 'content.js');
  writeFileSync(script, `performance.mark('${BUNDLE_START}');` + readFileSync(script, 'utf8'));
  return copy;
}
const server = await startFixtureServer(`${pagesDir}/`);
const a = await launchChromium(server.origin, { extensionDir: withBundleMark(dirA) });
const b = await launchChromium(server.origin, { extensionDir: withBundleMark(dirB) });
for (const session of [a, b]) await session.context.addInitScript(recordLongTasks);

/** Termlight's first pass on one fresh load of `name`: the sum of its slices, its first marks, ms. */
async function firstPass(session: ChromiumSession, name: string) {
  const page = await session.context.newPage();
  await page.goto(server.url(`/${name}.html`));
  await page.waitForFunction(isTermlightIdle, undefined, { timeout: 120_000, polling: 100 });
  const { total, firstPaint, firstPaintAfterStart, start, domContentLoaded, load, hits } = await page.evaluate(
    termlightMetrics,
    [0, 0] as [number, number],
  );
  const evaluation = await page.evaluate(
    (name) =>
      performance.getEntriesByName('termlight:start')[0]!.startTime - performance.getEntriesByName(name)[0]!.startTime,
    BUNDLE_START,
  );
  let append = { total: -1, hits: -1 };
  if (name === APPEND_PAGE) {
    const idles = await page.evaluate(idleCount);
    await page.evaluate(appendPosts, appended);
    await page.waitForFunction((n) => performance.getEntriesByName('termlight:idle').length > n, idles, {
      polling: 50,
    });
    append = await page.evaluate(termlightMetrics, [1, Number.MAX_SAFE_INTEGER] as [number, number]);
  }
  await page.close();
  return { total, evaluation, firstPaint, firstPaintAfterStart, start, domContentLoaded, load, hits, append };
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
for (const name of pageNames) {
  const loads = { a: [] as Awaited<ReturnType<typeof firstPass>>[], b: [] as Awaited<ReturnType<typeof firstPass>>[] };
  // One load each first: the browsers' own first-load costs stay out of the pairs.
  await firstPass(a, name);
  await firstPass(b, name);
  for (let load = 0; load < LOADS; load++) {
    const order = load % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const);
    for (const which of order) loads[which].push(await firstPass(which === 'a' ? a : b, name));
  }
  // Each build marks the same on every load; two builds may differ where the marking changed (the
  // page's own health signal marks more on a health page: page-health.ts), and say so.
  const hitsOf = (of: typeof loads.a) => new Set(of.map((load) => load.hits));
  const [hitsA, hitsB] = [hitsOf(loads.a), hitsOf(loads.b)];
  if (hitsA.size > 1 || hitsB.size > 1)
    throw new Error(
      `${name}: a build marked different numbers of terms on different loads (A ${[...hitsA]}, B ${[...hitsB]})`,
    );
  if (loads.a[0]!.hits !== loads.b[0]!.hits)
    console.log(`${name}: the builds mark different numbers of terms: A ${loads.a[0]!.hits}, B ${loads.b[0]!.hits}`);
  const compare = (what: string, of: (load: (typeof loads.a)[number]) => number) => {
    const [timesA, timesB] = [loads.a.map(of), loads.b.map(of)];
    const wins = timesB.filter((time, i) => time < timesA[i]!).length;
    const figures = (values: number[]) =>
      `median ${median(values).toFixed(1)} ms, min ${Math.min(...values).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms`;
    console.log(
      `${name}, ${what}: A ${figures(timesA)} | B ${figures(timesB)} | B faster in ${wins} of ${LOADS} pairs`,
    );
  };
  compare('total', (load) => load.total);
  if (loads.a[0]!.append.total >= 0) {
    const appendHits = new Set([...loads.a, ...loads.b].map((load) => load.append.hits));
    if (appendHits.size > 1) console.log(`${name}: the append's marks differ between loads: ${[...appendHits]}`);
    compare('append 100 posts (passes after the first)', (load) => load.append.total);
  }
  compare("the bundle's evaluation (its first statement to termlight:start)", (load) => load.evaluation);
  if (loads.a[0]!.firstPaint >= 0) {
    compare('first marks in view, from navigation start', (load) => load.firstPaint);
    compare("first marks in view, from the content script's start", (load) => load.firstPaintAfterStart);
  }
  compare("content script's start, from navigation start", (load) => load.start);
  compare('DOMContentLoaded done, from navigation start', (load) => load.domContentLoaded);
  compare('load done, from navigation start', (load) => load.load);
}
await a.close();
await b.close();
await server.close();
