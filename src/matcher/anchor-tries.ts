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
] as const satisfies readonly (keyof AnchorPhrases)[];

export type AnchorList = (typeof ANCHOR_LISTS)[number];

const foldWord = (word: string) =>
  String.fromCharCode(...Array.from(word, (char) => foldAnchorChar(char.charCodeAt(0))));

/**
 * Every anchor phrase in one character trie: from the top, an edge numbered as the list in
 * `ANCHOR_LISTS` then the gap edge lead to the list's phrases, whose words are joined by gap edges
 * as in the matcher's tries. One trie, so the bundled glossary ships it precompiled with the others.
 */
export function anchorTrieOf(phrases: AnchorPhrases): CharTrie {
  const top = createNode();
  top.next = new Map();
  for (const [index, list] of ANCHOR_LISTS.entries()) {
    const root = createNode();
    top.next.set(String.fromCharCode(index), root);
    for (const words of phrases[list]) insert(root, words.map(foldWord), 'anchor');
  }
  return charTrieOf(top, () => 0);
}

/** The node where each list's phrases start (`ANCHOR_LISTS` order), or -1 for an empty list. */
export function anchorRootsOf(trie: CharTrie): Record<AnchorList, number> {
  const roots = {} as Record<AnchorList, number>;
  for (const [index, list] of ANCHOR_LISTS.entries()) {
    const head = childOf(trie, 0, index);
    roots[list] = head < 0 ? -1 : childOf(trie, head, GAP_EDGE);
  }
  return roots;
}
