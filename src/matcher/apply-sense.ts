import type { FormSense, Match } from './matcher.ts';
import { sentencesOf } from './sentences.ts';

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
  lowerLimb: RegExp | undefined;
  body: RegExp | undefined;
  frame: RegExp | undefined;
  symptomWords: RegExp | undefined;
  otherSenses: RegExp | undefined;
  exercise: RegExp | undefined;
  /** The page declares itself medical: relaxed forms need no anchor. */
  isHealthPage: boolean;
}

interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function spansOf(pattern: RegExp | undefined, text: string, from: number, to: number, negatives: readonly Span[]) {
  const spans: Span[] = [];
  if (!pattern) return spans;
  const sentence = text.slice(from, to);
  pattern.lastIndex = 0;
  for (let found = pattern.exec(sentence); found; found = pattern.exec(sentence)) {
    const span = { start: from + found.index, end: from + found.index + found[0].length };
    // "down on my knees" is no body frame; "my knees are stiff" still is one.
    if (!negatives.some((negative) => negative.start <= span.start && span.end <= negative.end)) spans.push(span);
    if (found[0] === '') pattern.lastIndex++;
  }
  return spans;
}

/**
 * What one sentence offers its weak forms. Each expression runs only when a rule asks for its spans,
 * at most once a sentence: on a forum thread where nearly every sentence holds a weak form, running
 * all six up front took most of the sense rules' time (Node CPU profile of matching the 600-post
 * bench thread's text, 2026-12-02).
 */
class SentenceAnchors {
  readonly hasStrong: boolean;
  #limbs: Span[] | undefined;
  #bodies: Span[] | undefined;
  #frames: Span[] | undefined;
  #exercise: Span[] | undefined;
  #symptomWords: Span[] | undefined;
  #isOtherSense: boolean | undefined;

  readonly #text: string;
  readonly #from: number;
  readonly #to: number;
  readonly #negatives: readonly Span[];
  readonly #context: SenseContext;

  constructor(
    text: string,
    from: number,
    to: number,
    raw: readonly RawMatch[],
    negatives: readonly Span[],
    context: SenseContext,
  ) {
    // Fields written out, not parameter properties: the Node scripts (eval:sense, schema) strip types only.
    this.#text = text;
    this.#from = from;
    this.#to = to;
    this.#negatives = negatives;
    this.#context = context;
    this.hasStrong = raw.some((match) => match.sense === 'strong' && match.start >= from && match.start < to);
  }

  /** Lower-limb words; like every body anchor, none where the sentence is about food or animals. */
  get limbs() {
    return (this.#limbs ??= this.#body(this.#context.lowerLimb));
  }
  get bodies() {
    return (this.#bodies ??= this.#body(this.#context.body));
  }
  get frames() {
    return (this.#frames ??= this.#body(this.#context.frame));
  }
  /** Words of exercise: anchors of the relaxed forms only ("a warm-up before you run"). */
  get exercise() {
    return (this.#exercise ??= this.#body(this.#context.exercise));
  }
  get symptomWords() {
    return (this.#symptomWords ??= spansOf(
      this.#context.symptomWords,
      this.#text,
      this.#from,
      this.#to,
      this.#negatives,
    ));
  }

  #body(pattern: RegExp | undefined): Span[] {
    const spans = spansOf(pattern, this.#text, this.#from, this.#to, this.#negatives);
    if (spans.length === 0) return spans;
    this.#isOtherSense ??=
      this.#context.otherSenses !== undefined &&
      spansOf(this.#context.otherSenses, this.#text, this.#from, this.#to, []).length > 0;
    return this.#isOtherSense ? [] : spans;
  }
}

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
  const toMatch = (match: RawMatch, isLowerLimb: boolean): Match => ({
    start: match.start,
    end: match.end,
    entryId: match.entryId,
    isUrgent: context.urgent.has(match.entryId) && (match.sense === 'strong' || isLowerLimb),
  });
  if (raw.every((match) => match.sense === 'strong')) return raw.map((match) => toMatch(match, false));
  // Most blocks with a weak form ("red", "warm") hold no anchor at all: they skip segmenting.
  const isRelaxed = (match: RawMatch) => context.isHealthPage && match.sense === 'relaxed';
  if (!raw.some((match) => match.sense === 'strong' || isRelaxed(match)) && !hasAnyAnchor(text, context)) return [];

  const sentenceAt = sentencesOf(text);
  const bySentence = new Map<number, SentenceAnchors>();
  const kept: Match[] = [];
  for (const match of raw) {
    if (match.sense === 'strong') {
      kept.push(toMatch(match, false));
      continue;
    }
    const sentence = sentenceAt(match.start);
    const anchorsAt = ([from, to]: [number, number]) => {
      let anchors = bySentence.get(from);
      if (!anchors) bySentence.set(from, (anchors = new SentenceAnchors(text, from, to, raw, negatives, context)));
      return anchors;
    };
    const anchors = anchorsAt(sentence);
    const isUrgentEntry = context.urgent.has(match.entryId);
    let { isAnchored, isLowerLimb } = judge(match, anchors, isRelaxed(match), isUrgentEntry);
    // "My calf is sore. By evening it was swollen.": a form said of "it" or "they" takes an anchor
    // from the one or two sentences before, in the same block; red only from the one right before,
    // where "it" is the leg. The less risky relaxed forms take the sentence before in any case:
    // "Tight calves? I stretch daily." A sentence that merely starts with "they" or "this" takes
    // nothing: "Broke my toe. They say the pound's weakness…" was a red false alarm.
    // An urgent form anchored here by something else than the leg ("it hurts to put weight on it")
    // may still learn there that "it" is the leg.
    if ((!isAnchored || (isUrgentEntry && !isLowerLimb)) && sentence[0] > 0) {
      const isSaidOfIt = SAID_OF_IT.test(text.slice(Math.max(sentence[0], match.start - 60), match.start));
      const reach = isSaidOfIt ? 2 : match.sense === 'relaxed' && !isAnchored ? 1 : 0;
      for (let back = 0, before = sentence; back < reach && before[0] > 0; back++) {
        before = sentenceAt(before[0] - 1);
        const found = judge(match, anchorsAt(before), false, isUrgentEntry && back === 0);
        if (!found.isAnchored) continue;
        isAnchored = true;
        isLowerLimb ||= found.isLowerLimb;
        break;
      }
    }
    if (!isAnchored) continue;
    if (match.sense === 'paired' && !hasCompany(match, raw, anchors, context, sentence)) continue;
    kept.push(toMatch(match, isLowerLimb));
  }
  return kept;
}

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

/**
 * Is a weak form anchored by these anchors, and to the lower limb? The cheap tests come first and
 * the first that anchors ends the search; whether it is the lower limb is asked only of an urgent
 * entry's form, the one place it matters (red).
 */
function judge(match: RawMatch, anchors: SentenceAnchors, isRelaxedHere: boolean, isUrgentEntry: boolean) {
  // A form never anchors itself: "knee" is a body word, but not for the knee.
  const others = (spans: Span[]) => spans.some((span) => !overlaps(span, match));
  const isLowerLimb = () => others(anchors.limbs) || anchors.frames.length > 0;
  if (isUrgentEntry) {
    const isLimb = isLowerLimb();
    return { isAnchored: isLimb || isAnchoredElse(), isLowerLimb: isLimb };
  }
  return { isAnchored: isAnchoredElse() || isLowerLimb(), isLowerLimb: false };

  function isAnchoredElse() {
    return (
      anchors.hasStrong ||
      isRelaxedHere ||
      others(anchors.bodies) ||
      (match.sense === 'relaxed' && others(anchors.exercise))
    );
  }
}

function hasAnyAnchor(text: string, { lowerLimb, body, frame, exercise }: SenseContext): boolean {
  return [lowerLimb, body, frame, exercise].some((pattern) => {
    if (!pattern) return false;
    pattern.lastIndex = 0;
    return pattern.test(text);
  });
}

/** Another symptom in the sentence: "red and swollen", "hot and painful". */
function hasCompany(
  match: RawMatch,
  raw: readonly RawMatch[],
  anchors: SentenceAnchors,
  context: SenseContext,
  [from, to]: [number, number],
): boolean {
  if (anchors.symptomWords.some((span) => !overlaps(span, match))) return true;
  return raw.some(
    (other) =>
      other !== match &&
      other.entryId !== match.entryId &&
      other.start >= from &&
      other.start < to &&
      context.symptoms.has(other.entryId),
  );
}
