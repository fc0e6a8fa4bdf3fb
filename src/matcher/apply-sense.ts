import type { FormSense, Match } from './matcher.ts';
import type { AnchorFinder, TextSpan } from './anchor-finder.ts';
import type { SentenceWords } from './anchor-word-starts.ts';
import type { AnchorKind } from './anchor-steps.ts';
import type { AnchorList } from './anchor-tries.ts';
import { hasCompany } from './paired-company.ts';
import { sentencesOf } from './sentences.ts';
import { clauseBreaksOf, inClause } from './clauses.ts';

/** A match before the sense rules: its form's sense decides what it needs. */
export interface RawMatch {
  start: number;
  end: number;
  entryId: string;
  sense: FormSense;
}

/** What the sense rules read, made once per matcher (sense-context.ts). */
export interface SenseContext {
  urgent: ReadonlySet<string>;
  symptoms: ReadonlySet<string>;
  /** Finds the words and phrases that anchor a weak form, or cancel body anchors. */
  anchors: AnchorFinder;
  /** The page declares itself medical: relaxed forms need no anchor. */
  isHealthPage: boolean;
}

type Span = TextSpan;

/** Is there a span (of `[start, end]` pairs) that does not overlap `match`? */
function hasOther(spans: readonly number[], match: Span): boolean {
  for (let k = 0; k < spans.length; k += 2) if (!(spans[k]! < match.end && match.start < spans[k + 1]!)) return true;
  return false;
}

/**
 * What one sentence of the block the finder read offers its weak forms. Each kind of anchor is
 * looked for only when a rule asks for it, at most once a sentence: on a forum thread where nearly
 * every sentence holds a weak form, looking for all six up front took most of the sense rules' time
 * (Node CPU profile of matching the 600-post bench thread's text, 2026-12-02).
 */
class SentenceAnchors {
  #hasStrong: boolean | undefined;
  #limbs: number[] | undefined;
  #bodies: number[] | undefined;
  #hasFrame: boolean | undefined;
  #exercise: number[] | undefined;
  #symptomWords: number[] | undefined;
  #isOtherSense: boolean | undefined;
  #wordStarts: SentenceWords | undefined;
  #breaks: number[] | undefined;
  #frames: number[] | undefined;

  readonly #from: number;
  readonly #to: number;
  readonly #raw: readonly RawMatch[];
  readonly #negatives: readonly Span[];
  readonly #finder: AnchorFinder;

  constructor(from: number, to: number, raw: readonly RawMatch[], negatives: readonly Span[], finder: AnchorFinder) {
    // Fields written out, not parameter properties: the Node scripts (eval:sense, schema) strip types only.
    this.#from = from;
    this.#to = to;
    this.#raw = raw;
    this.#negatives = negatives;
    this.#finder = finder;
  }

  get hasStrong() {
    return (this.#hasStrong ??= this.#raw.some(
      (match) => match.sense === 'strong' && match.start >= this.#from && match.start < this.#to,
    ));
  }
  /** Lower-limb words; like every body anchor, none where the sentence is about food or animals. */
  get limbs() {
    return (this.#limbs ??= this.#body('lowerLimb'));
  }
  get bodies() {
    return (this.#bodies ??= this.#body('body'));
  }
  /** A body frame ("my calf"): only whether there is one counts, so the search stops at the first. */
  get hasFrame() {
    return (this.#hasFrame ??= this.#body('frame', 1).length > 0);
  }
  /** Where the sentence's clauses start after its first (clauses.ts): often none. */
  get breaks() {
    const isBodyAt = (i: number) =>
      this.#raw.some((match) => match.start === i) ||
      BODY_LISTS.some((list) => this.#finder.phraseEnd(list, this.#from, this.#to, i) >= 0);
    return (this.#breaks ??= clauseBreaksOf(this.#finder.text, this.#from, this.#to, isBodyAt));
  }
  /** Every body frame of the sentence, asked only where it has clauses. */
  get frames() {
    return (this.#frames ??= this.#body('frame'));
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

  #body(kind: AnchorKind, max?: number): number[] {
    const spans = this.#finder.spans(kind, this.#words, this.#negatives, max);
    if (spans.length === 0) return spans;
    this.#isOtherSense ??= this.#finder.has(OTHER_SENSES, this.#words);
    if (!this.#isOtherSense) return spans;
    return kind === 'frame' ? this.#ownFrames() : [];
  }

  /**
   * Where the only words of another sense in the sentence are pets, the frames "my …" and "your …":
   * "a dog bit my calf and it's swollen" is the writer's calf (an eighth-batch miss), "my dog's leg"
   * a dog's (no such frame). Only pets: "my calves" on a farm are cattle ("Two of my calves have
   * scours and are weak, the herd vet is coming"), and "my knee" beside a leg of lamb is a kitchen's.
   */
  #ownFrames(): number[] {
    const text = this.#finder.text;
    const others = this.#finder.spans('otherSenses', this.#words, this.#negatives);
    for (let j = 0; j < others.length; j += 2) if (!PET.test(text.slice(others[j], others[j + 1]))) return [];
    const frames = this.#finder.spans('frame', this.#words, this.#negatives);
    const kept: number[] = [];
    for (let k = 0; k < frames.length; k += 2)
      if (OWN_FRAME.test(text.slice(frames[k], frames[k + 1]))) kept.push(frames[k]!, frames[k + 1]!);
    return kept;
  }
}

const OTHER_SENSES: readonly AnchorKind[] = ['otherSenses'];
const OWN_FRAME = /^(?:my|your)[\s\u00a0]+[a-z'’]+$/i;
const PET = /^(?:dogs?|dog['’]s|pupp(?:y|ies)|cats?|cat['’]s|kittens?)$/i;
const BODY_LISTS: readonly AnchorList[] = ['framed', 'lowerLimb', 'body', 'symptoms'];
const ANY_ANCHOR: readonly AnchorKind[] = ['lowerLimb', 'body', 'frame', 'exercise'];

/**
 * Keeps the matches whose sense is established and says which are red. A strong form stands
 * alone. A weak form needs, in its sentence, a strong form, a body word that is not itself, or a
 * body frame ("my calf"); weak forms never anchor each other. A paired form also needs a second
 * symptom. Red: an urgent entry's strong form, or its weak form anchored to the lower limb.
 * Sentences are only segmented when a weak form was found, so most blocks pay nothing.
 */
export function applySense(
  text: string,
  raw: readonly RawMatch[],
  negatives: readonly Span[],
  context: SenseContext,
): Match[] {
  const { urgent, isHealthPage } = context;
  if (raw.every((match) => match.sense === 'strong')) return raw.map((match) => toMatch(match, urgent, false));
  // Most blocks with a weak form ("red", "warm") hold no anchor at all: they skip segmenting.
  context.anchors.read(text);
  const isRelaxed = (match: RawMatch) => isHealthPage && match.sense === 'relaxed';
  if (!raw.some((match) => match.sense === 'strong' || isRelaxed(match)) && !hasAnyAnchor(text, context)) return [];

  const sentenceAt = sentencesOf(text);
  const bySentence = new Map<number, SentenceAnchors>();
  const anchorsAt = ([from, to]: [number, number]) => {
    let anchors = bySentence.get(from);
    if (!anchors) bySentence.set(from, (anchors = new SentenceAnchors(from, to, raw, negatives, context.anchors)));
    return anchors;
  };
  const companyOf = { text, raw, symptoms: context.symptoms, finder: context.anchors };
  const kept: Match[] = [];
  for (const match of raw) {
    if (match.sense === 'strong') {
      kept.push(toMatch(match, urgent, false));
      continue;
    }
    const sentence = sentenceAt(match.start);
    const anchors = anchorsAt(sentence);
    const isUrgentEntry = urgent.has(match.entryId);
    let verdict = judge(match, anchors, isRelaxed(match), isUrgentEntry);
    // "My calf is sore. By evening it was swollen.": a form said of "it" or "they" takes an anchor
    // from the one or two sentences before, in the same block; red only from the one right before,
    // where "it" is the leg. The less risky relaxed forms take the sentence before in any case:
    // "Tight calves? I stretch daily." A sentence that merely starts with "they" or "this" takes
    // nothing: "Broke my toe. They say the pound's weakness…" was a red false alarm.
    // An urgent form anchored here by something else than the leg ("it hurts to put weight on it")
    // may still learn there that "it" is the leg.
    if ((verdict === UNANCHORED || (isUrgentEntry && verdict !== LOWER_LIMB)) && sentence[0] > 0) {
      const isSaidOfIt = SAID_OF_IT.test(text.slice(Math.max(sentence[0], match.start - 60), match.start));
      const reach = isSaidOfIt ? 2 : match.sense === 'relaxed' && verdict === UNANCHORED ? 1 : 0;
      for (let back = 0, before = sentence; back < reach && before[0] > 0; back++) {
        before = sentenceAt(before[0] - 1);
        const found = judge(match, anchorsAt(before), false, isUrgentEntry && back === 0);
        if (found === UNANCHORED) continue;
        // Anchored now; to the lower limb if either sentence says so.
        verdict = Math.max(verdict, found);
        break;
      }
    }
    if (verdict === UNANCHORED) continue;
    if (match.sense === 'paired' && !hasCompany(match, sentence, { ...companyOf, symptomWords: anchors.symptomWords }))
      continue;
    kept.push(toMatch(match, urgent, verdict === LOWER_LIMB));
  }
  return kept;
}

const toMatch = (match: RawMatch, urgent: ReadonlySet<string>, isLowerLimb: boolean): Match => ({
  start: match.start,
  end: match.end,
  entryId: match.entryId,
  isUrgent: urgent.has(match.entryId) && (match.sense === 'strong' || isLowerLimb),
});

/**
 * The form is said of something named before: "it was swollen and ", "they're so ", "if it's
 * swollen, warm and ", "the area feels ". The pointing word, a verb of being or feeling, a word of
 * degree, then the form or a list that ends in it. Not any word between: "It's a stretch to say",
 * "It was the swollen river", "this weekend it's all about tender pork" say nothing of a leg.
 */
const SAID_OF_IT = new RegExp(
  String.raw`\b(?:it|they|this one|that one|the area|the spot)` +
    String.raw`(?:['’]s|['’]re|\s+(?:is|are|was|were|has|have|had|gets?|got|feels?|felt|looks?|looked|seems?|went|goes|became|turned|stays?|stayed|keeps?))` +
    String.raw`(?:\s+(?:been|getting|feeling|looking|so|really|very|quite|still|also|now|even|kind of|a bit|a little|more|all))*` +
    String.raw`\s+(?:[a-z]+(?:,|\s+and|\s+or)\s+){0,4}(?:(?:so|really|very|quite|also|still)\s+)?$`,
  'i',
);

// What `judge` says of a weak form: a number, not an object, as it is asked of every weak form.
const UNANCHORED = 0;
const ANCHORED = 1;
/** Anchored to the lower limb: a lower-limb word or a frame. */
const LOWER_LIMB = 2;

/**
 * Is a weak form anchored by these anchors, and to the lower limb? The cheap tests come first and
 * the first that anchors ends the search; whether it is the lower limb is asked only of an urgent
 * entry's form, the one place it matters (red). A form never anchors itself: "knee" is a body word,
 * but not for the knee.
 */
function judge(match: RawMatch, anchors: SentenceAnchors, isRelaxedHere: boolean, isUrgentEntry: boolean): number {
  const isLimb = () => hasOther(near(anchors.limbs, match, anchors), match) || hasFrameNear(match, anchors);
  if (isUrgentEntry) {
    if (isLimb()) return LOWER_LIMB;
    return isAnchoredElse(match, anchors, isRelaxedHere) ? ANCHORED : UNANCHORED;
  }
  return isAnchoredElse(match, anchors, isRelaxedHere) || isLimb() ? ANCHORED : UNANCHORED;
}

/** The spans in the clause of `match`, where its sentence has several (clauses.ts). */
function near(spans: number[], match: RawMatch, anchors: SentenceAnchors): number[] {
  if (spans.length === 0 || anchors.breaks.length === 0) return spans;
  return inClause(spans, match.start, anchors.breaks);
}

function hasFrameNear(match: RawMatch, anchors: SentenceAnchors): boolean {
  if (!anchors.hasFrame) return false;
  return anchors.breaks.length === 0 || inClause(anchors.frames, match.start, anchors.breaks).length > 0;
}

/** Anchored otherwise than by the lower limb: a strong form, a body word, exercise for a relaxed form. */
function isAnchoredElse(match: RawMatch, anchors: SentenceAnchors, isRelaxedHere: boolean): boolean {
  return (
    anchors.hasStrong ||
    isRelaxedHere ||
    hasOther(near(anchors.bodies, match, anchors), match) ||
    (match.sense === 'relaxed' && hasOther(anchors.exercise, match))
  );
}

function hasAnyAnchor(text: string, { anchors }: SenseContext): boolean {
  return anchors.has(ANY_ANCHOR, anchors.words(0, text.length));
}
