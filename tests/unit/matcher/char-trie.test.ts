// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { charTrieOf, childOf, type CharTrie } from '../../../src/matcher/char-trie.ts';
import { createNode, insert } from '../../../src/matcher/trie.ts';

/** The child by `char` read straight from the edges, as the binary search and the tables must answer. */
function childFromEdges(trie: CharTrie, node: number, char: number): number {
  for (let edge = trie.edgeStart[node]!; edge < trie.edgeStart[node + 1]!; edge++)
    if (trie.edgeChar[edge] === char) return trie.edgeTarget[edge]!;
  return -1;
}

function trieOfWords(words: readonly string[]): CharTrie {
  const root = createNode();
  for (const word of words) insert(root, [word], word);
  const terminals: string[] = [];
  return charTrieOf(root, (terminal) => terminals.push(terminal) - 1);
}

/** Every character below U+0200 from every node: ASCII, where wide nodes answer from a table, and beyond. */
function expectSameAsEdges(trie: CharTrie) {
  const wrong: string[] = [];
  for (let node = 0; node < trie.terminal.length; node++)
    for (let char = 0; char < 0x200; char++) {
      const [found, expected] = [childOf(trie, node, char), childFromEdges(trie, node, char)];
      if (found !== expected) wrong.push(`node ${node}, char ${char}: ${found} instead of ${expected}`);
    }
  expect(wrong).toEqual([]);
}

describe('childOf', () => {
  it.each<[string, string[]]>([
    ['narrow nodes only', ['calf', 'calves', 'shin']],
    // A root with 26 + 2 edges (é and ü beyond ASCII), and a wide node below "b".
    [
      'wide nodes, with letters beyond ASCII',
      [...'abcdefghijklmnopqrstuvwxyzéü'].map((letter) => `${letter}x`).concat([...'aeiouyrlw'].map((c) => `b${c}`)),
    ],
  ])('answers what the edges say (%s)', (_, words) => {
    expectSameAsEdges(trieOfWords(words));
  });

  it('searches the wide nodes past the 255th table', () => {
    // 300 two-letter nodes with 8 children each: 301 wide nodes with the root.
    const words: string[] = [];
    for (let k = 0; k < 300; k++)
      for (const last of 'abcdefgh')
        words.push(String.fromCharCode(0x100 + k) + String.fromCharCode(0x61 + (k % 26)) + last);
    const trie = trieOfWords(words);
    expectSameAsEdges(trie);
    // And again, now that every table that could be made is made.
    expectSameAsEdges(trie);
    expect(trie.wideCount).toBe(255);
  });
});
