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
// MAX_EARLIER_BLOCKS lines, MAX_EARLIER_CHARS characters), as a post's paragraphs are. `--root`
// scores an older checkout's matcher instead (`git archive <commit> src glossary | tar -x -C DIR`).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { MAX_EARLIER_BLOCKS, MAX_EARLIER_CHARS } from '../../src/page/earlier-blocks.ts';
import { checkoutMatcher } from '../bench/checkout-matcher.ts';
import { type LabelledSentence, parseLine } from './read-corpus.ts';
import { describeScore, type FoundMark, scoreSense } from './score-sense.ts';

const rootAt = process.argv.indexOf('--root');
const root = rootAt === -1 ? new URL('../..', import.meta.url).pathname : process.argv[rootAt + 1]!;
const matcher = await checkoutMatcher(root);
const find = (text: string, earlier?: string): FoundMark[] =>
  matcher
    .match(text, undefined, earlier === undefined ? undefined : () => earlier)
    .map((m) => ({ ...m, entry: m.entryId.replace(/^[^/]+\//, '') }));

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

const paths = process.argv.slice(2).filter((arg, i, args) => !arg.startsWith('--') && args[i - 1] !== '--root');
const byFile = paths.flatMap(files).map(readLabelled);
const score = scoreSense(byFile.flat(), (text) => find(text));
console.log(`files: ${byFile.length}\n${describeScore(score)}`);
const isMisses = process.argv.includes('--misses');
if (isMisses) console.log(`\n${score.misses.join('\n')}`);
if (process.argv.includes('--paragraphs')) {
  const earlier = earlierOf(byFile);
  const paragraphs = scoreSense(byFile.flat(), (text, sentence) => find(text, earlier.get(sentence)));
  console.log(`\neach line a block after the lines before it:\n${describeScore(paragraphs)}`);
  if (isMisses) console.log(`\n${paragraphs.misses.join('\n')}`);
}
if (process.argv.includes('--blocks')) {
  const blocks = scoreSense(byFile.filter((sentences) => sentences.length > 0).map(asBlock), (text) => find(text));
  console.log(`\neach file as one block:\n${describeScore(blocks)}`);
  if (isMisses) console.log(`\n${blocks.misses.join('\n')}`);
}
