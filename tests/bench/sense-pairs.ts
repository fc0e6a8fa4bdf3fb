// `node tests/bench/sense-pairs.ts OLD [NEW] [runs]`: two checkouts' matchers over text dense with weak
// forms (the sense corpus in five-sentence blocks, as `tests/sense/time-sense.ts`), loaded in one
// process and run in turn, so that both meet the same load of a shared machine: prints each one's
// median CPU time and the median ratio NEW ÷ OLD of the runs, with its middle 80 %. `NEW` defaults to
// this checkout, `runs` to 31. Prints figures, not verdicts.
import { checkoutMatcher } from './checkout-matcher.ts';
import { readCorpus } from '../sense/read-corpus.ts';

const [oldRoot, newRoot = new URL('../..', import.meta.url).pathname, runsArg = '31'] = process.argv.slice(2);
if (!oldRoot) throw new Error('usage: node tests/bench/sense-pairs.ts OLD [NEW] [runs]');
const runs = Number(runsArg);
const matchers = [await checkoutMatcher(oldRoot), await checkoutMatcher(newRoot)] as const;
const sentences = readCorpus().map((sentence) => sentence.text);
const blocks = sentences.flatMap((_, i) => (i % 5 === 0 ? [sentences.slice(i, i + 5).join(' ')] : []));

const cpuMs = () => process.cpuUsage().user / 1000;
const times: [number[], number[]] = [[], []];
for (let run = 0; run < runs; run++) {
  // Alternate which goes first: the second of a pair meets a warmer cache.
  for (const which of run % 2 === 0 ? [0, 1] : [1, 0]) {
    const start = cpuMs();
    for (const block of blocks) matchers[which]!.match(block);
    times[which]!.push(cpuMs() - start);
  }
}
const at = (sorted: number[], share: number) => sorted[Math.floor(share * (sorted.length - 1))]!;
const median = (values: number[]) =>
  at(
    [...values].sort((a, b) => a - b),
    0.5,
  );
const ratios = times[1].map((time, k) => time / times[0][k]!).sort((a, b) => a - b);
console.log(
  `old ${median(times[0]).toFixed(1)} ms, new ${median(times[1]).toFixed(1)} ms CPU (medians of ${runs}); ` +
    `new ÷ old per run: median ${at(ratios, 0.5).toFixed(2)} (middle 80 %: ${at(ratios, 0.1).toFixed(2)}–${at(ratios, 0.9).toFixed(2)})`,
);
