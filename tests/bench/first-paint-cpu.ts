// `node tests/bench/first-paint-cpu.ts <dir A> <dir B> [loads] [mark]`: the main thread's CPU time,
// not only the wall time, from a User Timing mark (default `termlight:start`) to the first marks in
// view (`termlight:first-paint`), on both forum threads, two builds (copies of `.output/chrome-mv3`)
// each in a browser of its own, loads interleaved A, B, B, A… (default 10). Read from a Chromium
// trace of each load: the thread timestamps (`tts`) of the two marks. On this shared 2-core machine
// (load average 7–8), 10 loads of the 600-post thread took 15.4–66.7 ms of wall time from the
// settings' answer to the first marks and 14.2–21.1 ms of the thread's CPU: a change of a
// millisecond or two shows, if anywhere, in the CPU time. With
// `lab:answer` as the mark (both builds with `git apply tests/bench/lab/answer-mark.patch`), it is
// the time from the settings' answer: our own work, not the wait for the answer. Prints medians,
// ranges and the pairs in which B took less (3–7 of 10 is no difference: compare-builds.ts).
import type { TraceEvent } from './trace-slices.ts';
import { launchChromium, type ChromiumSession } from '../support/chromium.ts';
import { openForumThreads } from './forum-threads.ts';
import { isTermlightIdle } from './page-metrics.ts';

const args = process.argv.slice(2);
const [dirA, dirB] = args;
if (!dirA || !dirB) throw new Error('usage: node tests/bench/first-paint-cpu.ts <dir A> <dir B> [loads] [mark]');
const LOADS = Number(args.find((arg, i) => i > 1 && /^\d+$/.test(arg)) ?? 10);
const FROM = args.find((arg, i) => i > 1 && !/^\d+$/.test(arg)) ?? 'termlight:start';

const { server, session, names } = await openForumThreads(dirA, 'cpu');
const sessions = [session, await launchChromium(server.origin, { extensionDir: dirB })];

/** One traced load: wall and thread CPU ms from `FROM` to the first marks in view. */
async function load(of: ChromiumSession, name: string) {
  const page = await of.context.newPage();
  const cdp = await of.context.newCDPSession(page);
  const events: (TraceEvent & { tts?: number })[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as typeof events)));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['blink.user_timing', 'toplevel'] },
    transferMode: 'ReportEvents',
  });
  await page.goto(server.url(`/${name}.html`));
  await page.waitForFunction(isTermlightIdle, undefined, { timeout: 120_000, polling: 100 });
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  const markOf = (mark: string) => events.find((event) => event.name === mark && event.cat.includes('user_timing'));
  const [from, to] = [markOf(FROM), markOf('termlight:first-paint')];
  if (from?.tts === undefined || to?.tts === undefined)
    throw new Error(`${name}: no ${FROM} or first marks in the trace`);
  return { wall: (to.ts - from.ts) / 1000, cpu: (to.tts - from.tts) / 1000 };
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
const figure = (values: number[]) =>
  `${median(values).toFixed(1)} (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`;
for (const name of names) {
  const loads: { wall: number; cpu: number }[][] = [[], []];
  // One load each first: the browsers' own first-load costs stay out of the pairs.
  for (let round = 0; round <= LOADS; round++)
    for (const which of round % 2 === 0 ? [0, 1] : [1, 0]) {
      const result = await load(sessions[which]!, name);
      if (round > 0) loads[which]!.push(result);
    }
  const [a, b] = loads as [(typeof loads)[0], (typeof loads)[0]];
  const less = (kind: 'wall' | 'cpu') => b.filter((each, i) => each[kind] < a[i]![kind]).length;
  console.log(`${name}, ${FROM} → termlight:first-paint, ms, median (range), ${LOADS} loads:`);
  for (const kind of ['wall', 'cpu'] as const)
    console.log(
      `  ${kind.padEnd(4)} A ${figure(a.map((each) => each[kind])).padEnd(20)} B ${figure(b.map((each) => each[kind])).padEnd(20)} B less in ${less(kind)} of ${LOADS}`,
    );
}
for (const each of sessions) await each.close();
await server.close();
