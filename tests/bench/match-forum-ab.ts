// `node tests/bench/match-forum-ab.ts A B [passes]`: two checkouts' matchers (`git archive <commit> src
// glossary | tar -x -C DIR`) over the 600-post bench thread's blocks in one process, passes taken in
// turn (A, B, A, B…) after 5 warm-up passes each, so both meet the same load on a shared machine.
// Prints each one's median wall time per pass with its range, and the median of the per-pair ratios
// B ÷ A (default 40 pairs). Wall time, not the thread's CPU time: Linux counts that in ticks of 4 ms,
// a tenth of a pass. Warm passes only: the cold pass is match-forum.ts's.
// Prints times, not verdicts: this machine is shared.
import { benchArticlePath } from './article-path.ts';
import { checkoutMatcher } from './checkout-matcher.ts';
import { forumBlockTexts } from './forum-blocks.ts';
import { forumThread } from './generate-pages.ts';

const [rootA, rootB, passArg] = process.argv.slice(2);
if (!rootA || !rootB) throw new Error('usage: match-forum-ab.ts A B [passes]');
const PAIRS = Number(passArg ?? 40);
const blocks = forumBlockTexts(forumThread(600, benchArticlePath()));
const matchers = [await checkoutMatcher(rootA), await checkoutMatcher(rootB)];

const pass = (k: number) => {
  const start = performance.now();
  let marks = 0;
  for (const block of blocks) marks += matchers[k]!.match(block).length;
  return { ms: performance.now() - start, marks };
};
for (let warm = 0; warm < 5; warm++) [0, 1].forEach(pass);
const times: [number[], number[]] = [[], []];
const marks = [0, 0];
for (let pair = 0; pair < PAIRS; pair++)
  for (const k of pair % 2 ? [1, 0] : [0, 1]) {
    const run = pass(k);
    times[k]!.push(run.ms);
    marks[k] = run.marks;
  }
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const show = (values: number[]) =>
  `${median(values).toFixed(1)} ms (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`;
const ratios = times[1].map((b, k) => b / times[0][k]!);
console.log(`A ${rootA}: ${show(times[0])}, ${marks[0]} marks`);
console.log(`B ${rootB}: ${show(times[1])}, ${marks[1]} marks`);
console.log(
  `B ÷ A per pair: median ${median(ratios).toFixed(3)} (${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)}), ${PAIRS} pairs`,
);
