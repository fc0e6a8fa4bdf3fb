import { ANCHOR_CLASSES, ANCHOR_GAP, ANCHOR_LETTER, ANCHOR_WORD, foldAnchorChar } from './anchor-chars.ts';
import { BOUNDARY, COMMA_OR_AND, GAP, LETTERS, LIST_GAP, OPTIONAL, PHRASE, POSSESSIVE } from './anchor-steps.ts';
import type { AnchorWordStarts } from './anchor-word-starts.ts';
import { childOf, GAP_EDGE, NO_TERMINAL, type CharTrie } from './char-trie.ts';

/** A phrase, then a word boundary: what `phraseEnd` runs (the phrase's root is passed apart). */
const WHOLE_PHRASE = Int32Array.of(PHRASE, -1, BOUNDARY, 0);

const isGap = (code: number) => (ANCHOR_CLASSES[code]! & ANCHOR_GAP) !== 0;

/**
 * Runs the step lists of the anchor patterns (anchor-steps.ts) over the text of the block that
 * anchor-finder.ts read, within one sentence at a time: each phrase walked in the anchor trie
 * (anchor-tries.ts), each way tried in the order the regular expressions it replaced tried them.
 */
export class AnchorStepRunner {
  readonly #trie: CharTrie;
  readonly #patterns: readonly Int32Array[];
  readonly #starts: AnchorWordStarts;
  // The sentence being searched, whose ends the expressions saw as the ends of their input.
  #from = 0;
  #to = 0;
  /** Trie nodes passed while reading a word, to try its shorter prefixes after the longer. */
  #stack = new Int32Array(256);
  #top = 0;

  constructor(trie: CharTrie, patterns: readonly Int32Array[], starts: AnchorWordStarts) {
    this.#trie = trie;
    this.#patterns = patterns;
    this.#starts = starts;
  }

  /** Searches the sentence `[from, to)` of the block read from now on. */
  setSentence(from: number, to: number): void {
    this.#from = from;
    this.#to = to;
  }

  /** The end of the longest phrase from trie node `root` at `i` that ends at a word boundary, or -1. */
  phraseEnd(root: number, i: number): number {
    return this.#phrase(root, i, WHOLE_PHRASE, 2);
  }

  /** The first pattern of `bits` (in their order) that matches at `i`: its end, or -1. */
  match(bits: number, i: number): number {
    for (let index = 0; bits !== 0; index++, bits >>>= 1) {
      if ((bits & 1) === 0) continue;
      // Every pattern starts with a phrase (anchor-steps.ts).
      const pattern = this.#patterns[index]!;
      const end = this.#phrase(pattern[1]!, i, pattern, 2);
      if (end >= 0) return end;
    }
    return -1;
  }

  /** Runs the steps of `pattern` from step `k` at `i`: the end of the first way that matches, or -1. */
  #run(pattern: Int32Array, k: number, i: number): number {
    if (k === pattern.length) return i;
    const text = this.#starts.text;
    const to = this.#to;
    const next = k + 2;
    switch (pattern[k]) {
      case PHRASE:
        return this.#phrase(pattern[k + 1]!, i, pattern, next);
      case GAP:
        return i < to && isGap(text.charCodeAt(i)) ? this.#run(pattern, next, this.#gapEnd(i)) : -1;
      case LETTERS: {
        // Shorter runs are followed by a letter, which no next step takes: only the longest can match.
        const j = this.#lettersEnd(i);
        return j > i ? this.#run(pattern, next, j) : -1;
      }
      case COMMA_OR_AND: {
        if (i < to && text.charCodeAt(i) === 0x2c) {
          const end = this.#run(pattern, next, i + 1);
          if (end >= 0) return end;
        }
        if (i >= to || !isGap(text.charCodeAt(i))) return -1;
        const j = this.#gapEnd(i);
        return this.#reads(j, 'and') ? this.#run(pattern, next, j + 3) : -1;
      }
      case LIST_GAP: {
        // A comma, a gap and perhaps "and" and a gap; or a gap, "and" and a gap. A gap is taken
        // whole: no word of a list starts with a gap character.
        if (i < to && text.charCodeAt(i) === 0x2c) {
          if (i + 1 >= to || !isGap(text.charCodeAt(i + 1))) return -1;
          const j = this.#gapEnd(i + 1);
          const end = this.#isAndGap(j) ? this.#run(pattern, next, this.#gapEnd(j + 3)) : -1;
          return end >= 0 ? end : this.#run(pattern, next, j);
        }
        if (i >= to || !isGap(text.charCodeAt(i))) return -1;
        const j = this.#gapEnd(i);
        return this.#isAndGap(j) ? this.#run(pattern, next, this.#gapEnd(j + 3)) : -1;
      }
      case OPTIONAL: {
        // Greedy, as `?`: with the optional steps (every way of them) first, then without.
        const end = this.#run(pattern, next, i);
        return end >= 0 ? end : this.#run(pattern, next + 2 * pattern[k + 1]!, i);
      }
      case POSSESSIVE:
        return this.#reads(i, "'s") ? this.#run(pattern, next, i + 2) : -1;
      case BOUNDARY:
        // Last in every pattern: no call for the end.
        return !this.#isBoundary(i) ? -1 : next === pattern.length ? i : this.#run(pattern, next, i);
      default:
        throw new Error(`unknown anchor step ${pattern[k]}`);
    }
  }

  /**
   * A phrase from trie node `node` at `i`, then the rest of the pattern. Its words are read as far
   * as the trie goes, then tried back from the longest, each continued by a longer phrase (the gap
   * edge) before it ends, in the order of the expressions' alternation (tests/support/phrase-pattern.ts).
   */
  #phrase(node: number, i: number, pattern: Int32Array, next: number): number {
    const trie = this.#trie;
    const text = this.#starts.text;
    const to = this.#to;
    const base = this.#top;
    for (let j = i; j < to; j++) {
      const char = text.charCodeAt(j);
      // Words hold no gap character: the gap edge is taken only as a gap, below.
      if ((ANCHOR_CLASSES[char]! & ANCHOR_GAP) !== 0) break;
      node = childOf(trie, node, foldAnchorChar(char));
      if (node < 0) break;
      if (this.#top === this.#stack.length) {
        const grown = new Int32Array(this.#top * 2);
        grown.set(this.#stack);
        this.#stack = grown;
      }
      this.#stack[this.#top++] = node;
    }
    let found = -1;
    for (let depth = this.#top - base; depth > 0 && found < 0; depth--) {
      const at = this.#stack[base + depth - 1]!;
      const end = i + depth;
      const gap = end < to && isGap(text.charCodeAt(end)) ? childOf(trie, at, GAP_EDGE) : -1;
      if (gap >= 0) found = this.#phrase(gap, this.#gapEnd(end), pattern, next);
      if (found < 0 && trie.terminal[at] !== NO_TERMINAL) found = this.#run(pattern, next, end);
    }
    this.#top = base;
    return found;
  }

  /** Does the text at `i` read `word` (lower case, ' for either apostrophe), case aside? */
  #reads(i: number, word: string): boolean {
    if (i + word.length > this.#to) return false;
    for (let k = 0; k < word.length; k++)
      if (foldAnchorChar(this.#starts.text.charCodeAt(i + k)) !== word.charCodeAt(k)) return false;
    return true;
  }

  /** "and" and a gap at `i`. */
  #isAndGap(i: number): boolean {
    return this.#reads(i, 'and') && i + 3 < this.#to && isGap(this.#starts.text.charCodeAt(i + 3));
  }

  #lettersEnd(i: number): number {
    while (i < this.#to && (ANCHOR_CLASSES[this.#starts.text.charCodeAt(i)]! & ANCHOR_LETTER) !== 0) i++;
    return i;
  }

  #gapEnd(i: number): number {
    while (i < this.#to && isGap(this.#starts.text.charCodeAt(i))) i++;
    return i;
  }

  /** `\b` in the sentence, whose ends count as non-word characters. */
  #isBoundary(i: number): boolean {
    const isBefore = i > this.#from && (ANCHOR_CLASSES[this.#starts.text.charCodeAt(i - 1)]! & ANCHOR_WORD) !== 0;
    const isAfter = i < this.#to && (ANCHOR_CLASSES[this.#starts.text.charCodeAt(i)]! & ANCHOR_WORD) !== 0;
    return isBefore !== isAfter;
  }
}
