// `node tests/bench/first-paint-parts.ts <dir> [<dir B>] [loads]`: where the time from the content
// script's start to its first marks in view goes. Loads both forum threads `loads` times (default 8)
// with one built Chrome extension (a copy of `.output/chrome-mv3`), and prints the median time after
// `termlight:start` of every User Timing mark whose name starts with `termlight:` or `lab:` (a lab
// build adds its own `lab:` marks where it wants to look), and of the end of each of the first
// slices, with the range over the loads; then the time from the first slice's start (the
// settings' answer taken) to the first marks, the first pass's total (the sum of its slices) and
// its longest slice. With a second build, each in a browser of its own, loads interleaved A, B, B,
// A… so a machine growing busier weighs on both alike, and for each row the pairs B came sooner in
// (3–7 of 10 is no difference: compare-builds.ts); fails if the builds mark different numbers of
// terms.
import type { Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { openForumThreads } from './forum-threads.ts';
import { isTermlightIdle, termlightMetrics } from './page-metrics.ts';

const args = process.argv.slice(2);
const dirs = args.filter((arg) => !/^\d+$/.test(arg));
if (dirs.length < 1 || dirs.length > 2)
  throw new Error('usage: node tests/bench/first-paint-parts.ts <dir> [<dir B>] [loads]');
const LOADS = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 8);
const FIRST_SLICES = 3;
/** Rows of the whole first pass, not times after the start: printed last. */
const PASS_ROWS = ['first marks after slice 1', 'first pass total', 'longest slice'];

const { names, server, session } = await openForumThreads(dirs[0]!, 'parts');
const sessions = [session];
for (const dir of dirs.slice(1)) sessions.push(await launchChromium(server.origin, { extensionDir: dir }));

/** Evaluated in the page: every mark of ours, and the first slices' ends, as ms after the start. */
function partsOfLoad(firstSlices: number): Record<string, number> {
  const [start] = performance.getEntriesByName('termlight:start');
  const parts: Record<string, number> = {};
  if (!start) return parts;
  for (const mark of performance.getEntriesByType('mark'))
    if (/^(termlight|lab):/.test(mark.name) && !(mark.name in parts))
      parts[mark.name] = mark.startTime - start.startTime;
  const slices = performance.getEntriesByName('termlight:scan').slice(0, firstSlices);
  for (const [i, slice] of slices.entries()) {
    parts[`slice ${i + 1} start`] = slice.startTime - start.startTime;
    parts[`slice ${i + 1} end`] = slice.startTime + slice.duration - start.startTime;
  }
  // The first slice begins as the settings' answer is taken: from there on, the time is ours.
  const [painted] = performance.getEntriesByName('termlight:first-paint');
  if (painted && slices[0]) parts['first marks after slice 1'] = painted.startTime - slices[0].startTime;
  return parts;
}

/** One fresh load of `name`: its parts, the first pass's total and longest slice, and its marks. */
async function load(page: Page, name: string) {
  await page.goto(server.url(`/${name}.html`));
  await page.waitForFunction(isTermlightIdle, undefined, { timeout: 120_000, polling: 100 });
  const parts = await page.evaluate(partsOfLoad, FIRST_SLICES);
  const metrics = await page.evaluate(termlightMetrics, [0, 0] as [number, number]);
  await page.close();
  return {
    parts: { ...parts, 'first pass total': metrics.total, 'longest slice': metrics.longest },
    hits: metrics.hits,
  };
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
const figure = (values: number[]) =>
  values.length === 0
    ? '—'
    : `${median(values).toFixed(1)} (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`;
for (const name of names) {
  const loads: Record<string, number>[][] = sessions.map(() => []);
  const hits = sessions.map(() => new Set<number>());
  // One load each first: the browser's own first-load costs stay out of the figures.
  for (let round = 0; round <= LOADS; round++) {
    const order = round % 2 === 0 ? sessions.keys() : [...sessions.keys()].reverse();
    for (const which of order) {
      const result = await load(await sessions[which]!.context.newPage(), name);
      if (round === 0) continue;
      loads[which]!.push(result.parts);
      hits[which]!.add(result.hits);
    }
  }
  const marked = hits.map((set) => [...set].join(', '));
  if (new Set(marked).size > 1 || hits.some((set) => set.size > 1))
    throw new Error(`${name}: different numbers of marks (${marked.join(' | ')})`);
  const at = (which: number, row: string) =>
    loads[which]!.map((parts) => parts[row]).filter((time) => time !== undefined);
  const order = (row: string) => median(at(0, row).length ? at(0, row) : at(1, row));
  const rows = [...new Set(loads.flatMap((each) => each.flatMap((parts) => Object.keys(parts))))]
    .filter((row) => !PASS_ROWS.includes(row))
    .sort((x, y) => order(x) - order(y))
    .concat(PASS_ROWS);
  console.log(`${name} (${LOADS} loads, ${marked[0]} marks): ms after termlight:start, median (range)`);
  console.log(`  ${''.padEnd(28)} ${dirs.map((dir, i) => `${'AB'[i]}: ${dir}`.padEnd(24)).join(' ')}`);
  for (const row of rows) {
    const cells = sessions.map((_, which) => figure(at(which, row)).padEnd(24));
    const [a, b] = [loads[0]!.map((parts) => parts[row]), loads[1]?.map((parts) => parts[row])];
    const sooner = b && b.filter((time, i) => time !== undefined && a[i] !== undefined && time < a[i]).length;
    console.log(`  ${row.padEnd(28)} ${cells.join(' ')}${b ? ` B sooner in ${sooner} of ${LOADS}` : ''}`);
  }
}
for (const each of sessions) await each.close();
await server.close();
