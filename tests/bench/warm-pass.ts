// `node tests/bench/warm-pass.ts <dir> [loads]`: how much of Termlight's first pass over the two
// forum threads is code running cold (V8's tiers, the nodes' first wrappers in the extension's
// world). `dir` is a copy of `.output/chrome-mv3` from a lab build with
// `git apply tests/bench/lab/second-pass.patch`: when the first pass is done, the engine is
// destroyed and the same pass runs again in the same page, measured as `lab:scan2` (or with
// `second-pass-fresh-nodes.patch`, over a copy of the body's nodes, which have no wrapper in the
// extension's world yet: V8's warm code apart from the wrappers). Prints, per
// page, the medians and ranges of both sums of slices over `loads` loads (default 6, after one
// left out), and their ratio in each load. The second pass also finds the index empty and the
// nodes' wrappers made: it is the cost of the work with everything warm, not a pass that can be
// had on a fresh page.
import { loadavg } from 'node:os';
import { openForumThreads } from './forum-threads.ts';

const [dir, loadsArgument] = process.argv.slice(2);
if (!dir) throw new Error('usage: node tests/bench/warm-pass.ts <dir> [loads]');
const LOADS = Number(loadsArgument ?? 6);

const { names, server, session } = await openForumThreads(dir, 'warm');

/** Evaluated in the page: both passes' sums of slices, ms, and the terms each marked. */
function bothPasses() {
  const of = (name: string) => {
    const slices = performance.getEntriesByName(name) as PerformanceMeasure[];
    const matches = slices.reduce((sum, slice) => sum + (slice.detail as { matches: number }).matches, 0);
    return { total: slices.reduce((sum, slice) => sum + slice.duration, 0), slices: slices.length, matches };
  };
  return { cold: of('termlight:scan'), warm: of('lab:scan2') };
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
const figures = (values: number[]) =>
  `${median(values).toFixed(1)} ms (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`;
console.log(
  `load average ${loadavg()
    .map((each) => each.toFixed(1))
    .join(' ')}`,
);
for (const name of names) {
  const loads: ReturnType<typeof bothPasses>[] = [];
  for (let load = 0; load <= LOADS; load++) {
    const page = await session.context.newPage();
    await page.goto(server.url(`/${name}.html`));
    await page.waitForFunction(() => performance.getEntriesByName('lab:idle2').length > 0, undefined, {
      timeout: 120_000,
      polling: 100,
    });
    const passes = await page.evaluate(bothPasses);
    await page.close();
    if (passes.cold.matches !== passes.warm.matches) throw new Error(`${name}: the two passes marked differently`);
    if (load > 0) loads.push(passes);
  }
  const ratios = loads.map((load) => (load.warm.total / load.cold.total).toFixed(2)).join(' ');
  console.log(
    `${name}: first pass ${figures(loads.map((load) => load.cold.total))}, ` +
      `the same pass warm ${figures(loads.map((load) => load.warm.total))}; warm ÷ first per load ${ratios}`,
  );
}
await session.close();
await server.close();
