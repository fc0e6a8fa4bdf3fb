// `node tests/sense/after-leg.ts [--lines]`: each everyday and other-medical corpus line read as a
// second paragraph after a few leg paragraphs (the writer's, a relative's, a health event with no
// part), as the page reads a post (src/page/earlier-blocks.ts): a line that gains a mark there, by
// form, is a failure. The reverse: a forum line after the same paragraphs must not lose a mark it
// has alone. docs/sense.md, "A body idiom after a post's leg paragraph".
import { readCorpus } from './read-corpus.ts';
import { bundledMatcher, failureTally, printFamilies, shownMarks } from './grid-tally.ts';

const OPENERS = [
  'I broke my ankle last month.',
  'My son broke his ankle.',
  'I had surgery in March and have been off work since.',
];
const matcher = bundledMatcher();
const isLines = process.argv.includes('--lines');
const tally = failureTally();
const { fail } = tally;
const key = (m: { start: number; end: number; entryId: string }) => `${m.start}:${m.end}:${m.entryId}`;

let gained = 0;
let lost = 0;
for (const line of readCorpus()) {
  const alone = matcher.match(line.text, undefined, undefined);
  const aloneKeys = new Set(alone.map(key));
  let hasGained = false;
  let hasLost = false;
  for (const opener of OPENERS) {
    const marks = matcher.match(line.text, undefined, () => opener);
    const keys = new Set(marks.map(key));
    const shown = `${opener} ¶ ${line.text}\t${shownMarks(line.text, marks)}`;
    if (line.kind !== 'forum') {
      for (const m of marks.filter((m) => !aloneKeys.has(key(m)))) {
        hasGained = true;
        fail(`gained: ${line.text.slice(m.start, m.end).toLowerCase()}`, shown);
      }
    } else if (alone.some((m) => !keys.has(key(m)))) {
      hasLost = true;
      fail(`lost: ${opener}`, shown);
    }
  }
  if (hasGained) gained++;
  if (hasLost) lost++;
}
console.log(`${gained} everyday/other-medical lines gain a mark, ${lost} forum lines lose one`);
printFamilies(tally, isLines ? 99 : 2);
