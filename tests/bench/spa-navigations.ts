// `node tests/bench/spa-navigations.ts [--trace] [--chromium|--firefox] [--navigations N] [ROOT …]`:
// the 120k-node single-page app of the e2e tests (tests/e2e/fixtures/spa.js, 20,000 posts) loaded, then navigated
// N times (default 8), each view swapped whole by the page's own `replaceChildren`. Prints, per
// browser, build and navigation, Termlight's longest slice and the sum of its slices. A ROOT holds
// `chrome-mv3` and `firefox-mv3` (default `.output`); with several, navigations are interleaved
// A, B, B, A… so a machine growing busier weighs on all alike. `--trace` records a Chromium trace
// (CDP `Tracing`, with V8's GC events, and a CPU profile: build with TERMLIGHT_NO_MINIFY=1 for
// names) and lists what ran in each slice ≥ 20 ms, with its CPU time (a slice much longer than its
// CPU time waited for a core), every collection, and the slices holding the viewport look's hit
// tests (CPU samples in `caretPositionFromPoint`, any length). In Chromium, the heap after a forced
// collection once the navigations are done.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { startFixtureServer } from '../support/fixture-server.ts';
import { launchFirefox } from '../support/firefox.ts';
import { idleCount } from './page-metrics.ts';
import { profileOfSlices, samplesInSlices, type CpuProfile } from './profile-slices.ts';
import { collections, sliceCpuTimes, summarizeTrace, TRACE_CATEGORIES, type TraceEvent } from './trace-slices.ts';

const args = process.argv.slice(2);
const isTracing = args.includes('--trace');
/** `--chromium` or `--firefox`: that browser only. */
const only = ['chromium', 'firefox'].find((name) => args.includes(`--${name}`));
const navigationsAt = args.indexOf('--navigations');
const NAVIGATIONS = navigationsAt >= 0 ? Number(args[navigationsAt + 1]) : 8;
const roots = args.filter((arg, i) => !arg.startsWith('--') && !(navigationsAt >= 0 && i === navigationsAt + 1));
if (roots.length === 0) roots.push('.output');
const POSTS = 20_000;

interface Probe {
  evaluate<T, A>(fn: (arg: A) => T, arg: A): Promise<T>;
}
interface Run {
  root: string;
  page: Probe;
  /** Longest slice and sum of slices of each navigation. */
  results: { longest: number; total: number; blocks: number; top: string }[];
  close: () => Promise<void>;
  cdp?: CDPSession;
  events?: TraceEvent[];
}

const server = await startFixtureServer();
const url = server.url(`/spa.html?posts=${POSTS}`);

/** Slices of passes after `fromPass` (the navigation's), summed, with the three longest. */
function slicesSince(fromPass: number) {
  type Detail = { pass: number; blocks: number };
  const slices = (performance.getEntriesByName('termlight:scan') as PerformanceMeasure[]).filter(
    (entry) => (entry.detail as Detail).pass > fromPass,
  );
  const longest = [...slices].sort((a, b) => b.duration - a.duration);
  return {
    longest: longest[0]?.duration ?? 0,
    total: slices.reduce((sum, entry) => sum + entry.duration, 0),
    blocks: slices.reduce((sum, entry) => sum + (entry.detail as Detail).blocks, 0),
    top: longest
      .slice(0, 3)
      .map((entry) => `${entry.duration.toFixed(1)} ms (${(entry.detail as Detail).blocks} blocks)`)
      .join(', '),
  };
}
function lastPass(): number {
  const marks = performance.getEntriesByName('termlight:idle') as PerformanceMark[];
  return (marks.at(-1)?.detail as { pass: number } | undefined)?.pass ?? 0;
}
function navigate([topic, posts]: [string, number]): void {
  (window as unknown as { spa: { navigate(topic: string, posts: number): void } }).spa.navigate(topic, posts);
}

async function waitIdle(page: Probe, above: number): Promise<void> {
  const deadline = Date.now() + 120_000;
  while ((await page.evaluate(idleCount, undefined)) <= above) {
    if (Date.now() > deadline) throw new Error('Termlight did not go idle within 120 s');
    await new Promise((done) => setTimeout(done, 100));
  }
}

async function openChromium(root: string): Promise<Run> {
  const session = await launchChromium(server.origin, { extensionDir: resolve(join(root, 'chrome-mv3')) });
  const page = await session.context.newPage();
  await page.goto(url);
  const probe: Probe = { evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never };
  await waitIdle(probe, 0);
  const cdp = await session.context.newCDPSession(page);
  const run: Run = { root, page: probe, results: [], close: () => session.close(), cdp };
  if (isTracing) {
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: TRACE_CATEGORIES },
      transferMode: 'ReportEvents',
    });
    run.events = events;
  }
  return run;
}

async function openFirefox(root: string): Promise<Run> {
  const session = await launchFirefox(server.origin, { extensionDir: resolve(join(root, 'firefox-mv3')) });
  const page = await session.newPage();
  await page.goto(url);
  const probe: Probe = { evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never };
  await waitIdle(probe, 0);
  return { root, page: probe, results: [], close: () => session.close() };
}

async function oneNavigation(run: Run, topic: string): Promise<void> {
  const before = await run.page.evaluate(lastPass, undefined);
  const idle = await run.page.evaluate(idleCount, undefined);
  await run.page.evaluate(navigate, [topic, POSTS] as [string, number]);
  await waitIdle(run.page, idle);
  run.results.push(await run.page.evaluate(slicesSince, before));
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
for (const [browser, open] of [
  ['chromium', openChromium],
  ['firefox', openFirefox],
] as const) {
  if (only && only !== browser) continue;
  const runs: Run[] = [];
  for (const root of roots) runs.push(await open(root));
  for (let i = 0; i < NAVIGATIONS; i++) {
    const order = i % 2 === 0 ? runs : [...runs].reverse();
    for (const run of order) await oneNavigation(run, `page-${i}`);
  }
  for (const run of runs) {
    const longest = run.results.map((result) => result.longest);
    console.log(
      `${browser} ${run.root}: longest slice per navigation ${longest.map((ms) => ms.toFixed(0)).join(', ')} ms ` +
        `(median ${median(longest).toFixed(1)}, max ${Math.max(...longest).toFixed(1)}); ` +
        `sum of slices, median ${median(run.results.map((result) => result.total)).toFixed(1)} ms`,
    );
    for (const [i, result] of run.results.entries())
      console.log(`  navigation ${i}: ${result.blocks} blocks, ${result.total.toFixed(1)} ms; longest ${result.top}`);
    if (run.cdp && run.events) {
      const complete = new Promise((done) => run.cdp!.once('Tracing.tracingComplete', done));
      await run.cdp.send('Tracing.end');
      await complete;
      const { profile } = await run.cdp.send('Profiler.stop');
      // For chrome://tracing or Perfetto: test-results/spa-trace-N.json.
      mkdirSync('test-results', { recursive: true });
      const file = `test-results/spa-trace-${runs.indexOf(run)}.json`;
      writeFileSync(file, JSON.stringify({ traceEvents: run.events }));
      console.log(`  trace: ${file}`);
      const cpu = sliceCpuTimes(run.events, 5).sort((a, b) => b.cpu - a.cpu);
      console.log(
        `  CPU time of the slices of ≥ 5 ms, longest first: ${cpu
          .slice(0, 8)
          .map((each) => `${each.cpu.toFixed(1)} (wall ${each.wall.toFixed(1)})`)
          .join(', ')} ms; ${cpu.filter((each) => each.cpu >= 50).length} of ≥ 50 ms CPU`,
      );
      // The viewport look's hit tests (viewport-anchors.ts), in slices of their own after each walk.
      const allCpu = sliceCpuTimes(run.events, 0);
      const looks = samplesInSlices(run.events, profile as CpuProfile, 'caretPositionFromPoint');
      console.log(
        `  hit tests (samples in caretPositionFromPoint) in ${looks.length} slices: ${looks
          .map(
            ({ index, ms }) =>
              `${ms.toFixed(1)} (slice CPU ${allCpu[index]?.cpu.toFixed(1)}, wall ${allCpu[index]?.wall.toFixed(1)})`,
          )
          .join(', ')} ms; sum ${looks.reduce((sum, { ms }) => sum + ms, 0).toFixed(1)} ms`,
      );
      for (const line of [
        ...summarizeTrace(run.events, 20),
        ...collections(run.events),
        ...profileOfSlices(run.events, profile as CpuProfile, 20),
      ])
        console.log(`  ${line}`);
    }
    if (run.cdp) {
      // What the page and Termlight keep for the last view; after the trace, which must not hold
      // the forced collections.
      await run.cdp.send('HeapProfiler.collectGarbage');
      const heap = await run.cdp.send('Runtime.getHeapUsage');
      console.log(`  heap after a forced collection: ${(heap.usedSize / 1e6).toFixed(1)} MB`);
    }
    await run.close();
  }
}
await server.close();
