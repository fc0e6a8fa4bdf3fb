// `node tests/sense/mark-text.ts FILE…`: what the bundled matcher marks in plain text nobody labelled
// (pages collected from the web, docs/sense.md "Real pages, first sight"), to be judged by hand.
// A line `=== URL` starts a page; every other non-empty line is one block, as a paragraph or list
// item is on a page. Prints each mark (entry, colour, the marked text in its block) and the counts:
// pages, words, marks, red marks. `--paragraphs` gives each block the blocks before it on its page,
// as a post's paragraphs are given them (src/page/earlier-blocks.ts: at most MAX_EARLIER_BLOCKS
// lines, MAX_EARLIER_CHARS characters); a mark only that reading makes is flagged `EARLIER`.
import { readFileSync } from 'node:fs';
import type { GlossaryPack } from '../../src/glossary/schema.ts';
import { compileMatcher } from '../../src/matcher/compile-matcher.ts';
import { anchorWordsFromPacks, entriesFromPacks } from '../../src/matcher/entries-from-packs.ts';
import { MAX_EARLIER_BLOCKS, MAX_EARLIER_CHARS } from '../../src/page/earlier-blocks.ts';

const pack = JSON.parse(
  readFileSync(new URL('../../glossary/calf-muscle.json', import.meta.url), 'utf8'),
) as GlossaryPack;
const matcher = compileMatcher(entriesFromPacks([pack]), anchorWordsFromPacks([pack]));

/** The block around a mark, cut to about 100 characters each side, the mark in brackets. */
const inContext = (block: string, start: number, end: number) => {
  const from = Math.max(0, start - 100);
  const to = Math.min(block.length, end + 100);
  const before = `${from > 0 ? '…' : ''}${block.slice(from, start)}`;
  return `${before}[${block.slice(start, end)}]${block.slice(end, to)}${to < block.length ? '…' : ''}`;
};

const isParagraphs = process.argv.includes('--paragraphs');
let pages = 0;
let words = 0;
let marks = 0;
let reds = 0;
for (const file of process.argv.slice(2).filter((arg) => !arg.startsWith('--'))) {
  let page = file;
  let before: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('=== ')) {
      page = line.slice(4).trim();
      pages++;
      before = [];
      continue;
    }
    if (line.trim() === '') continue;
    words += line.split(/\s+/).filter((word) => /\w/.test(word)).length;
    const earlier = before.slice(-MAX_EARLIER_BLOCKS).join('\n').slice(-MAX_EARLIER_CHARS);
    before.push(line);
    const alone = isParagraphs ? new Set(matcher.match(line).map((mark) => mark.start)) : undefined;
    for (const mark of isParagraphs ? matcher.match(line, undefined, () => earlier) : matcher.match(line)) {
      marks++;
      if (mark.isUrgent) reds++;
      const entry = mark.entryId.replace(/^[^/]+\//, '');
      console.log(
        `${marks}\t${entry}${mark.isUrgent ? ' RED' : ''}${alone?.has(mark.start) === false ? ' EARLIER' : ''}\t${page}\n\t${inContext(line, mark.start, mark.end)}`,
      );
    }
  }
}
console.log(`\n${pages} pages, ${words} words, ${marks} marks, ${reds} red`);
