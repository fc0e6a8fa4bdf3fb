// `node tests/sense/time-sense.ts [root]`: how long the bundled matcher takes over text dense with
// weak forms (the sense corpus in five-sentence blocks, ~300 kB), median of 9 runs. `root` is a checkout to time (default: this one), so an older
// commit can be compared: `git archive <commit> src glossary | tar -x -C /tmp/old`, then
// `node tests/sense/time-sense.ts /tmp/old`. Prints times, not verdicts: this machine is shared.
// The second row gives each sentence, as its own block, the four before it as its earlier blocks
// (src/page/earlier-blocks.ts): the worst case of that rule, which a checkout without it ignores.
import { checkoutMatcher } from '../bench/checkout-matcher.ts';
import { MAX_EARLIER_BLOCKS, MAX_EARLIER_CHARS } from '../../src/page/earlier-blocks.ts';
import { readCorpus } from './read-corpus.ts';

const root = process.argv[2] ?? new URL('../..', import.meta.url).pathname;
const matcher = await checkoutMatcher(root);

const fill = (pieces: string[]) => {
  const blocks: string[] = [];
  for (let size = 0; size < 300_000; size += pieces.join('\n').length) blocks.push(...pieces);
  return blocks;
};
const sentences = readCorpus().map((sentence) => sentence.text);
const inFives = sentences.flatMap((_, i) => (i % 5 === 0 ? [sentences.slice(i, i + 5).join(' ')] : []));
const texts: [string, string[], boolean][] = [
  ['sense corpus, five sentences a block', fill(inFives), false],
  ['sense corpus, a sentence a block after the four before it', sentences, true],
];

for (const [name, blocks, isEarlier] of texts) {
  const earlier = blocks.map((_, k) =>
    blocks
      .slice(Math.max(0, k - MAX_EARLIER_BLOCKS), k)
      .join('\n')
      .slice(-MAX_EARLIER_CHARS),
  );
  const times: number[] = [];
  for (let run = 0; run < 9; run++) {
    const start = performance.now();
    for (let k = 0; k < blocks.length; k++)
      matcher.match(blocks[k]!, undefined, isEarlier ? () => earlier[k]! : undefined);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const kB = (blocks.join('\n').length / 1000).toFixed(0);
  console.log(`${name} (${kB} kB): median ${times[4]!.toFixed(1)} ms, fastest ${times[0]!.toFixed(1)} ms`);
}
