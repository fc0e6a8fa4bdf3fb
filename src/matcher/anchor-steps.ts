import { isAnchorWordChar } from './anchor-chars.ts';
import { ANCHOR_LISTS, type AnchorList } from './anchor-tries.ts';
import { childOf, GAP_EDGE, NO_TERMINAL, type CharTrie } from './char-trie.ts';

// The steps of a pattern, each followed by its argument (a list's root node, or 0). They spell out
// the regular expressions the sense rules used before anchor-finder.ts, in the same order.
/** A phrase of a list (the argument), as written or inflected. */
export const PHRASE = 0;
/** `[\s\u00a0-]+` */
export const GAP = 1;
/** `[a-z]+`, any word: "swollen" in "sore and swollen calf". */
export const LETTERS = 2;
/** `(?:,|GAP and)`: a list of two. */
export const COMMA_OR_AND = 3;
/** `['’]s` */
export const POSSESSIVE = 4;
/** `\b` */
export const BOUNDARY = 5;
/** `(?:…)?`, greedy: the next `n` steps (the argument), then the rest; else the rest without them. */
export const OPTIONAL = 6;
/** `(?:,GAP(?:and GAP)?|GAP and GAP)`: between the items of a list. */
export const LIST_GAP = 7;

/** What a sentence can hold that anchors a weak form, or cancels its body anchors (`otherSenses`). */
export const ANCHOR_KINDS = ['lowerLimb', 'body', 'frame', 'symptoms', 'otherSenses', 'exercise'] as const;
export type AnchorKind = (typeof ANCHOR_KINDS)[number];

/** The patterns of all kinds, in `ANCHOR_KINDS` order, and which of them each kind has (bit `p` for the `p`th). */
export interface AnchorSteps {
  patterns: Int32Array[];
  kindBits: number[];
}

const steps = (...values: number[]) => Int32Array.from(values);

/**
 * The patterns of each kind, tried in this order at each word start. A frame is a framed word right
 * after a frame word or a person's possessive ("my calf", "my dad's legs"), right before one ("calf
 * pain", "calf keeps cramping"), first in a list of two after a frame word ("sore, swollen calf"; a
 * comma or "and", not any word: "in the warm foot bath" is no one's foot), before a state said with
 * a verb, perhaps a word of degree and a list ("the knee was so hot and swollen"), after two or
 * three symptoms one of which is a state ("hot, red and tender calf"), or last in a lower-limb
 * phrase ("cramp in his calves"), or after a person and before a frame of weakness ("her legs are
 * so weak"; not "The legs are so weak on this cheap table"). A possessive is "my", "your"… and a word
 * ("my husband's"), or a family name alone ("Mum's"): not any possessive ("the company's foot
 * soldiers"). A pattern with an empty list is left out.
 */
export function anchorStepsOf(roots: Record<AnchorList, number>): AnchorSteps {
  const whole = (list: AnchorList) => (roots[list] < 0 ? [] : [steps(PHRASE, roots[list], BOUNDARY, 0)]);
  const { framed, framesBefore: before, framesAfter: after, states, owners, family } = roots;
  const { stateVerbs, degree, often, listed, limbFramed, weakAfter, persons } = roots;
  // Pieces shared by the frames: "…calf" after a gap; ", " or " and "; an optional piece of steps.
  const framedEnd = [GAP, 0, PHRASE, framed, BOUNDARY, 0];
  const listOfTwo = [COMMA_OR_AND, 0, GAP, 0];
  const optional = (...piece: number[]) => [OPTIONAL, piece.length / 2, ...piece];
  // "…was so hot and swollen" after a framed word; "hot, red and" before a framed word.
  const saidState = [GAP, 0, PHRASE, stateVerbs, GAP, 0, ...optional(PHRASE, degree, GAP, 0)];
  const [item, state] = [
    [PHRASE, listed, LIST_GAP, 0],
    [PHRASE, states, LIST_GAP, 0],
  ];
  const frames = [
    [PHRASE, before, ...framedEnd],
    [PHRASE, owners, GAP, 0, LETTERS, 0, POSSESSIVE, 0, ...framedEnd],
    [PHRASE, family, POSSESSIVE, 0, ...framedEnd],
    [
      PHRASE,
      framed,
      GAP,
      0,
      ...optional(PHRASE, often, GAP, 0),
      ...optional(PHRASE, often, GAP, 0),
      // "Ankle still a bit swollen", "feet all puffy": a word of degree before the frame (held10).
      ...optional(PHRASE, degree, GAP, 0),
      PHRASE,
      after,
      BOUNDARY,
      0,
    ],
    [PHRASE, before, ...listOfTwo, LETTERS, 0, ...framedEnd],
    [
      PHRASE,
      framed,
      ...saidState,
      ...optional(LETTERS, 0, ...listOfTwo),
      ...optional(LETTERS, 0, ...listOfTwo),
      PHRASE,
      states,
      BOUNDARY,
      0,
    ],
    [...state, ...optional(...item), PHRASE, listed, ...framedEnd],
    [...item, ...state, PHRASE, listed, ...framedEnd],
    [...item, ...optional(...item), PHRASE, states, ...framedEnd],
    [PHRASE, limbFramed, BOUNDARY, 0],
    // "her legs are so weak", "dad leg suddenly very weak": a weak frame needs a person before the leg.
    [
      ...[PHRASE, persons, GAP, 0, PHRASE, framed, GAP, 0],
      ...optional(PHRASE, often, GAP, 0),
      ...optional(PHRASE, stateVerbs, GAP, 0),
      ...[PHRASE, weakAfter, BOUNDARY, 0],
    ],
  ]
    .filter((pattern) => pattern.every((value, k) => k % 2 === 0 || pattern[k - 1] !== PHRASE || value >= 0))
    .map((pattern) => Int32Array.from(pattern));
  const byKind: Record<AnchorKind, Int32Array[]> = {
    lowerLimb: whole('lowerLimb'),
    body: whole('body'),
    frame: framed < 0 ? [] : frames,
    symptoms: whole('symptoms'),
    otherSenses: whole('otherSenses'),
    exercise: whole('exercise'),
  };
  const patterns: Int32Array[] = [];
  const kindBits = ANCHOR_KINDS.map((kind) =>
    byKind[kind].reduce((bits, pattern) => bits | (1 << (patterns.push(pattern) - 1)), 0),
  );
  if (patterns.length > 16) throw new Error('more anchor patterns than bits in a start table');
  return { patterns, kindBits };
}

/** Where a table of first two characters looks up the pair `first`, `second` (folded; aliased above 0xff). */
export const pairKey = (first: number, second: number) => ((first & 0xff) << 8) | (second & 0xff);

/**
 * Per pair of folded first characters (`pairKey`), bit `p` set where the `p`th pattern can start
 * with them: most words start no pattern and are passed over without walking the trie (a table of
 * first characters alone let most words through: "my", "left", "sore", "in the" start frames).
 * A one-character word marks every pair it starts. `isWordFirst`: every pattern starts with a word
 * character, so only the starts of words need trying.
 */
export function firstPairsOf(
  trie: CharTrie,
  patterns: readonly Int32Array[],
): { pairs: Uint16Array; isWordFirst: boolean } {
  const pairs = new Uint16Array(0x10000);
  let isWordFirst = true;
  patterns.forEach((pattern, index) => {
    const root = pattern[1]!;
    for (let edge = trie.edgeStart[root]!; edge < trie.edgeStart[root + 1]!; edge++) {
      const first = trie.edgeChar[edge]!;
      const node = trie.edgeTarget[edge]!;
      const mark = (second: number) => (pairs[pairKey(first, second)]! |= 1 << index);
      isWordFirst &&= isAnchorWordChar(first);
      if (trie.terminal[node] !== NO_TERMINAL || childOf(trie, node, GAP_EDGE) >= 0)
        for (let second = 0; second <= 0xff; second++) mark(second);
      for (let next = trie.edgeStart[node]!; next < trie.edgeStart[node + 1]!; next++)
        if (trie.edgeChar[next] !== GAP_EDGE) mark(trie.edgeChar[next]!);
    }
  });
  return { pairs, isWordFirst };
}

/**
 * Per list (`ANCHOR_LISTS` order), the patterns whose first phrase is of it (bit `p` for the `p`th):
 * the patterns a word start may begin, once the first words that match there are known
 * (anchor-word-starts.ts). Per list, not per set of lists: with 16 lists, a table of every set took
 * 2 ms to fill on each page (`new AnchorFinder`, Node 22).
 */
export function patternsOfListsOf(roots: Record<AnchorList, number>, patterns: readonly Int32Array[]): Uint16Array {
  return Uint16Array.from(ANCHOR_LISTS, (list) =>
    patterns.reduce((bits, pattern, index) => (pattern[1] === roots[list] ? bits | (1 << index) : bits), 0),
  );
}
