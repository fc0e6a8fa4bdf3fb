import { AnchorStepRunner } from './anchor-step-runner.ts';
import { ANCHOR_KINDS, anchorStepsOf, firstPairsOf, patternsOfListsOf, type AnchorKind } from './anchor-steps.ts';
import { anchorRootsOf, firstWordsRootOf, type AnchorList } from './anchor-tries.ts';
import { AnchorWordStarts, type SentenceWords } from './anchor-word-starts.ts';
import type { CharTrie } from './char-trie.ts';

function isInside(start: number, end: number, spans: readonly TextSpan[]): boolean {
  for (const span of spans) if (span.start <= start && end <= span.end) return true;
  return false;
}

/** A span of text: here, a negative context ("down on my knees") in which no anchor counts. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Finds anchor phrases in the sentences of a block by walking the anchor trie (anchor-tries.ts)
 * from word starts. It finds exactly what the regular expressions it replaced found, in the same
 * order (`\b(?:phrases)\b`, flags `gi`, run with `exec` over the sentence): phrases in the order
 * those expressions tried them, longer words and longer phrases first, each search going on after
 * the last span found. Those expressions were large alternations, and their first runs on a page,
 * before V8 compiled them to native code, were most of the sense rules' cost: a first pass of the
 * whole matcher over the 600-post bench thread's text took 105–122 ms of CPU with them (at the rules
 * of issue 13: a 16.6k-character frame expression) and 25–40 ms with this (0.2.2's matcher: 4–17
 * ms; `node tests/bench/match-forum.ts DIR`, Node 22, 5 processes each, three runs). The frames,
 * with their optional words and lists, are step lists (anchor-steps.ts). A sentence is read once (`words`) into the word starts where some pattern may start.
 */
export class AnchorFinder {
  /** Which of the patterns of all kinds (anchor-steps.ts) each kind has. */
  readonly #kindBits: number[];
  /** Where each list's phrases start in the trie (anchor-tries.ts), for `phraseEnd`. */
  readonly #roots: Record<AnchorList, number>;
  /** The block read, and the word starts of its sentences read so far. */
  readonly #starts: AnchorWordStarts;
  /** Runs the patterns' steps over the block read (anchor-step-runner.ts). */
  readonly #runner: AnchorStepRunner;
  /** `wholeSpans` of each kind asked, for the block read. */
  readonly #wholeSpans = new Map<AnchorKind, number[]>();

  constructor(trie: CharTrie) {
    const roots = anchorRootsOf(trie);
    this.#roots = roots;
    const { patterns, kindBits } = anchorStepsOf(roots);
    this.#kindBits = kindBits;
    this.#starts = new AnchorWordStarts({
      ...firstPairsOf(trie, patterns),
      trie,
      firstWords: firstWordsRootOf(trie),
      patternsOfLists: patternsOfListsOf(roots, patterns),
    });
    this.#runner = new AnchorStepRunner(trie, patterns, this.#starts);
  }

  /** Starts a block: `words` reads its sentences; what it gave for the block before is no longer valid. */
  read(text: string): void {
    this.#starts.read(text);
    this.#wholeSpans.clear();
  }

  /** The block read. */
  get text(): string {
    return this.#starts.text;
  }

  /**
   * The spans of a kind in the whole block read, no negative span left out, found once a block: for
   * a rule that asks what comes before an offset, anywhere in the block (limb-list.ts). Read up to
   * each offset asked instead, a long block with many lists read its start again for each one.
   */
  wholeSpans(kind: AnchorKind): readonly number[] {
    let spans = this.#wholeSpans.get(kind);
    if (!spans) this.#wholeSpans.set(kind, (spans = this.spans(kind, this.words(0, this.text.length), [])));
    return spans;
  }

  /** Reads the sentence `[from, to)` of the block read, once for every kind asked of it. */
  words(from: number, to: number): SentenceWords {
    return this.#starts.words(from, to);
  }

  /**
   * The spans of a kind in a sentence, as `[start, end]` pairs, leaving out those inside a negative
   * span ("down on my knees" is no body frame) and stopping after `max`. Each search goes on from
   * the end of the last span found, kept or not, as `exec` went on.
   */
  spans(kind: AnchorKind, sentence: SentenceWords, negatives: readonly TextSpan[], max = Infinity): number[] {
    const words = this.#current(sentence);
    const spans: number[] = [];
    const bits = this.#kindBits[ANCHOR_KINDS.indexOf(kind)]!;
    this.#runner.setSentence(words.from, words.to);
    let at = words.from;
    const { starts, bits: startBits } = this.#starts;
    for (let k = words.first; k < words.end && spans.length < 2 * max; k++) {
      const start = starts[k]!;
      // Two word starts in three may start no pattern of this kind (600-post bench thread).
      if (start < at || (startBits[k]! & bits) === 0) continue;
      const end = this.#runner.match(startBits[k]! & bits, start);
      if (end < 0) continue;
      if (!isInside(start, end, negatives)) spans.push(start, end);
      at = end;
    }
    return spans;
  }

  /** Does a sentence hold a phrase of any of these kinds? */
  has(kinds: readonly AnchorKind[], sentence: SentenceWords): boolean {
    const words = this.#current(sentence);
    const bits = kinds.reduce((all, kind) => all | this.#kindBits[ANCHOR_KINDS.indexOf(kind)]!, 0);
    this.#runner.setSentence(words.from, words.to);
    const { starts, bits: startBits } = this.#starts;
    for (let k = words.first; k < words.end; k++)
      if ((startBits[k]! & bits) !== 0 && this.#runner.match(startBits[k]! & bits, starts[k]!) >= 0) return true;
    return false;
  }

  /**
   * A sentence's words as the block now read has them: words read before the last `read` are read
   * again, as the entries they name may hold another sentence's since. run-matcher.ts reads a
   * heading for a short block's section answer in the middle of the block's rules, then the block
   * again; a sentence whose anchors a rule had begun to read before that (sentence-anchors.ts keeps
   * its words) read the starts of the sentences read after it.
   */
  #current(words: SentenceWords): SentenceWords {
    return words.read === this.#starts.reads ? words : this.words(words.from, words.to);
  }

  /**
   * The end of the longest phrase of `list` that starts at `i` and ends at a word boundary, in the
   * sentence `[from, to)` of the block read; -1 if none does ("calf" of `framed` in "my calf is red").
   */
  phraseEnd(list: AnchorList, from: number, to: number, i: number): number {
    const root = this.#roots[list];
    if (root < 0) return -1;
    this.#runner.setSentence(from, to);
    return this.#runner.phraseEnd(root, i);
  }
}
