// `node tests/bench/match-forum.ts [old-checkout]`: the bundled matcher over the block texts of the
// 600-post bench thread, in Node. Cold is the first pass of a fresh process (each of 5 processes
// prints one); warm is the median of 15 later passes. Each as wall time and as the main thread's CPU
// time (waiting for a shared core inflates the first). `old-checkout` times another checkout's
// matcher on the same text, e.g. 0.2.2's: `git archive 32d79a7 src glossary | tar -x -C DIR`.
// The forum page is built from the source article (TERMLIGHT_ARTICLE, see article-path.ts).
// `--earlier` gives each block the four before it as its earlier blocks, as the page gives a
// paragraph the paragraphs before it in its post (earlier-blocks.ts): the most that rule may read.
// Prints times, not verdicts: this machine is shared.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchArticlePath } from './article-path.ts';
import { forumBlockTexts } from './forum-blocks.ts';
import { checkoutMatcher } from './checkout-matcher.ts';
import { forumThread } from './generate-pages.ts';
import { MAX_EARLIER_BLOCKS, MAX_EARLIER_CHARS } from '../../src/page/earlier-blocks.ts';

const PROCESSES = 5;
const WARM_PASSES = Number(process.env.WARM_PASSES ?? 15);
const here = fileURLToPath(import.meta.url);
const thisRoot = fileURLToPath(new URL('../..', import.meta.url));
const isEarlier = process.argv.includes('--earlier');

/** One process: compile, then time the passes. Prints `cold warm marks` as JSON. */
async function timeOne(root: string) {
  const matcher = await checkoutMatcher(root);
  const blocks = forumBlockTexts(forumThread(600, benchArticlePath()));
  // This thread's CPU time too: on a shared machine, waiting for a core inflates the wall time.
  const cpuMs = () => {
    const { user, system } = process.threadCpuUsage();
    return (user + system) / 1000;
  };
  const pass = () => {
    let marks = 0;
    const [start, cpuStart] = [performance.now(), cpuMs()];
    for (let k = 0; k < blocks.length; k++) marks += matcher.match(blocks[k]!, undefined, earlierOf(k)).length;
    return { ms: performance.now() - start, cpu: cpuMs() - cpuStart, marks };
  };
  const earlierOf = (k: number) =>
    isEarlier
      ? () =>
          blocks
            .slice(Math.max(0, k - MAX_EARLIER_BLOCKS), k)
            .join('\n')
            .slice(-MAX_EARLIER_CHARS)
      : undefined;
  const cold = pass();
  const warms = Array.from({ length: WARM_PASSES }, pass);
  const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1]!;
  const kB = blocks.join('\n').length / 1000;
  console.log(
    JSON.stringify({
      cold: cold.ms,
      coldCpu: cold.cpu,
      warm: median(warms.map((run) => run.ms)),
      warmCpu: median(warms.map((run) => run.cpu)),
      marks: cold.marks,
      blocks: blocks.length,
      kB,
    }),
  );
}

function report(name: string, root: string) {
  const runs = Array.from({ length: PROCESSES }, () =>
    JSON.parse(
      execFileSync(process.execPath, [here, '--one', root, ...(isEarlier ? ['--earlier'] : [])], { encoding: 'utf8' }),
    ),
  ) as { cold: number; coldCpu: number; warm: number; warmCpu: number; marks: number; blocks: number; kB: number }[];
  const range = (values: number[]) =>
    `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)} ms (median ${values.sort((a, b) => a - b)[values.length >> 1]!.toFixed(1)})`;
  const first = runs[0]!;
  console.log(
    `${name}: ${first.blocks} blocks, ${first.kB.toFixed(0)} kB, ${first.marks} marks; ` +
      `cold ${range(runs.map((run) => run.cold))}, CPU ${range(runs.map((run) => run.coldCpu))}; ` +
      `warm ${range(runs.map((run) => run.warm))}, CPU ${range(runs.map((run) => run.warmCpu))}`,
  );
}

const one = process.argv.indexOf('--one');
if (one !== -1) await timeOne(process.argv[one + 1]!);
else {
  report('this checkout', thisRoot);
  const other = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  if (other) report(other, other);
}
