import { foldAnchorChar } from './anchor-chars.ts';
import type { AnchorPhrases } from './anchor-patterns.ts';
import { charTrieOf, childOf, GAP_EDGE, type CharTrie } from './char-trie.ts';
import { createNode, insert } from './trie.ts';

/** The lists of anchor phrases, in the order of their roots in the anchor trie. */
export const ANCHOR_LISTS = [
  'lowerLimb',
  'body',
  'framed',
  'framesBefore',
  'framesAfter',
  'states',
  'symptoms',
  'otherSenses',
  'exercise',
  'owners',
  'family',
  'stateVerbs',
  'degree',
  'often',
  'listed',
  'limbFramed',
  'weakAfter',
  'persons',
] as const satisfies readonly (keyof AnchorPhrases)[];

export type AnchorList = (typeof ANCHOR_LISTS)[number];

/** A word folded one UTF-16 code unit at a time, as the expressions (no `u` flag) read it. */
const foldWord = (word: string) =>
  String.fromCharCode(...Array.from({ length: word.length }, (_, k) => foldAnchorChar(word.charCodeAt(k))));

/** Where the first words of every list are, with the lists each starts (anchor-word-starts.ts). */
const FIRST_WORDS = ANCHOR_LISTS.length;

/**
 * Every anchor phrase in one character trie: from the top, an edge numbered as the list in
 * `ANCHOR_LISTS` then the gap edge lead to the list's phrases, whose words are joined by gap edges
 * as in the matcher's tries. After the lists, the first words of all of them (`FIRST_WORDS`), each
 * ending in a terminal whose value has bit `l` set for every `l`th list that has a phrase starting
 * with it. One trie, so the bundled glossary ships it precompiled with the others.
 */
export function anchorTrieOf(phrases: AnchorPhrases): CharTrie {
  const top = createNode();
  top.next = new Map();
  const firsts = new Map<string, number>();
  for (const [index, list] of ANCHOR_LISTS.entries()) {
    const root = createNode();
    top.next.set(String.fromCharCode(index), root);
    for (const words of phrases[list]) {
      const folded = words.map(foldWord);
      insert(root, folded, 'anchor');
      firsts.set(folded[0]!, (firsts.get(folded[0]!) ?? 0) | (1 << index));
    }
  }
  const firstWords = createNode();
  top.next.set(String.fromCharCode(FIRST_WORDS), firstWords);
  for (const [word, lists] of firsts) insert(firstWords, [word], String(lists));
  return charTrieOf(top, (terminal) => (terminal === 'anchor' ? 0 : Number(terminal)));
}

/** The node where the first words of all lists start (`anchorTrieOf`), or -1 when there are none. */
export const firstWordsRootOf = (trie: CharTrie): number => rootOf(trie, FIRST_WORDS);

function rootOf(trie: CharTrie, index: number): number {
  const head = childOf(trie, 0, index);
  return head < 0 ? -1 : childOf(trie, head, GAP_EDGE);
}

/** The node where each list's phrases start (`ANCHOR_LISTS` order), or -1 for an empty list. */
export function anchorRootsOf(trie: CharTrie): Record<AnchorList, number> {
  const roots = {} as Record<AnchorList, number>;
  for (const [index, list] of ANCHOR_LISTS.entries()) roots[list] = rootOf(trie, index);
  return roots;
}
