import { hasOtherThanPets } from './animal-words.ts';
import type { AnchorFinder, TextSpan } from './anchor-finder.ts';
import type { SentenceWords } from './anchor-word-starts.ts';
import type { RawMatch } from './apply-sense.ts';
import { isLeftOutFrame, JOINT_TROUBLE } from './left-out-frames.ts';
import { limbListSpans } from './limb-list.ts';
import { openingSignEnd } from './opening-sign.ts';
import { ownedListSpans } from './owned-list.ts';
import { kinFrameSpans } from './kin-frame.ts';
import { formsIn } from './forms-in.ts';

const OWN_FRAME = /^(?:my|your)[\s\u00a0]+[a-z'’]+$/i;
/** A frame that ends in gear worn on the part: "knee brace", "ankle supports". */
const GEAR = /[\s\u00a0-](?:brace|support|sleeve|strap)s?$/i;

/**
 * The sentence a `SentenceFrames` reads, and what its `SentenceAnchors` reads once for all the kinds
 * of anchor: given as functions, so each is read only when a frame query needs it.
 */
export interface FrameSentence {
  from: number;
  to: number;
  raw: readonly RawMatch[];
  negatives: readonly TextSpan[];
  finder: AnchorFinder;
  /** The sentence's word starts. */
  words: () => SentenceWords;
  /** The word starts read for words of another sense: the sentence's own, or from its `senseFrom`. */
  otherSenseWords: () => SentenceWords;
  /** Does the sentence hold a word of another sense (`SentenceAnchors.isOtherSense`)? */
  isOtherSense: () => boolean;
}

/**
 * The body frames of one sentence ("my calf", "Redness of the calf", "the feet, ankles and legs"),
 * as its `SentenceAnchors` answers for them: looked for only when a rule asks, and no further than
 * the question needs.
 */
export class SentenceFrames {
  #hasFrame: boolean | undefined;
  #frames: number[] | undefined;
  #framesWithGear: number[] | undefined;
  /** Is the first frame found gear's? Only then are the others looked for before a rule asks. */
  #hasGear = false;

  readonly #sentence: FrameSentence;

  constructor(sentence: FrameSentence) {
    this.#sentence = sentence;
  }

  /**
   * A body frame ("my calf") other than a piece of gear's: only whether there is one counts, so the
   * search stops at the first unless that is gear ("knee brace", below).
   */
  get hasFrame() {
    if (this.#hasFrame === undefined) {
      const first = this.#body(1);
      this.#hasGear = first.length > 0 && this.#isGear(first[0]!, first[1]!);
      this.#hasFrame = first.length > 0 && (!this.#hasGear || this.frames.length > 0);
    }
    return this.#hasFrame;
  }
  /**
   * Does a frame of gear worn on the part hold `match` ("knee brace" holds the knee)? Such a frame
   * anchors the part it names and nothing else: a knee brace is also a builder's strut ("The knee
   * brace carries the rafter, so the frame stays stiff" was a false mark of "stiff"). "my knee
   * brace" still frames, as "my knee". `isFramed` is the sentence's `hasFrame` as its
   * `SentenceAnchors` answers it, read first: farm-calf.ts's answers no frame, so no gear either.
   */
  isInGear(match: { start: number; end: number }, isFramed: boolean): boolean {
    if (!isFramed && !this.#hasGear) return false;
    const all = this.#allFrames;
    for (let k = 0; k < all.length; k += 2)
      if (all[k]! <= match.start && match.end <= all[k + 1]! && this.#isGear(all[k]!, all[k + 1]!)) return true;
    return false;
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

  get #allFrames() {
    return (this.#framesWithGear ??= this.#body());
  }

  #isGear(from: number, to: number): boolean {
    const frame = this.#sentence.finder.text.slice(from, to);
    // A knee's or an ankle's trouble (`JOINT_TROUBLE`) anchors that part only, as gear does: sport's
    // news says "a knee problem" beside a team that "looked weak" (limb-frames round).
    return GEAR.test(frame) || JOINT_TROUBLE.test(frame);
  }

  /** The frames, up to `max`; like every body anchor, none where the sentence is about food or animals. */
  #body(max?: number): number[] {
    const spans = this.#frameSpans(max);
    if (spans.length === 0) return spans;
    if (!this.#sentence.isOtherSense()) return spans;
    return this.#ownFrames();
  }

  /**
   * The frames of the sentence, up to `max`: a sign that opens it said of a part ("Redness of the
   * calf": opening-sign.ts) first, then the finder's but those left-out-frames.ts leaves out.
   */
  #frameSpans(max = Infinity): number[] {
    const { finder, negatives } = this.#sentence;
    const text = finder.text;
    const sign = this.#openingSign();
    if (sign.length > 0 && max === 1) return sign;
    const isKept = (spans: number[], k: number) => !isLeftOutFrame(text, spans[k]!, spans[k + 1]!);
    const spans = finder.spans('frame', this.#sentence.words(), negatives, max);
    if (sign.length === 0 && spans.length > 0 && spans.every((_, k) => k % 2 === 1 || isKept(spans, k)))
      // Every frame, asked where the sentence has clauses: a list in a clause of its own frames that
      // clause ("Cramps in my abdomen, calves, and the soles of my feet": the body-list round).
      return max === Infinity ? [...spans, ...this.#limbLists(spans)] : spans;
    const all =
      max === Infinity || spans.length === 0 ? spans : finder.spans('frame', this.#sentence.words(), negatives);
    const kept = [...sign];
    for (let k = 0; k < all.length && kept.length < 2 * max; k += 2)
      if (isKept(all, k) && all[k]! >= (sign[1] ?? 0)) kept.push(all[k]!, all[k + 1]!);
    // Lists of parts ("the feet, ankles and legs": limb-list.ts), looked for only where the finder's
    // frames are not enough: most sentences with a frame never ask.
    if (kept.length < 2 * max) kept.push(...this.#limbLists(kept));
    return kept;
  }

  /**
   * A relative's part (kin-frame.ts), and the sentence's lists of parts (limb-list.ts, owned-list.ts)
   * that no frame of `kept` overlaps.
   */
  #limbLists(kept: readonly number[]): number[] {
    const { finder, from, to } = this.#sentence;
    const lists = [...limbListSpans(finder, from, to), ...ownedListSpans(finder, from, to)];
    // A relative's part is kept beside a frame that overlaps it: "surgery on his" names no owner to
    // the rules that ask whose the part is (hasOwnedFrame), "his ankle" does.
    const apart: number[] = kinFrameSpans(finder.text, from, to);
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
    const { raw, from, to, finder } = this.#sentence;
    for (const match of formsIn(raw, from, to)) {
      if (match.start < from || match.start >= to) continue;
      const end = openingSignEnd(match, finder.text, finder, to);
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
    const { finder, negatives } = this.#sentence;
    const text = finder.text;
    if (hasOtherThanPets(finder, this.#sentence.otherSenseWords(), negatives)) return [];
    const frames = finder.spans('frame', this.#sentence.words(), negatives);
    const kept: number[] = [];
    for (let k = 0; k < frames.length; k += 2)
      if (OWN_FRAME.test(text.slice(frames[k], frames[k + 1]))) kept.push(frames[k]!, frames[k + 1]!);
    return kept;
  }
}
