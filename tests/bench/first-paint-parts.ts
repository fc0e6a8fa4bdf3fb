// `node tests/bench/first-paint-parts.ts <dir> [loads]`: where the time from the content script's
// start to its first marks in view goes. Loads both forum threads `loads` times (default 8) with
// one built Chrome extension (a copy of `.output/chrome-mv3`), and prints the median time after
// `termlight:start` of every User Timing mark whose name starts with `termlight:` or `lab:` (a lab
// build adds its own `lab:` marks where it wants to look), and of the end of each of the first
// slices, with the range over the loads.
import { openForumThreads } from './forum-threads.ts';
import { isTermlightIdle } from './page-metrics.ts';

const [dir, loadsArgument] = process.argv.slice(2);
if (!dir) throw new Error('usage: node tests/bench/first-paint-parts.ts <dir> [loads]');
const LOADS = Number(loadsArgument ?? 8);
const FIRST_SLICES = 3;

const { names, server, session } = await openForumThreads(dir, 'parts');

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
  return parts;
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
for (const name of names) {
  const loads: Record<string, number>[] = [];
  // One load first: the browser's own first-load costs stay out of the figures.
  for (let load = 0; load <= LOADS; load++) {
    const page = await session.context.newPage();
    await page.goto(server.url(`/${name}.html`));
    await page.waitForFunction(isTermlightIdle, undefined, { timeout: 120_000, polling: 100 });
    const parts = await page.evaluate(partsOfLoad, FIRST_SLICES);
    await page.close();
    if (load > 0) loads.push(parts);
  }
  const names = [...new Set(loads.flatMap((parts) => Object.keys(parts)))];
  const rows = names.map((part) => {
    const times = loads.map((parts) => parts[part]).filter((time) => time !== undefined);
    return { part, median: median(times), min: Math.min(...times), max: Math.max(...times), count: times.length };
  });
  rows.sort((x, y) => x.median - y.median);
  console.log(`${name} (${LOADS} loads): ms after termlight:start, median (range)`);
  for (const row of rows)
    console.log(
      `  ${row.part.padEnd(28)} ${row.median.toFixed(1).padStart(7)}  (${row.min.toFixed(1)}–${row.max.toFixed(1)})` +
        (row.count < loads.length ? ` in ${row.count} loads` : ''),
    );
}
await session.close();
await server.close();
