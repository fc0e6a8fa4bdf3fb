import { ANCHOR_CLASSES, ANCHOR_WORD, foldAnchorChar } from './anchor-chars.ts';
import { pairKey } from './anchor-steps.ts';

/** A sentence's word starts where a pattern may start: entries `[first, end)` of `AnchorWordStarts`. */
export interface SentenceWords {
  from: number;
  to: number;
  first: number;
  end: number;
}

/**
 * The word starts of the sentences of one block where an anchor pattern may start, with the
 * patterns that may (bit `p` for the `p`th): each sentence is read once for all the kinds of anchor
 * asked of it, into arrays reused from block to block, so reading allocates nothing.
 */
export class AnchorWordStarts {
  /** The block being read. */
  text = '';
  starts = new Int32Array(1024);
  bits = new Uint16Array(1024);
  #count = 0;
  readonly #pairs: Uint16Array;
  readonly #isWordFirst: boolean;

  /** `pairs` and `isWordFirst` as `firstPairsOf` (anchor-steps.ts) gives them. */
  constructor(pairs: Uint16Array, isWordFirst: boolean) {
    this.#pairs = pairs;
    this.#isWordFirst = isWordFirst;
  }

  /** Starts a block: what `words` gave for the block before is no longer valid. */
  read(text: string): void {
    this.text = text;
    this.#count = 0;
  }

  /**
   * Reads the sentence `[from, to)` of the block: its word starts whose first two characters may
   * start a pattern, as the expressions saw the sentence (its ends as the ends of their input).
   */
  words(from: number, to: number): SentenceWords {
    const text = this.text;
    const pairs = this.#pairs;
    const isWordFirst = this.#isWordFirst;
    const first = this.#count;
    let count = first;
    let isWordBefore = false;
    for (let i = from; i < to; i++) {
      const char = text.charCodeAt(i);
      const isWord = (ANCHOR_CLASSES[char]! & ANCHOR_WORD) !== 0;
      if (isWord !== isWordBefore && (isWord || !isWordFirst)) {
        const second = i + 1 < to ? foldAnchorChar(text.charCodeAt(i + 1)) : 0;
        const bits = pairs[pairKey(foldAnchorChar(char), second)]!;
        if (bits !== 0) {
          if (count === this.starts.length) this.#grow();
          this.starts[count] = i;
          this.bits[count++] = bits;
        }
      }
      isWordBefore = isWord;
    }
    this.#count = count;
    return { from, to, first, end: count };
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
