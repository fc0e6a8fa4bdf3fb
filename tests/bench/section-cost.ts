// `node tests/bench/section-cost.ts [runs]`: the matcher's CPU time with ÷ without a section question
// (docs/sense.md, "Section context") over the 600-post bench thread's blocks and the sense corpus's
// sentences, runs interleaved. The page answers no: this is the matcher's own cost of looking, for
// every block of a short block's length. Prints the ratios of each run, sorted.
import { readFileSync } from 'node:fs';
import type { GlossaryPack } from '../../src/glossary/schema.ts';
import { compileMatcher } from '../../src/matcher/compile-matcher.ts';
import { anchorWordsFromPacks, entriesFromPacks } from '../../src/matcher/entries-from-packs.ts';
import { MAX_SHORT_BLOCK } from '../../src/page/section-context.ts';
import { readCorpus } from '../sense/read-corpus.ts';
import { benchArticlePath } from './article-path.ts';
import { forumBlockTexts } from './forum-blocks.ts';
import { forumThread } from './generate-pages.ts';

const runs = Number(process.argv[2] ?? 15);
const pack = JSON.parse(
  readFileSync(new URL('../../glossary/calf-muscle.json', import.meta.url), 'utf8'),
) as GlossaryPack;
const matcher = compileMatcher(entriesFromPacks([pack]), anchorWordsFromPacks([pack]));
const unanchored = () => false;

/** User CPU milliseconds of five passes over `texts`. */
function cpuOf(texts: readonly string[], isAsking: boolean): number {
  const start = process.cpuUsage().user;
  for (let pass = 0; pass < 5; pass++)
    for (const text of texts) matcher.match(text, isAsking && text.length <= MAX_SHORT_BLOCK ? unanchored : undefined);
  return (process.cpuUsage().user - start) / 1000;
}

const sets: [string, string[]][] = [
  ['forum blocks', forumBlockTexts(forumThread(600, benchArticlePath()))],
  ['corpus sentences', readCorpus().map((sentence) => sentence.text)],
];
for (const [name, texts] of sets) {
  cpuOf(texts, false);
  cpuOf(texts, true);
  const ratios: number[] = [];
  for (let run = 0; run < runs; run++) {
    const without = cpuOf(texts, false);
    ratios.push(cpuOf(texts, true) / without);
  }
  ratios.sort((a, b) => a - b);
  console.log(`${name} (${texts.length}): with ÷ without ${ratios.map((ratio) => ratio.toFixed(2)).join(' ')}`);
}
