// `node tests/bench/long-block.ts [root] [--sizes 2,8,32,128] [--runs 5] [--corpus]`: the bundled matcher
// over one block of 2k, 8k, 32k and 128k characters of forum-like words with a glossary form every few
// hundred characters, and no sentence end: (a) words and spaces only, (b) commas between phrases, (c) a
// line break between phrases (the block walker keeps a text node's own line breaks: a `white-space:
// pre-wrap` comment, a pasted log). Each block is asked as the page asks a long paragraph: with the
// blocks before and its post's heading, and no section's answer (section-context.ts asks that of a
// block of 200 characters at most). Prints the median ms per block of `--runs` runs, after
// one pass to warm the code, and the growth from the size before (4× the characters: 4 is linear, 16
// quadratic). `--corpus`: the sense corpus's forum lines with their stops taken out, a form every 50–100
// characters, instead of the phrases; `--phrase TEXT`: TEXT and the separator repeated (a block of one
// phrase with no anchor, as a rule's block-wide test meets it: `--phrase cramps`). `root` is a
// checkout to time (default: this one): `git archive <commit> src glossary | tar -x -C DIR`. Prints times, not verdicts: this machine is shared.
import { checkoutMatcher } from './checkout-matcher.ts';
import { corpusBlock, longBlock, SEPARATORS } from './long-block-text.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args[at + 1]!;
};
const root = args.find((arg, k) => !arg.startsWith('--') && !args[k - 1]?.startsWith('--'));
const matcher = await checkoutMatcher(root ?? new URL('../..', import.meta.url).pathname);
const sizes = option('--sizes', '2,8,32,128')
  .split(',')
  .map((kB) => Number(kB) * 1000);
const runs = Number(option('--runs', '5'));
const phrase = option('--phrase', '');
const repeated = (size: number, separator: string) =>
  `${phrase}${separator}`.repeat(Math.ceil(size / (phrase.length + separator.length))).slice(0, size);
const blockOf = phrase ? repeated : args.includes('--corpus') ? corpusBlock : longBlock;

const ask = (text: string) =>
  matcher.match(
    text,
    undefined,
    () => '',
    () => '',
  ).length;
ask(blockOf(2000, ' '));

for (const [name, separator] of Object.entries(SEPARATORS)) {
  let msBefore: number | undefined;
  for (const size of sizes) {
    const text = blockOf(size, separator);
    const times: number[] = [];
    let marks = 0;
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      marks = ask(text);
      times.push(performance.now() - start);
    }
    const ms = times.sort((a, b) => a - b)[times.length >> 1]!;
    const growth = msBefore === undefined ? '' : `, ×${(ms / msBefore).toFixed(1)} the size before`;
    console.log(
      `${name}, ${(text.length / 1000).toFixed(0)}k characters: ${ms.toFixed(1)} ms, ${marks} marks${growth}`,
    );
    msBefore = ms;
  }
}
