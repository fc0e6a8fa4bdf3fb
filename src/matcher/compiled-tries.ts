import type { CompiledTries } from './compile-matcher.ts';
import { charTrieFrom, type CharTrie } from './char-trie.ts';

/** A character trie as JSON: its arrays as arrays of numbers. */
interface SerializedTrie {
  edgeStart: number[];
  edgeChar: number[];
  edgeTarget: number[];
  terminal: number[];
}

export interface SerializedTries extends Omit<CompiledTries, 'folded' | 'exact' | 'anchors'> {
  folded: SerializedTrie;
  exact: SerializedTrie;
  anchors: SerializedTrie;
}

const serializeTrie = (trie: CharTrie): SerializedTrie => ({
  edgeStart: [...trie.edgeStart],
  edgeChar: [...trie.edgeChar],
  edgeTarget: [...trie.edgeTarget],
  terminal: [...trie.terminal],
});

/**
 * The JSON's arrays are the trie's: copying them into typed arrays was work in the first slice of
 * every page (0.4 ms in Node 22, cold), and the parsed arrays are kept anyway, by the module that
 * imports them, so the copies were heap too (docs/performance.md, "First marks in view, the
 * eleventh session").
 */
const restoreTrie = (trie: SerializedTrie): CharTrie =>
  charTrieFrom(trie.edgeStart, trie.edgeChar, trie.edgeTarget, trie.terminal);

/**
 * Compiled tries as JSON. The bundled glossary ships precompiled (`npm run schema`): restoring takes
 * the JSON's arrays as they are, where compiling took 35–45 ms of a content script's first slices at
 * page load (Chromium 156).
 */
export const serializeTries = (tries: CompiledTries): SerializedTries => ({
  ...tries,
  folded: serializeTrie(tries.folded),
  exact: serializeTrie(tries.exact),
  anchors: serializeTrie(tries.anchors),
});

export const restoreTries = (data: SerializedTries): CompiledTries => ({
  ...data,
  folded: restoreTrie(data.folded),
  exact: restoreTrie(data.exact),
  anchors: restoreTrie(data.anchors),
});
