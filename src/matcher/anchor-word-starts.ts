import { ANCHOR_CLASSES, ANCHOR_GAP, ANCHOR_WORD, foldAnchorChar } from './anchor-chars.ts';
import { pairKey } from './anchor-steps.ts';
import { childOf, NO_TERMINAL, type CharTrie } from './char-trie.ts';

/** A sentence's word starts where a pattern may start: entries `[first, end)` of `AnchorWordStarts`. */
export interface SentenceWords {
  from: number;
  to: number;
  first: number;
  end: number;
  /** Which `read` of the finder the entries are of: a later one writes over them (`AnchorWordStarts.reads`). */
  read: number;
}

/** What tells the word starts where a pattern may start from the others. */
export interface AnchorStartTables {
  /** `firstPairsOf` (anchor-steps.ts): the patterns each pair of first characters may start. */
  pairs: Uint16Array;
  /** Every pattern starts with a word character: only the starts of words need reading. */
  isWordFirst: boolean;
  /** The anchor trie, and where the first words of all its lists start (anchor-tries.ts). */
  trie: CharTrie;
  firstWords: number;
  /** `patternsOfListsOf` (anchor-steps.ts): per list, the patterns that its first words start. */
  patternsOfLists: Uint16Array;
}

/**
 * The word starts of the sentences of one block where an anchor pattern may start, with the
 * patterns that may (bit `p` for the `p`th): each sentence is read once for all the kinds of anchor
 * asked of it, into arrays reused from block to block, so reading allocates nothing. A start is
 * kept when its first two characters may start a pattern, then when a first word of the pattern's
 * list is there: on the 600-post bench thread, 73 % of the patterns tried where the first two
 * characters allowed them failed within their first word.
 */
export class AnchorWordStarts {
  /** The block being read. */
  text = '';
  starts = new Int32Array(1024);
  bits = new Uint16Array(1024);
  #count = 0;
  /** How many times `read` was called: a sentence's words of an earlier read are no longer valid. */
  reads = 0;
  readonly #tables: AnchorStartTables;

  constructor(tables: AnchorStartTables) {
    this.#tables = tables;
  }

  /** Starts a block: what `words` gave for the block before is no longer valid. */
  read(text: string): void {
    this.text = text;
    this.#count = 0;
    this.reads++;
  }

  /**
   * Reads the sentence `[from, to)` of the block: its word starts whose first two characters may
   * start a pattern, as the expressions saw the sentence (its ends as the ends of their input).
   */
  words(from: number, to: number): SentenceWords {
    const text = this.text;
    const { pairs, isWordFirst } = this.#tables;
    const first = this.#count;
    let count = first;
    let isWordBefore = false;
    for (let i = from; i < to; i++) {
      const char = text.charCodeAt(i);
      const isWord = (ANCHOR_CLASSES[char]! & ANCHOR_WORD) !== 0;
      if (isWord !== isWordBefore && (isWord || !isWordFirst)) {
        const second = i + 1 < to ? foldAnchorChar(text.charCodeAt(i + 1)) : 0;
        let bits = pairs[pairKey(foldAnchorChar(char), second)]!;
        if (bits !== 0) bits &= this.#patternsOfFirstWords(i, to);
        if (bits !== 0) {
          if (count === this.starts.length) this.#grow();
          this.starts[count] = i;
          this.bits[count++] = bits;
        }
      }
      isWordBefore = isWord;
    }
    this.#count = count;
    return { from, to, first, end: count, read: this.reads };
  }

  /** The patterns that the first words found at `i` start: the first word trie walked as far as it goes. */
  #patternsOfFirstWords(i: number, to: number): number {
    const { trie, firstWords, patternsOfLists } = this.#tables;
    const text = this.text;
    let lists = 0;
    for (let node = firstWords, j = i; j < to; j++) {
      const char = text.charCodeAt(j);
      if ((ANCHOR_CLASSES[char]! & ANCHOR_GAP) !== 0) break;
      node = childOf(trie, node, foldAnchorChar(char));
      if (node < 0) break;
      const terminal = trie.terminal[node]!;
      if (terminal !== NO_TERMINAL) lists |= terminal;
    }
    let patterns = 0;
    // Each list of the set, lowest bit first: a word starts phrases of one or two lists, seldom more.
    for (; lists !== 0; lists &= lists - 1) patterns |= patternsOfLists[31 - Math.clz32(lists & -lists)]!;
    return patterns;
  }

  #grow() {
    const starts = new Int32Array(this.starts.length * 2);
    const bits = new Uint16Array(this.starts.length * 2);
    starts.set(this.starts);
    bits.set(this.bits);
    this.starts = starts;
    this.bits = bits;
  }
}
