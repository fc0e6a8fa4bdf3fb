// `node tests/sense/mark-text.ts FILE…`: what the bundled matcher marks in plain text nobody labelled
// (pages collected from the web, docs/sense.md "Real pages, first sight"), to be judged by hand.
// A line `=== URL` starts a page; every other non-empty line is one block, as a paragraph or list
// item is on a page. Prints each mark (entry, colour, the marked text in its block) and the counts:
// pages, words, marks, red marks. `--page-signal N [--signal-strong]` (page-signal.ts): a page whose
// blocks mark at least N distinct entries is marked as a health page (`isHealthPage`); each mark the
// signal adds is printed with `+`, each it takes away with `-`, and counted. `--paragraphs` gives
// each block the blocks before it on its page, as a post's paragraphs are given them
// (src/page/earlier-blocks.ts: at most MAX_EARLIER_BLOCKS lines, MAX_EARLIER_CHARS characters); a
// mark only that reading makes is flagged `EARLIER`. It also gives each block the entries its page's
// blocks show in their sense (src/page/page-entries.ts): a mark only those make is flagged `PAGE`.
import { readFileSync } from 'node:fs';
import type { GlossaryPack } from '../../src/glossary/schema.ts';
import { compileMatcher } from '../../src/matcher/compile-matcher.ts';
import { anchorWordsFromPacks, entriesFromPacks } from '../../src/matcher/entries-from-packs.ts';
import type { Match } from '../../src/matcher/matcher.ts';
import { MAX_EARLIER_BLOCKS, MAX_EARLIER_CHARS } from '../../src/page/earlier-blocks.ts';
import { signalEntries, signalOption } from './page-signal.ts';

const pack = JSON.parse(
  readFileSync(new URL('../../glossary/calf-muscle.json', import.meta.url), 'utf8'),
) as GlossaryPack;
const matcher = compileMatcher(entriesFromPacks([pack]), anchorWordsFromPacks([pack]));
const signal = signalOption(process.argv);
const healthMatcher = compileMatcher(entriesFromPacks([pack]), anchorWordsFromPacks([pack]), { isHealthPage: true });

/** The block around a mark, cut to about 100 characters each side, the mark in brackets. */
const inContext = (block: string, start: number, end: number) => {
  const from = Math.max(0, start - 100);
  const to = Math.min(block.length, end + 100);
  const before = `${from > 0 ? '…' : ''}${block.slice(from, start)}`;
  return `${before}[${block.slice(start, end)}]${block.slice(end, to)}${to < block.length ? '…' : ''}`;
};

/** Each page's URL and blocks, in order: `=== URL` starts a page. */
const pagesOf = (file: string): { url: string; blocks: string[] }[] => {
  const found = [{ url: file, blocks: [] as string[] }];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('=== ')) found.push({ url: line.slice(4).trim(), blocks: [] });
    else if (line.trim() !== '') found.at(-1)!.blocks.push(line);
  }
  return found.filter((page, i) => i > 0 || page.blocks.length > 0);
};

const isParagraphs = process.argv.includes('--paragraphs');
const key = (mark: Match) => `${mark.start}:${mark.end}:${mark.entryId}:${mark.isUrgent}`;

let pages = 0;
let words = 0;
let marks = 0;
let reds = 0;
let gained = 0;
let lost = 0;
let signalled = 0;
const print = (sign: string, mark: Match, url: string, block: string, flag = '') => {
  const entry = mark.entryId.replace(/^[^/]+\//, '');
  console.log(
    `${sign}${marks}\t${entry}${mark.isUrgent ? ' RED' : ''}${flag}\t${url}\n\t${inContext(block, mark.start, mark.end)}`,
  );
};
for (const page of process.argv
  .slice(2)
  .filter((arg, i, args) => !arg.startsWith('--') && args[i - 1] !== '--page-signal')
  .flatMap(pagesOf)) {
  pages++;
  const hasSignal = signal !== undefined && signalEntries(matcher, page.blocks, signal.count).size >= signal.min;
  if (hasSignal) signalled++;
  const used = hasSignal ? healthMatcher : matcher;
  const earlierOf = (i: number) => {
    const text = page.blocks
      .slice(Math.max(0, i - MAX_EARLIER_BLOCKS), i)
      .join('\n')
      .slice(-MAX_EARLIER_CHARS);
    return isParagraphs ? () => text : undefined;
  };
  // The entries the page's blocks show in their sense, given to every block (page-entries.ts).
  const shown = new Set<string>();
  if (isParagraphs)
    page.blocks.forEach((block, i) => {
      used.match(block, undefined, earlierOf(i));
      for (const entry of used.lastShown) shown.add(entry);
    });
  for (const [i, block] of page.blocks.entries()) {
    words += block.split(/\s+/).filter((word) => /\w/.test(word)).length;
    const earlier = earlierOf(i);
    const alone = isParagraphs ? new Set(matcher.match(block).map((mark) => mark.start)) : undefined;
    const unshown = isParagraphs ? new Set(used.match(block, undefined, earlier).map(key)) : undefined;
    const plain = matcher.match(block, undefined, earlier, undefined, shown);
    const found = hasSignal ? healthMatcher.match(block, undefined, earlier, undefined, shown) : plain;
    const before = new Set(plain.map(key));
    const after = new Set(found.map(key));
    for (const mark of found) {
      marks++;
      if (mark.isUrgent) reds++;
      const isGained = !before.has(key(mark));
      if (isGained) gained++;
      const flag = unshown?.has(key(mark)) === false ? ' PAGE' : alone?.has(mark.start) === false ? ' EARLIER' : '';
      print(isGained ? '+' : '', mark, page.url, block, flag);
    }
    for (const mark of plain.filter((mark) => !after.has(key(mark)))) {
      lost++;
      print('-', mark, page.url, block);
    }
  }
}
const signalFigures = signal ? `; ${signalled} pages with the signal, ${gained} marks gained, ${lost} lost` : '';
console.log(`\n${pages} pages, ${words} words, ${marks} marks, ${reds} red${signalFigures}`);
