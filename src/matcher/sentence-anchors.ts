import { animalWordsOf } from './animal-words.ts';
import type { AnchorFinder, TextSpan } from './anchor-finder.ts';
import type { SentenceWords } from './anchor-word-starts.ts';
import type { AnchorKind } from './anchor-steps.ts';
import type { AnchorList } from './anchor-tries.ts';
import type { RawMatch } from './apply-sense.ts';
import { clauseBreaksOf, inClause } from './clauses.ts';
import { formsIn, hasFormAt } from './forms-in.ts';
import { legPartsOf, otherRegionsOf } from './other-region.ts';
import { SentenceFrames } from './sentence-frames.ts';

const OTHER_SENSES: readonly AnchorKind[] = ['otherSenses'];
const BODY_LISTS: readonly AnchorList[] = ['framed', 'lowerLimb', 'body', 'symptoms'];
/**
 * What one sentence of the block the finder read offers its weak forms. Each kind of anchor is
 * looked for only when a rule asks for it, at most once a sentence: on a forum thread where nearly
 * every sentence holds a weak form, looking for all six up front took most of the sense rules' time
 * (Node CPU profile of matching the 600-post bench thread's text, 2026-12-02).
 */
export class SentenceAnchors {
  #strongs: number[] | undefined;
  #limbs: number[] | undefined;
  #bodies: number[] | undefined;
  #exercise: number[] | undefined;
  #symptomWords: number[] | undefined;
  #isOtherSense: boolean | undefined;
  #hasAnimalWord: boolean | undefined;
  #wordStarts: SentenceWords | undefined;
  #breaks: number[] | undefined;
  #frameQueries: SentenceFrames | undefined;
  #senseWords: SentenceWords | undefined;
  #regions: number[] | undefined;
  #legParts: number[] | undefined;
  #saysHip: boolean | undefined;

  readonly #from: number;
  readonly #to: number;
  readonly #raw: readonly RawMatch[];
  readonly #negatives: readonly TextSpan[];
  readonly #finder: AnchorFinder;
  readonly #senseFrom: number;

  /** `senseFrom`: where words of another sense count from (sentences.ts: the sentence before, after a lower-case start). */
  constructor(
    from: number,
    to: number,
    raw: readonly RawMatch[],
    negatives: readonly TextSpan[],
    finder: AnchorFinder,
    senseFrom = from,
  ) {
    // Fields written out, not parameter properties: the Node scripts (eval:sense, schema) strip types only.
    this.#from = from;
    this.#to = to;
    this.#raw = raw;
    this.#negatives = negatives;
    this.#finder = finder;
    this.#senseFrom = senseFrom;
  }

  /** The strong forms of the sentence, as `[start, end]` pairs. */
  get strongs() {
    if (!this.#strongs) {
      this.#strongs = [];
      // The sentence's forms by a binary search (forms-in.ts): a block of thousands of forms walked
      // them all for each sentence (`node tests/bench/long-block.ts --corpus --sizes 512`).
      for (const match of formsIn(this.#raw, this.#from, this.#to))
        if (match.sense === 'strong') this.#strongs.push(match.start, match.end);
    }
    return this.#strongs;
  }
  /** Lower-limb words; like every body anchor, none where the sentence is about food or animals. */
  get limbs() {
    return (this.#limbs ??= this.#body('lowerLimb'));
  }
  get bodies() {
    return (this.#bodies ??= this.#body('body'));
  }
  /** A body frame ("my calf") other than a piece of gear's (sentence-frames.ts). */
  get hasFrame() {
    return this.#frames.hasFrame;
  }
  /** Does a frame of gear worn on the part hold `match` ("knee brace" holds the knee)? sentence-frames.ts. */
  isInGear(match: { start: number; end: number }): boolean {
    return this.#frames.isInGear(match, this.hasFrame);
  }
  /** Does the sentence hold a word of another sense ("lamb", "recipe", "the club's legs")? */
  get isOtherSense() {
    return (this.#isOtherSense ??= this.#finder.has(OTHER_SENSES, this.#otherSenseWords));
  }
  /** The block's text. */
  get text(): string {
    return this.#finder.text;
  }
  /**
   * Does it hold a word that names an animal, its meat, or its farm or kitchen (other-sense-uses.ts)?
   * One inside another entry's negative context still names it: "PREGNANT COW AND CALF" (a heading;
   * "cow and calf" is the calf's negative context) is the cow's.
   */
  get hasAnimalWord() {
    return (this.#hasAnimalWord ??= animalWordsOf(this.#finder, this.#words, []).length > 0);
  }
  /** Is offset `at` in this sentence? */
  holds(at: number): boolean {
    return at >= this.#from && at < this.#to;
  }
  /**
   * The spans in the clause of offset `at`, where the sentence has several (clauses.ts). A sentence
   * before, read for a form said of "it", counts whole, as it did before clauses.
   */
  near(spans: number[], at: number): number[] {
    if (spans.length === 0 || !this.holds(at) || this.breaks.length === 0) return spans;
    return inClause(spans, at, this.breaks);
  }
  /** Where the sentence's clauses start after its first (clauses.ts): often none. */
  get breaks() {
    const isBodyAt = (i: number) =>
      hasFormAt(this.#raw, i) || BODY_LISTS.some((list) => this.#finder.phraseEnd(list, this.#from, this.#to, i) >= 0);
    return (this.#breaks ??= clauseBreaksOf(this.#finder.text, this.#from, this.#to, isBodyAt));
  }
  /** Every body frame of the sentence but gear's, asked only where it has clauses or gear. */
  get frames() {
    return this.#frames.frames;
  }
  /** Another body region than the leg ("in the wrist", "lower back"): other-region.ts. */
  get regions() {
    return (this.#regions ??= otherRegionsOf(this.#finder.text, this.#from, this.#to));
  }
  /** Does the sentence say "hip" or "hips"? Only then are its lower-limb anchors asked whether they are hips. */
  get saysHip() {
    return (this.#saysHip ??= /\bhips?\b/i.test(this.#finder.text.slice(this.#from, this.#to)));
  }
  /** Parts of the leg however said ("the top of your foot"), asked where the sentence names a region. */
  get legParts() {
    return (this.#legParts ??= legPartsOf(this.#finder.text, this.#from, this.#to));
  }
  /** Words of exercise: anchors of the relaxed forms only ("a warm-up before you run"). */
  get exercise() {
    return (this.#exercise ??= this.#body('exercise'));
  }
  get symptomWords() {
    return (this.#symptomWords ??= this.#finder.spans('symptoms', this.#words, this.#negatives));
  }

  /** The sentence's word starts, read once for all the kinds asked for. */
  get #words() {
    return (this.#wordStarts ??= this.#finder.words(this.#from, this.#to));
  }

  /** The sentence's frame queries, made when a rule first asks for a frame. */
  get #frames() {
    return (this.#frameQueries ??= new SentenceFrames({
      from: this.#from,
      to: this.#to,
      raw: this.#raw,
      negatives: this.#negatives,
      finder: this.#finder,
      words: () => this.#words,
      otherSenseWords: () => this.#otherSenseWords,
      isOtherSense: () => this.isOtherSense,
    }));
  }

  /** The word starts read for words of another sense: the sentence's own, or from `senseFrom`. */
  get #otherSenseWords() {
    if (this.#senseFrom === this.#from) return this.#words;
    return (this.#senseWords ??= this.#finder.words(this.#senseFrom, this.#to));
  }

  #body(kind: AnchorKind): number[] {
    const spans = this.#finder.spans(kind, this.#words, this.#negatives);
    if (spans.length === 0) return spans;
    return this.isOtherSense ? [] : spans;
  }
}
