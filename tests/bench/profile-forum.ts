// `node tests/bench/profile-forum.ts <dir> [loads]`: where Termlight's first pass over the two forum
// threads goes, in Chromium. `dir` is a copy of `.output/chrome-mv3` built with
// TERMLIGHT_NO_MINIFY=1 (functions keep their names, modules their `// src/…` headings). Each page
// is loaded `loads` times (default 5, after one load left out) with a CDP CPU profile and a trace
// of the User Timing measures, which share the profile's clock. Only samples inside a
// `termlight:scan` slice count; each is charged to a part of the work by the modules on its stack
// (profile-parts.ts). Prints per part the median over the loads (ms of samples) with the range,
// and the slices: how many, their sum, the longest. The profiler slows what it samples (at 100 µs
// the sum of the slices is about 1.3–2× an unprofiled load's): read the shares, not the
// milliseconds. Environment: PROFILE_US (sampling interval, default 200), PROFILE_DEPTH=N (parts
// named by the N functions below `runSlice` instead), PROFILE_SLICES=N (the first N slices only:
// the cold start), PROFILE_MEASURE and PROFILE_IDLE (a lab build's own measure and idle mark, e.g.
// a second pass), PROFILE_APPEND=1 (the 600-post thread only, profiled from its first pass's end:
// 100 posts appended as `npm run bench` does, and the slices of the passes that follow).
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { appendPosts } from '../e2e/page-probes.ts';
import { benchArticlePath } from './article-path.ts';
import { openForumThreads } from './forum-threads.ts';
import { forumPosts } from './generate-pages.ts';
import { modulesByLine, partOf, type Frame } from './profile-parts.ts';
import type { CpuProfile } from './profile-slices.ts';
import { slicesOf, type TraceEvent } from './trace-slices.ts';

const [dir, loadsArgument] = process.argv.slice(2);
if (!dir) throw new Error('usage: node tests/bench/profile-forum.ts <dir> [loads]');
const LOADS = Number(loadsArgument ?? 5);
const DEPTH = Number(process.env.PROFILE_DEPTH ?? 0);
const INTERVAL_US = Number(process.env.PROFILE_US ?? 200);
const FIRST_SLICES = Number(process.env.PROFILE_SLICES ?? Infinity);
const MEASURE = process.env.PROFILE_MEASURE ?? 'termlight:scan';
const IDLE = process.env.PROFILE_IDLE ?? 'termlight:idle';
const APPENDED = process.env.PROFILE_APPEND ? forumPosts(100, benchArticlePath()) : undefined;
const moduleOfLine = modulesByLine(readFileSync(join(dir, 'content-scripts', 'content.js'), 'utf8'));

const { names, server, session } = await openForumThreads(dir, 'profile');

/** A call frame with its module (extension code) or its name alone (natives, the collector). */
const frameOf = ({ functionName, url, lineNumber }: CpuProfile['nodes'][number]['callFrame']): Frame =>
  url.includes('content-scripts/content.js')
    ? { name: functionName || '(anonymous)', module: moduleOfLine[lineNumber] ?? '' }
    : { name: functionName || (url ? '(page)' : '(native)'), module: '' };

/**
 * With PROFILE_DEPTH: the `DEPTH` functions below `runSlice` (or, for a batch of changes, the
 * engine's `onBatch`), with their lines (methods share names).
 */
function chainOf(stack: readonly Frame[], lines: readonly number[]): string {
  const at = stack.findIndex((frame) => frame.name === 'runSlice' || frame.name === 'onBatch');
  if (at < 0) return partOf(stack);
  const below = stack.slice(at + 1, at + 1 + DEPTH).map((frame, i) => `${frame.name}:${lines[at + 1 + i]! + 1}`);
  return below.length === 0 ? 'runSlice (self)' : below.join(' > ');
}

/** One load: ms of samples per part inside the slices, and the slices themselves. */
async function profiledLoad(name: string) {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  let idles = 0;
  if (APPENDED) {
    await page.goto(server.url(`/${name}.html`));
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, IDLE, { polling: 100 });
    idles = await page.evaluate((mark) => performance.getEntriesByName(mark).length, IDLE);
  }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: INTERVAL_US });
  await cdp.send('Profiler.start');
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['blink.user_timing'] },
    transferMode: 'ReportEvents',
  });
  if (APPENDED) await page.evaluate(appendPosts, APPENDED);
  else await page.goto(server.url(`/${name}.html`));
  await page.waitForFunction(([mark, n]) => performance.getEntriesByName(mark).length > n, [IDLE, idles] as const, {
    timeout: 120_000,
    polling: APPENDED ? 20 : 100,
  });
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.end');
  await complete;
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await page.close();

  const slices = slicesOf(events, 0, MEASURE).slice(0, FIRST_SLICES);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const partOfSample = (id: number) => {
    const stack: Frame[] = [];
    const lines: number[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const { callFrame } = byId.get(at)!;
      if (callFrame.functionName === '(root)') continue;
      stack.unshift(frameOf(callFrame));
      lines.unshift(callFrame.lineNumber);
    }
    return DEPTH > 0 ? chainOf(stack, lines) : partOf(stack);
  };
  const parts = new Map<string, number>();
  let time = profile.startTime;
  const times = profile.timeDeltas.map((delta) => (time += delta));
  let slice = 0;
  for (const [i, sample] of profile.samples.entries()) {
    const at = times[i]!;
    while (slice < slices.length && slices[slice]!.end <= at) slice++;
    if (slice >= slices.length || at < slices[slice]!.start) continue;
    // Deltas can be negative (samples out of order): a sample counts no time then.
    const gap = Math.max(0, Math.min((times[i + 1] ?? at) - at, slices[slice]!.end - at));
    const part = partOfSample(sample);
    parts.set(part, (parts.get(part) ?? 0) + gap / 1000);
  }
  const lengths = slices.map((each) => (each.end - each.start) / 1000);
  return {
    parts,
    slices: lengths.length,
    total: lengths.reduce((sum, each) => sum + each, 0),
    longest: Math.max(...lengths),
  };
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
const range = (values: number[]) => `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;
console.log(
  `load average ${loadavg()
    .map((each) => each.toFixed(1))
    .join(' ')}`,
);
for (const name of APPENDED ? ['forum-600'] : names) {
  await profiledLoad(name);
  const loads: Awaited<ReturnType<typeof profiledLoad>>[] = [];
  for (let load = 0; load < LOADS; load++) loads.push(await profiledLoad(name));
  const totals = loads.map((load) => load.total);
  console.log(
    `${name} (${LOADS} loads, profiled): sum of slices median ${median(totals).toFixed(1)} ms (${range(totals)}), ` +
      `slices ${median(loads.map((load) => load.slices))}, longest ${median(loads.map((load) => load.longest)).toFixed(1)} ms`,
  );
  const names = [...new Set(loads.flatMap((load) => [...load.parts.keys()]))];
  const sampled = loads.map((load) => [...load.parts.values()].reduce((sum, ms) => sum + ms, 0));
  const rows = names.map((part) => {
    const values = loads.map((load) => load.parts.get(part) ?? 0);
    const share = median(values.map((ms, i) => (100 * ms) / sampled[i]!));
    return { part, median: median(values), range: range(values), share };
  });
  rows.sort((x, y) => y.median - x.median);
  for (const row of rows.filter((each) => each.median >= 0.3))
    console.log(
      `  ${row.median.toFixed(1).padStart(6)} ms (${row.range}) ${row.share.toFixed(0).padStart(3)} %  ${row.part}`,
    );
}
await session.close();
await server.close();
