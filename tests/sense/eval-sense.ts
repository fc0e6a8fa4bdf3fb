// `npm run eval:sense`: the sense figures of the bundled glossary's matcher on the labelled corpus
// (docs/sense.md says what they mean). `-- --misses` lists the sentences that differ from their labels;
// `-- --only held-out` scores only the corpus files whose name holds that word (a batch);
// `-- --section` scores every sentence of a short block's length as if it were a list item under a
// heading that anchors it (the section rule's worst case: docs/sense.md, "Section context");
// `-- --split` reads each line's sentences as blocks of their own, each after the sentences before
// it, as a post split in lines or paragraphs reaches the matcher (split-blocks.ts).
import { readFileSync } from 'node:fs';
import type { GlossaryPack } from '../../src/glossary/schema.ts';
import { compileMatcher } from '../../src/matcher/compile-matcher.ts';
import { anchorWordsFromPacks, entriesFromPacks } from '../../src/matcher/entries-from-packs.ts';
import { MAX_SHORT_BLOCK } from '../../src/page/section-context.ts';
import { readCorpus } from './read-corpus.ts';
import { matchSplit } from './split-blocks.ts';
import { describeScore, scoreSense } from './score-sense.ts';

const pack = JSON.parse(
  readFileSync(new URL('../../glossary/calf-muscle.json', import.meta.url), 'utf8'),
) as GlossaryPack;
const matcher = compileMatcher(entriesFromPacks([pack]), anchorWordsFromPacks([pack]));
const only = process.argv.indexOf('--only');
const batch = only === -1 ? undefined : process.argv[only + 1];
const corpus = readCorpus().filter((sentence) => batch === undefined || sentence.file.includes(batch));
const isSection = process.argv.includes('--section');
const anchored = () => true;
const isSplit = process.argv.includes('--split');
const score = scoreSense(corpus, (text, { heading }) =>
  (isSplit
    ? matchSplit(matcher, text, heading)
    : matcher.match(
        text,
        isSection && text.length <= MAX_SHORT_BLOCK ? anchored : undefined,
        undefined,
        heading === undefined ? undefined : () => heading,
      )
  ).map((m) => ({ ...m, entry: m.entryId.replace(/^[^/]+\//, '') })),
);
console.log(describeScore(score));
if (process.argv.includes('--misses')) console.log(`\n${score.misses.join('\n')}`);
