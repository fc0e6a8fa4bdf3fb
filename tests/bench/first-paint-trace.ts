// `node tests/bench/first-paint-trace.ts DIR [loads]`: what the page's main thread ran between the
// content script's start (`termlight:start`) and its first marks in view (`termlight:first-paint`)
// on the 4,000-post bench thread, read from a Chromium trace (CDP `Tracing`) of each load (default
// 3) with one copy of `.output/chrome-mv3`: the longest style recalculation (`UpdateLayoutTree`)
// after the start and, with `--tasks`, every task in that span, when it began after the start, how
// long it took and its longest events inside, so that waits (for the settings' answer) can be told
// from work. Prints, does not judge.
import { isTermlightIdle } from './page-metrics.ts';
import { openForumThreads } from './forum-threads.ts';
import { TRACE_CATEGORIES, type TraceEvent } from './trace-slices.ts';

const [dir, loadsArgument] = process.argv.slice(2).filter((arg) => arg !== '--tasks');
if (!dir) throw new Error('usage: node tests/bench/first-paint-trace.ts <dir> [loads]');
const LOADS = Number(loadsArgument ?? 3);
const isListing = process.argv.includes('--tasks');
const { server, session } = await openForumThreads(dir, 'trace');

for (let load = 0; load <= LOADS; load++) {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: TRACE_CATEGORIES },
    transferMode: 'ReportEvents',
  });
  await page.goto(server.url('/forum-4000.html'));
  await page.waitForFunction(isTermlightIdle, undefined, { timeout: 120_000, polling: 100 });
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  // One load first: the browser's own first-load costs stay out of the figures.
  if (load === 0) continue;
  const markOf = (name: string) => events.find((event) => event.name === name && event.cat.includes('user_timing'));
  const start = markOf('termlight:start');
  const painted = markOf('termlight:first-paint');
  if (!start || !painted) {
    console.log(`load ${load}: no marks in the trace`);
    continue;
  }
  const ms = (us: number) => ((us - start.ts) / 1000).toFixed(1);
  const onThread = events.filter((event) => event.pid === start.pid && event.tid === start.tid && event.ph === 'X');
  // The page's style recalculations after the start: adopting a style sheet makes one of the whole page.
  const styles = onThread.filter((event) => event.name === 'UpdateLayoutTree' && event.ts >= start.ts);
  const longest = styles.reduce<TraceEvent | undefined>(
    (worst, event) => (!worst || event.dur! > worst.dur! ? event : worst),
    undefined,
  );
  console.log(
    `load ${load}: first marks ${ms(painted.ts)} ms after the start; longest style recalculation after the start ` +
      (longest ? `${(longest.dur! / 1000).toFixed(1)} ms at ${ms(longest.ts)} ms` : 'none'),
  );
  if (!isListing) continue;
  // Top-level events of the span: tasks, and anything not inside one (the trace's own nesting).
  const span = onThread
    .filter((event) => event.ts + event.dur! >= start.ts - 1000 && event.ts <= painted.ts)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  let end = -Infinity;
  for (const top of span) {
    if (top.ts < end) continue;
    end = top.ts + top.dur!;
    if (top.dur! < 300) continue;
    const inside = span
      .filter((event) => event !== top && event.ts >= top.ts && event.ts < end)
      .sort((a, b) => b.dur! - a.dur!)
      .slice(0, 5)
      .map((event) => `${event.name} ${(event.dur! / 1000).toFixed(1)}`);
    const from = (top.args?.src_func ?? (top.args?.data as { src_func?: string } | undefined)?.src_func) as
      string | undefined;
    console.log(
      `  ${ms(top.ts).padStart(6)} +${(top.dur! / 1000).toFixed(1)} ms ${top.name}${from ? ` (${from})` : ''}: ${inside.join(', ')}`,
    );
  }
}
await session.close();
await server.close();
