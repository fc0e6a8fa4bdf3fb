// `node tests/bench/append-cpu.ts <dir A> <dir B> [loads]`: the bench's append (100 posts added to the
// 600-post thread once its first pass is done, `npm run bench`'s "append 100 posts"), its slices'
// wall time and the main thread's CPU time in them, two builds (copies of `.output/chrome-mv3`) each
// in a browser of its own, loads interleaved A, B, B, A… (default 10). Each append is traced (a
// Chromium trace from the first pass's end to the append's): a slice's CPU is read from the task
// that holds it (trace-slices.ts, `sliceCpuTimes`). On this shared 2-core machine the append's wall
// time spread over 7–43 ms in 16 loads of one build at a load average of 10, waiting for a core:
// its CPU time is what the code costs. Prints medians, ranges and the pairs in which B took less
// (3–7 of 10 is no difference: compare-builds.ts).
import { appendPosts } from '../e2e/page-probes.ts';
import { launchChromium, type ChromiumSession } from '../support/chromium.ts';
import { benchArticlePath } from './article-path.ts';
import { openForumThreads } from './forum-threads.ts';
import { forumPosts } from './generate-pages.ts';
import { idleCount, isTermlightIdle } from './page-metrics.ts';
import { sliceCpuTimes, type TraceEvent } from './trace-slices.ts';

const [dirA, dirB, loadsArgument] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: node tests/bench/append-cpu.ts <dir A> <dir B> [loads]');
const LOADS = Number(loadsArgument ?? 10);
const posts = forumPosts(100, benchArticlePath());

const { server, session } = await openForumThreads(dirA, 'append');
const sessions = [session, await launchChromium(server.origin, { extensionDir: dirB })];

/** One load of the 600-post thread, then the append traced: the sum of its slices' wall and CPU ms. */
async function load(of: ChromiumSession) {
  const page = await of.context.newPage();
  await page.goto(server.url('/forum-600.html'));
  await page.waitForFunction(isTermlightIdle, undefined, { timeout: 120_000, polling: 100 });
  const idles = await page.evaluate(idleCount);
  const cdp = await of.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['blink.user_timing', 'toplevel'] },
    transferMode: 'ReportEvents',
  });
  await page.evaluate(appendPosts, posts);
  await page.waitForFunction((n) => performance.getEntriesByName('termlight:idle').length > n, idles, {
    polling: 20,
  });
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  const slices = sliceCpuTimes(events, 0);
  if (slices.length === 0) throw new Error('no slice of the append in the trace');
  // A slice no traced task holds whole (one that spans a yield) has no CPU figure: its wall time
  // counts instead, an upper bound.
  const sum = (of: (slice: (typeof slices)[number]) => number) => slices.reduce((total, each) => total + of(each), 0);
  return { wall: sum((slice) => slice.wall), cpu: sum((slice) => (Number.isNaN(slice.cpu) ? slice.wall : slice.cpu)) };
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
const figure = (values: number[]) =>
  `${median(values).toFixed(1)} (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`;
const loads: { wall: number; cpu: number }[][] = [[], []];
// One load each first: the browsers' own first-load costs stay out of the pairs.
for (let round = 0; round <= LOADS; round++)
  for (const which of round % 2 === 0 ? [0, 1] : [1, 0]) {
    const result = await load(sessions[which]!);
    if (round > 0) loads[which]!.push(result);
  }
const [a, b] = loads as [(typeof loads)[0], (typeof loads)[0]];
for (const what of ['wall', 'cpu'] as const) {
  const wins = b.filter((each, i) => each[what] < a[i]![what]).length;
  console.log(
    `append 100 posts, ${what === 'wall' ? 'wall' : "main thread's CPU"} ms: A ${figure(a.map((each) => each[what]))} | ` +
      `B ${figure(b.map((each) => each[what]))} | B less in ${wins} of ${LOADS} pairs`,
  );
}
for (const each of sessions) await each.close();
await server.close();
