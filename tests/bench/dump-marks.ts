// `node tests/bench/dump-marks.ts OUT [checkout]`: writes every mark the bundled matcher of a
// checkout (default: this one) makes, one line each (`text-id start end entry red`), over the sense
// corpus (sentences alone, in blocks of 3 and 5, and with their typography or case changed), the
// 600-post bench thread's blocks and the source article's paragraphs, each without and with the
// health-page setting. Two checkouts' dumps must be identical when a change of the sense rules'
// mechanism (not of their decisions) is right: `diff` them. The article is TERMLIGHT_ARTICLE
// (article-path.ts); another checkout is made by `git archive main src glossary | tar -x -C DIR`.
// The `…-earlier/` texts are the corpus's sentences, the thread's blocks and the article's paragraphs
// again, each given the four before it as the blocks before it on a page (earlier-blocks.ts): a
// checkout whose matcher reads no earlier blocks marks them as the texts alone.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MAX_EARLIER_BLOCKS, MAX_EARLIER_CHARS } from '../../src/page/earlier-blocks.ts';
import { readCorpus } from '../sense/read-corpus.ts';
import { benchArticlePath } from './article-path.ts';
import { forumBlockTexts } from './forum-blocks.ts';
import { checkoutMatcher } from './checkout-matcher.ts';
import { forumThread } from './generate-pages.ts';

const [out, root = fileURLToPath(new URL('../..', import.meta.url))] = process.argv.slice(2);
if (!out) throw new Error('usage: node tests/bench/dump-marks.ts OUT [checkout]');

/** The same sentence as people also type it: other spaces, apostrophes, hyphens and case. */
const VARIANTS: [string, (text: string) => string][] = [
  ['as-is', (text) => text],
  ['upper', (text) => text.toUpperCase()],
  ['lower', (text) => text.toLowerCase()],
  ['nbsp', (text) => text.replace(/ /g, '\u00a0')],
  ['curly', (text) => text.replace(/'/g, '\u2019')],
  ['straight', (text) => text.replace(/\u2019/g, "'")],
  ['hyphens', (text) => text.replace(/ /g, '-')],
  ['spaces', (text) => text.replace(/ /g, '  ').replace(/,/g, ' ,')],
  ['lines', (text) => text.replace(/\. /g, '.\n')],
];

/** Each text with the ones before it as its earlier blocks. */
const withEarlier = (name: string, blocks: string[]): [string, string, string][] =>
  blocks.map((text, k) => [
    `${name}-earlier/${k}`,
    text,
    blocks
      .slice(Math.max(0, k - MAX_EARLIER_BLOCKS), k)
      .join('\n')
      .slice(-MAX_EARLIER_CHARS),
  ]);

function texts(): [string, string, string?][] {
  const sentences = readCorpus().map((sentence) => sentence.text);
  const all: [string, string, string?][] = [];
  for (const [name, change] of VARIANTS) {
    sentences.forEach((text, k) => all.push([`corpus/${name}/1/${k}`, change(text)]));
    for (const size of [3, 5])
      for (let k = 0; k < sentences.length; k += size)
        all.push([`corpus/${name}/${size}/${k}`, change(sentences.slice(k, k + size).join(' '))]);
  }
  const article = benchArticlePath();
  const forum = forumBlockTexts(forumThread(600, article));
  forum.forEach((text, k) => all.push([`forum/${k}`, text]));
  const paragraphs = readFileSync(article, 'utf8').split(/\n\s*\n/);
  paragraphs.forEach((text, k) => all.push([`article/${k}`, text]));
  all.push(...withEarlier('corpus', sentences), ...withEarlier('forum', forum), ...withEarlier('article', paragraphs));
  return all;
}

const lines: string[] = [];
const all = texts();
for (const isHealthPage of [false, true]) {
  const matcher = await checkoutMatcher(root, { isHealthPage });
  for (const [id, text, earlier] of all)
    for (const mark of matcher.match(text, undefined, earlier === undefined ? undefined : () => earlier))
      lines.push(
        `${isHealthPage ? 'health' : 'any'}/${id} ${mark.start} ${mark.end} ${mark.entryId} ${mark.isUrgent ? 'red' : '-'}`,
      );
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(
  `${all.length} texts, ${lines.length} marks, sha1 ${createHash('sha1').update(lines.join('\n')).digest('hex')}`,
);
