// `node tests/sense/score-text.ts PATH… [--misses] [--blocks] [--root DIR]`: the sense figures of
// the bundled matcher on labelled text kept outside the corpus (files or directories of `.txt` files in the
// corpus format: one sentence a line, `[text](entry)`, `[text](entry!)` for red, `#` comments).
// Used to score real pages before and after a round of rules (docs/sense.md, "Real health text,
// first sight"). Every line counts as medical writing (forum recall) unless its file's name starts
// with `everyday` or `other-medical`. `--blocks` also matches each file's lines joined into one
// block, the way a page's paragraph reaches the matcher, and scores that as a second row (with
// `--misses`, the blocks that differ from their labels are listed after the sentences).
// `--paragraphs` scores each line again as its own block, with the lines before it in its file as
// the blocks before it that the page offers the matcher (src/page/earlier-blocks.ts: at most
// MAX_EARLIER_BLOCKS lines, MAX_EARLIER_CHARS characters), as a post's paragraphs are, and with the
// entries its file's lines show in their sense (src/page/page-entries.ts), as a page gives them. `--root`
// scores an older checkout's matcher instead (`git archive <commit> src glossary | tar -x -C DIR`).
// `--page-signal N [--signal-strong]`: each file is one page; a page whose lines mark at least N
// distinct entries (through any mark, or with `--signal-strong` a strong form only: page-signal.ts)
// is scored as a health page (`isHealthPage`: relaxed forms need no anchor), the others as now; the
// block row takes its signal from the block. The figures say how many pages had it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Matcher } from '../../src/matcher/matcher.ts';
import { MAX_EARLIER_BLOCKS, MAX_EARLIER_CHARS } from '../../src/page/earlier-blocks.ts';
import { checkoutMatcher } from '../bench/checkout-matcher.ts';
import { type LabelledSentence, parseLine } from './read-corpus.ts';
import { addScores, signalEntries, signalOption } from './page-signal.ts';
import { describeScore, type FoundMark, scoreSense, type SenseScore } from './score-sense.ts';

const rootAt = process.argv.indexOf('--root');
const root = rootAt === -1 ? new URL('../..', import.meta.url).pathname : process.argv[rootAt + 1]!;
const matcher = await checkoutMatcher(root);
const signal = signalOption(process.argv);
const healthMatcher = signal ? await checkoutMatcher(root, { isHealthPage: true }) : matcher;
/**
 * `earlier`: each sentence's blocks before it (`--paragraphs`), or none; `shown`: the entries its
 * page's marks show in their sense (page-shown.ts), or none.
 */
const findWith =
  (
    used: Matcher,
    earlier?: ReadonlyMap<LabelledSentence, string>,
    shown?: ReadonlyMap<LabelledSentence, ReadonlySet<string>>,
  ) =>
  (text: string, sentence: LabelledSentence): FoundMark[] => {
    const before = earlier?.get(sentence);
    return used
      .match(text, undefined, before === undefined ? undefined : () => before, undefined, shown?.get(sentence))
      .map((m) => ({ ...m, entry: m.entryId.replace(/^[^/]+\//, '') }));
  };

/**
 * The entries each page's lines show in their sense as the page reads them (each line after the
 * lines before it), given to every line of that page: the page matches again the blocks whose
 * weak forms its later marks show (src/page/page-entries.ts). An older checkout's matcher shows none.
 */
const shownOf = (
  used: Matcher,
  pages: readonly LabelledSentence[][],
  earlier: ReadonlyMap<LabelledSentence, string>,
) => {
  const shown = new Map<LabelledSentence, ReadonlySet<string>>();
  for (const page of pages) {
    const entries = new Set<string>();
    for (const sentence of page) {
      const before = earlier.get(sentence);
      used.match(sentence.text, undefined, before === undefined ? undefined : () => before);
      for (const entry of used.lastShown ?? []) entries.add(entry);
    }
    for (const sentence of page) shown.set(sentence, entries);
  }
  return shown;
};

/** Scores pages (each its sentences), those with the page signal as a health page. */
const scorePages = (
  pages: readonly LabelledSentence[][],
  name: string,
  earlier?: ReadonlyMap<LabelledSentence, string>,
): SenseScore => {
  const score = (used: Matcher, some: readonly LabelledSentence[][]) =>
    scoreSense(some.flat(), findWith(used, earlier, earlier && shownOf(used, some, earlier)));
  if (!signal) return score(matcher, pages);
  const hasSignal = (page: readonly LabelledSentence[]) =>
    signalEntries(
      matcher,
      page.map((sentence) => sentence.text),
      signal.count,
    ).size >= signal.min;
  const health = pages.filter(hasSignal);
  const rest = pages.filter((page) => !hasSignal(page));
  console.log(`${name}: ${health.length} of ${pages.length} pages with the signal (${signal.min}, ${signal.count})`);
  return addScores(score(healthMatcher, health), score(matcher, rest));
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

/** Each sentence's earlier lines in its file, as the page would give them (earlier-blocks.ts). */
const earlierOf = (byFile: LabelledSentence[][]) => {
  const earlier = new Map<LabelledSentence, string>();
  for (const sentences of byFile)
    sentences.forEach((sentence, i) => {
      const text = sentences
        .slice(Math.max(0, i - MAX_EARLIER_BLOCKS), i)
        .map((before) => before.text)
        .join('\n');
      earlier.set(sentence, text.slice(-MAX_EARLIER_CHARS));
    });
  return earlier;
};

const paths = process.argv
  .slice(2)
  .filter((arg, i, args) => !arg.startsWith('--') && !['--root', '--page-signal'].includes(args[i - 1]!));
const byFile = paths.flatMap(files).map(readLabelled);
const score = scorePages(byFile, 'sentences');
console.log(`files: ${byFile.length}\n${describeScore(score)}`);
const isMisses = process.argv.includes('--misses');
if (isMisses) console.log(`\n${score.misses.join('\n')}`);
if (process.argv.includes('--paragraphs')) {
  const paragraphs = scorePages(byFile, 'paragraphs', earlierOf(byFile));
  console.log(`\neach line a block after the lines before it:\n${describeScore(paragraphs)}`);
  if (isMisses) console.log(`\n${paragraphs.misses.join('\n')}`);
}
if (process.argv.includes('--blocks')) {
  const blocks = scorePages(
    byFile.filter((sentences) => sentences.length > 0).map((sentences) => [asBlock(sentences)]),
    'blocks',
  );
  console.log(`\neach file as one block:\n${describeScore(blocks)}`);
  if (isMisses) console.log(`\n${blocks.misses.join('\n')}`);
}
