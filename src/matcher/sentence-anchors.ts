import { animalWordsOf, hasOtherThanPets } from './animal-words.ts';
import type { AnchorFinder, TextSpan } from './anchor-finder.ts';
import type { SentenceWords } from './anchor-word-starts.ts';
import type { AnchorKind } from './anchor-steps.ts';
import type { AnchorList } from './anchor-tries.ts';
import type { RawMatch } from './apply-sense.ts';
import { clauseBreaksOf, inClause } from './clauses.ts';
import { isLeftOutFrame, JOINT_TROUBLE } from './left-out-frames.ts';
import { limbListSpans } from './limb-list.ts';
import { openingSignEnd } from './opening-sign.ts';
import { legPartsOf, otherRegionsOf } from './other-region.ts';

const OTHER_SENSES: readonly AnchorKind[] = ['otherSenses'];
const OWN_FRAME = /^(?:my|your)[\s\u00a0]+[a-z'’]+$/i;
/** A frame that ends in gear worn on the part: "knee brace", "ankle supports". */
const GEAR = /[\s\u00a0-](?:brace|support|sleeve|strap)s?$/i;
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
  #hasFrame: boolean | undefined;
  #exercise: number[] | undefined;
  #symptomWords: number[] | undefined;
  #isOtherSense: boolean | undefined;
  #hasAnimalWord: boolean | undefined;
  #wordStarts: SentenceWords | undefined;
  #breaks: number[] | undefined;
  #frames: number[] | undefined;
  #framesWithGear: number[] | undefined;
  /** Is the first frame found gear's? Only then are the others looked for before a rule asks. */
  #hasGear = false;
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
      for (const match of this.#raw)
        if (match.sense === 'strong' && match.start >= this.#from && match.start < this.#to)
          this.#strongs.push(match.start, match.end);
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
  /**
   * A body frame ("my calf") other than a piece of gear's: only whether there is one counts, so the
   * search stops at the first unless that is gear ("knee brace", below).
   */
  get hasFrame() {
    if (this.#hasFrame === undefined) {
      const first = this.#body('frame', 1);
      this.#hasGear = first.length > 0 && this.#isGear(first[0]!, first[1]!);
      this.#hasFrame = first.length > 0 && (!this.#hasGear || this.frames.length > 0);
    }
    return this.#hasFrame;
  }
  /**
   * Does a frame of gear worn on the part hold `match` ("knee brace" holds the knee)? Such a frame
   * anchors the part it names and nothing else: a knee brace is also a builder's strut ("The knee
   * brace carries the rafter, so the frame stays stiff" was a false mark of "stiff"). "my knee
   * brace" still frames, as "my knee".
   */
  isInGear(match: { start: number; end: number }): boolean {
    if (!this.hasFrame && !this.#hasGear) return false;
    const all = this.#allFrames;
    for (let k = 0; k < all.length; k += 2)
      if (all[k]! <= match.start && match.end <= all[k + 1]! && this.#isGear(all[k]!, all[k + 1]!)) return true;
    return false;
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
      this.#raw.some((match) => match.start === i) ||
      BODY_LISTS.some((list) => this.#finder.phraseEnd(list, this.#from, this.#to, i) >= 0);
    return (this.#breaks ??= clauseBreaksOf(this.#finder.text, this.#from, this.#to, isBodyAt));
  }
  /** Every body frame of the sentence but gear's, asked only where it has clauses or gear. */
  get frames() {
    if (!this.#frames) {
      const all = this.#allFrames;
      this.#frames = [];
      for (let k = 0; k < all.length; k += 2)
        if (!this.#isGear(all[k]!, all[k + 1]!)) this.#frames.push(all[k]!, all[k + 1]!);
    }
    return this.#frames;
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

  get #allFrames() {
    return (this.#framesWithGear ??= this.#body('frame'));
  }

  #isGear(from: number, to: number): boolean {
    const frame = this.#finder.text.slice(from, to);
    // A knee's or an ankle's trouble (`JOINT_TROUBLE`) anchors that part only, as gear does: sport's
    // news says "a knee problem" beside a team that "looked weak" (limb-frames round).
    return GEAR.test(frame) || JOINT_TROUBLE.test(frame);
  }

  /** The word starts read for words of another sense: the sentence's own, or from `senseFrom`. */
  get #otherSenseWords() {
    if (this.#senseFrom === this.#from) return this.#words;
    return (this.#senseWords ??= this.#finder.words(this.#senseFrom, this.#to));
  }

  #body(kind: AnchorKind, max?: number): number[] {
    const spans =
      kind === 'frame' ? this.#frameSpans(max) : this.#finder.spans(kind, this.#words, this.#negatives, max);
    if (spans.length === 0) return spans;
    if (!this.isOtherSense) return spans;
    return kind === 'frame' ? this.#ownFrames() : [];
  }

  /**
   * The frames of the sentence, up to `max`: a sign that opens it said of a part ("Redness of the
   * calf": opening-sign.ts) first, then the finder's but those left-out-frames.ts leaves out.
   */
  #frameSpans(max = Infinity): number[] {
    const text = this.#finder.text;
    const sign = this.#openingSign();
    if (sign.length > 0 && max === 1) return sign;
    const isKept = (spans: number[], k: number) => !isLeftOutFrame(text, spans[k]!, spans[k + 1]!);
    const spans = this.#finder.spans('frame', this.#words, this.#negatives, max);
    if (sign.length === 0 && spans.length > 0 && spans.every((_, k) => k % 2 === 1 || isKept(spans, k))) return spans;
    const all =
      max === Infinity || spans.length === 0 ? spans : this.#finder.spans('frame', this.#words, this.#negatives);
    const kept = [...sign];
    for (let k = 0; k < all.length && kept.length < 2 * max; k += 2)
      if (isKept(all, k) && all[k]! >= (sign[1] ?? 0)) kept.push(all[k]!, all[k + 1]!);
    // Lists of parts ("the feet, ankles and legs": limb-list.ts), looked for only where the finder's
    // frames are not enough: most sentences with a frame never ask.
    if (kept.length < 2 * max) kept.push(...this.#limbLists(kept));
    return kept;
  }

  /** The sentence's lists of parts (limb-list.ts) that no frame of `kept` overlaps. */
  #limbLists(kept: readonly number[]): number[] {
    const lists = limbListSpans(this.#finder, this.#from, this.#to);
    const apart: number[] = [];
    for (let k = 0; k < lists.length; k += 2) {
      const [start, end] = [lists[k]!, lists[k + 1]!];
      let isApart = true;
      for (let j = 0; j < kept.length; j += 2) if (start < kept[j + 1]! && kept[j]! < end) isApart = false;
      if (isApart) apart.push(start, end);
    }
    return apart;
  }

  /** The sentence's opening sign said of a part, as a `[start, end]` pair, or none. */
  #openingSign(): number[] {
    for (const match of this.#raw) {
      if (match.start < this.#from || match.start >= this.#to) continue;
      const end = openingSignEnd(match, this.#finder.text, this.#finder, this.#to);
      if (end >= 0) return [match.start, end];
    }
    return [];
  }

  /**
   * Where the only words of another sense in the sentence are pets, the frames "my …" and "your …":
   * "a dog bit my calf and it's swollen" is the writer's calf (an eighth-batch miss), "my dog's leg"
   * a dog's (no such frame). Only pets: "my calves" on a farm are cattle ("Two of my calves have
   * scours and are weak, the herd vet is coming"), and "my knee" beside a leg of lamb is a kitchen's.
   */
  #ownFrames(): number[] {
    const text = this.#finder.text;
    if (hasOtherThanPets(this.#finder, this.#otherSenseWords, this.#negatives)) return [];
    const frames = this.#finder.spans('frame', this.#words, this.#negatives);
    const kept: number[] = [];
    for (let k = 0; k < frames.length; k += 2)
      if (OWN_FRAME.test(text.slice(frames[k], frames[k + 1]))) kept.push(frames[k]!, frames[k + 1]!);
    return kept;
  }
}
