// `node tests/sense/post-grid.ts [--lines] [--everyday]`: a generated grid of posts in 2–4 paragraphs
// (post-grid-words.ts): a first paragraph names a person's leg with an event (the writer's or a
// relative's: "My son broke his ankle…"), a later one says a sign or a condition without the part
// ("The swelling has gone down a lot."), maybe after an unrelated paragraph. Each paragraph is
// matched as the page matches it (src/page/earlier-blocks.ts): a block of its own, with the
// paragraphs before it (at most MAX_EARLIER_BLOCKS, MAX_EARLIER_CHARS) as its blocks before, as
// `score-text.ts --paragraphs` does. Counts the sign unmarked, another card in the sign's paragraph,
// and any red there (across blocks the colour stays normal: none of the sign paragraphs names the
// leg). `--everyday` runs the counter-grid (post-grid-everyday.ts), where a mark in a later
// paragraph is a failure; `--lines` prints every post (paragraphs split by ` ¶ `) and its marks.
// docs/sense.md, "A relative's leg across a post's paragraphs".
import { MAX_EARLIER_BLOCKS, MAX_EARLIER_CHARS } from '../../src/page/earlier-blocks.ts';
import { postGrid, type Post } from './post-grid-words.ts';
import { everydayPosts } from './post-grid-everyday.ts';
import { bundledMatcher, cardOf, failureCount, failureTally, printFamilies, shownMarks } from './grid-tally.ts';

const matcher = bundledMatcher();
const isLines = process.argv.includes('--lines');
const isEveryday = process.argv.includes('--everyday');

const tally = failureTally();
const { failures, fail } = tally;

/** A paragraph's marks, the paragraphs before it offered as the page offers them. */
const marksOf = (paragraphs: string[], i: number) => {
  const before = paragraphs
    .slice(Math.max(0, i - MAX_EARLIER_BLOCKS), i)
    .join('\n')
    .slice(-MAX_EARLIER_CHARS);
  return matcher.match(paragraphs[i]!, undefined, i === 0 ? undefined : () => before);
};

const posts: Post[] = isEveryday ? everydayPosts() : postGrid();
let marked = 0;
for (const post of posts) {
  const text = post.paragraphs[post.signAt]!;
  const marks = marksOf(post.paragraphs, post.signAt);
  const shown = shownMarks(text, marks);
  const line = `${post.paragraphs.join(' ¶ ')}\t${shown}`;
  if (isLines) console.log(line);
  if (isEveryday) {
    marked += marks.length;
    if (marks.length > 0) fail(`marked (${post.opener})`, line);
    continue;
  }
  const entries = marks.map((m) => cardOf(m.entryId));
  if (!entries.some((e) => post.signEntries.includes(e))) fail(`sign unmarked: ${post.opener}: ${post.shape}`, line);
  if (entries.some((e) => !post.signEntries.includes(e))) fail(`other card: ${post.opener}: ${post.shape}`, line);
  if (marks.some((m) => m.isUrgent)) fail(`red across blocks: ${post.opener}: ${post.shape}`, line);
}

const total = failureCount(tally);
console.log(`\n${posts.length} posts, ${total} failures${isEveryday ? ` (${marked} marks)` : ''}`);
const byKind = new Map<string, number>();
for (const [family, count] of failures) {
  const kind = family.split(':')[0]!;
  byKind.set(kind, (byKind.get(kind) ?? 0) + count);
}
for (const [kind, count] of byKind) console.log(`${count}\t${kind}`);
printFamilies(tally, isLines ? 0 : 2);
