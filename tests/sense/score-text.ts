// `node tests/sense/score-text.ts PATH… [--misses] [--blocks] [--root DIR]`: the sense figures of
// the bundled matcher on labelled text kept outside the corpus (files or directories of `.txt` files in the
// corpus format: one sentence a line, `[text](entry)`, `[text](entry!)` for red, `#` comments).
// Used to score real pages before and after a round of rules (docs/sense.md, "Real health text,
// first sight"). Every line counts as medical writing (forum recall) unless its file's name starts
// with `everyday` or `other-medical`. `--blocks` also matches each file's lines joined into one
// block, the way a page's paragraph reaches the matcher, and scores that as a second row (with
// `--misses`, the blocks that differ from their labels are listed after the sentences). `--root`
// scores an older checkout's matcher instead (`git archive <commit> src glossary | tar -x -C DIR`).
// `--page-signal N [--signal-strong]`: each file is one page; a page whose lines mark at least N
// distinct entries (through any mark, or with `--signal-strong` a strong form only: page-signal.ts)
// is scored as a health page (`isHealthPage`: relaxed forms need no anchor), the others as now; the
// block row takes its signal from the block. The figures say how many pages had it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Matcher } from '../../src/matcher/matcher.ts';
import { checkoutMatcher } from '../bench/checkout-matcher.ts';
import { type LabelledSentence, parseLine } from './read-corpus.ts';
import { addScores, signalEntries, signalOption } from './page-signal.ts';
import { describeScore, type FoundMark, scoreSense, type SenseScore } from './score-sense.ts';

const rootAt = process.argv.indexOf('--root');
const root = rootAt === -1 ? new URL('../..', import.meta.url).pathname : process.argv[rootAt + 1]!;
const matcher = await checkoutMatcher(root);
const signal = signalOption(process.argv);
const healthMatcher = signal ? await checkoutMatcher(root, { isHealthPage: true }) : matcher;
const findWith =
  (used: Matcher) =>
  (text: string): FoundMark[] =>
    used.match(text).map((m) => ({ ...m, entry: m.entryId.replace(/^[^/]+\//, '') }));

/** Scores pages (each its sentences), those with the page signal as a health page. */
const scorePages = (pages: readonly LabelledSentence[][], name: string): SenseScore => {
  if (!signal) return scoreSense(pages.flat(), findWith(matcher));
  const hasSignal = (page: readonly LabelledSentence[]) =>
    signalEntries(
      matcher,
      page.map((sentence) => sentence.text),
      signal.count,
    ).size >= signal.min;
  const health = pages.filter(hasSignal);
  const rest = pages.filter((page) => !hasSignal(page));
  console.log(`${name}: ${health.length} of ${pages.length} pages with the signal (${signal.min}, ${signal.count})`);
  return addScores(scoreSense(health.flat(), findWith(healthMatcher)), scoreSense(rest.flat(), findWith(matcher)));
};

const files = (path: string): string[] =>
  statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => join(path, name))
    : [path];

const kindOf = (file: string) => /^(everyday|other-medical)/.exec(basename(file))?.[1] ?? 'forum';

const readLabelled = (file: string): LabelledSentence[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((source, i) =>
      source.trim() === '' || source.startsWith('#')
        ? []
        : [{ kind: kindOf(file), file: basename(file), line: i + 1, ...parseLine(source.trim()) }],
    );

/** One file's sentences as one block (joined by a space), its labels moved to their block offsets. */
const asBlock = (sentences: LabelledSentence[]): LabelledSentence => {
  let text = '';
  const marks = sentences.flatMap((sentence) => {
    const offset = text === '' ? 0 : text.length + 1;
    text = text === '' ? sentence.text : `${text} ${sentence.text}`;
    return sentence.marks.map((mark) => ({ ...mark, start: mark.start + offset }));
  });
  return { ...sentences[0]!, text, marks };
};

const paths = process.argv
  .slice(2)
  .filter((arg, i, args) => !arg.startsWith('--') && !['--root', '--page-signal'].includes(args[i - 1]!));
const byFile = paths.flatMap(files).map(readLabelled);
const score = scorePages(byFile, 'sentences');
console.log(`files: ${byFile.length}\n${describeScore(score)}`);
const isMisses = process.argv.includes('--misses');
if (isMisses) console.log(`\n${score.misses.join('\n')}`);
if (process.argv.includes('--blocks')) {
  const blocks = scorePages(
    byFile.filter((sentences) => sentences.length > 0).map((sentences) => [asBlock(sentences)]),
    'blocks',
  );
  console.log(`\neach file as one block:\n${describeScore(blocks)}`);
  if (isMisses) console.log(`\n${blocks.misses.join('\n')}`);
}
