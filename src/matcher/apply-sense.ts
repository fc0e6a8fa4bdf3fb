import type { FormSense, Match, SectionAnchor } from './matcher.ts';
import type { AnchorFinder, TextSpan } from './anchor-finder.ts';
import type { AnchorKind } from './anchor-steps.ts';
import { hasOwnedFrame, isFragmentOf } from './block-anchor.ts';
import { hasSpanApart, hasSpanGoingOn, inClause } from './clauses.ts';
import { hasCompany } from './paired-company.ts';
import { SentenceAnchors } from './sentence-anchors.ts';
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
  /** Finds the words and phrases that anchor a weak form, or cancel body anchors. */
  anchors: AnchorFinder;
  /** The page declares itself medical: relaxed forms need no anchor. */
  isHealthPage: boolean;
}

type Span = TextSpan;

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
  section?: SectionAnchor,
): Match[] {
  const { urgent, isHealthPage } = context;
  if (raw.every((match) => match.sense === 'strong')) return raw.map((match) => toMatch(match, urgent, false));
  // Most blocks with a weak form ("red", "warm") hold no anchor at all: they skip segmenting, unless
  // the page can be asked for their section's, and then they look for no anchor of their own.
  context.anchors.read(text);
  const isRelaxed = (match: RawMatch) => isHealthPage && match.sense === 'relaxed';
  const hasOwn = raw.some((match) => match.sense === 'strong' || isRelaxed(match)) || hasAnyAnchor(text, context);
  if (!hasOwn && !section) return [];

  const sentenceAt = sentencesOf(text);
  const bySentence = new Map<number, SentenceAnchors>();
  const anchorsAt = ([from, to]: [number, number]) => {
    let anchors = bySentence.get(from);
    if (!anchors) bySentence.set(from, (anchors = new SentenceAnchors(from, to, raw, negatives, context.anchors)));
    return anchors;
  };
  const companyOf = { text, raw, symptoms: context.symptoms, finder: context.anchors };
  const kept: Match[] = [];
  // A list item or short block under a heading that names the leg ("Symptoms of a blood clot in
  // the leg" over "Swelling"): the page's answer, asked once (section-anchor.ts).
  let isSectionAnchored: boolean | undefined;
  for (const match of raw) {
    if (match.sense === 'strong') {
      kept.push(toMatch(match, urgent, false));
      continue;
    }
    const sentence = sentenceAt(match.start);
    const anchors = anchorsAt(sentence);
    const isUrgentEntry = urgent.has(match.entryId);
    let verdict = hasOwn ? judge(match, anchors, isRelaxed(match), isUrgentEntry) : UNANCHORED;
    // "My calf is sore. By evening it was swollen.": a form said of "it" or "they" takes an anchor
    // from the one or two sentences before, in the same block; red only from the one right before,
    // where "it" is the leg. The less risky relaxed forms take the sentence before in any case:
    // "Tight calves? I stretch daily." A sentence that merely starts with "they" or "this" takes
    // nothing: "Broke my toe. They say the pound's weakness…" was a red false alarm.
    // An urgent form anchored here by something else than the leg ("it hurts to put weight on it")
    // may still learn there that "it" is the leg.
    if (hasOwn && (verdict === UNANCHORED || (isUrgentEntry && verdict !== LOWER_LIMB)) && sentence[0] > 0) {
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
    if (hasOwn && verdict === UNANCHORED && sentence[0] > 0) verdict = fromBlock(match, sentence, anchors);
    if (verdict === UNANCHORED && section && isFragment(match, sentence, anchors, true)) {
      isSectionAnchored ??= section();
      if (isSectionAnchored) verdict = ANCHORED;
    }
    if (verdict === UNANCHORED) continue;
    if (match.sense === 'paired' && !hasCompany(match, sentence, anchors.symptomWords, companyOf)) continue;
    kept.push(toMatch(match, urgent, verdict === LOWER_LIMB));
  }
  return kept;

  /**
   * "Rolled my ankle on Saturday. Still swollen and a bit warm today.": a fragment with no subject
   * of its own takes, in the normal colour, the anchor of the sentence right before where that
   * names whose part it is (block-anchor.ts). Not after a question, nor beside another sense.
   */
  function fromBlock(match: RawMatch, sentence: [number, number], anchors: SentenceAnchors): number {
    if (!isFragment(match, sentence, anchors, false)) return UNANCHORED;
    const before = sentenceAt(sentence[0] - 1);
    if (text.slice(before[0], before[1]).trimEnd().endsWith('?')) return UNANCHORED;
    const prior = anchorsAt(before);
    return hasOwnedFrame(text, prior.limbs) || (prior.hasFrame && hasOwnedFrame(text, prior.frames))
      ? ANCHORED
      : UNANCHORED;
  }

  /** A subjectless fragment of a sentence with no other sense (block-anchor.ts); `isItem`: of a short block. */
  function isFragment(match: RawMatch, sentence: [number, number], anchors: SentenceAnchors, isItem: boolean) {
    const isSymptomAt = (at: number) =>
      raw.some((other) => other.start === at) || anchors.symptomWords.some((edge, k) => k % 2 === 0 && edge === at);
    return !anchors.isOtherSense && isFragmentOf(text, sentence, match, raw, isSymptomAt, isItem);
  }
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
  String.raw`\b(?:it|they|mine|this one|that one|the area|the spot)` +
    String.raw`(?:['’]s|['’]re|\s+(?:is|are|was|were|has|have|had|gets?|got|feels?|felt|looks?|looked|seems?|went|goes|became|turned|stays?|stayed|keeps?))` +
    String.raw`(?:\s+(?:been|getting|feeling|looking|not|so|really|very|quite|still|also|now|even|kind of|a bit|a little|more|all))*` +
    String.raw`\s+(?:[a-z]+(?:,|\s+and|\s+or)\s+){0,4}(?:(?:so|really|very|quite|also|still|a bit|a little|kind of)\s+)?$`,
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
  const isLimb = () => hasSpanApart(near(anchors.limbs, match, anchors), match) || hasFrameNear(match, anchors);
  if (isUrgentEntry) {
    if (isLimb()) return LOWER_LIMB;
    return isAnchoredElse(match, anchors, isRelaxedHere) ? ANCHORED : UNANCHORED;
  }
  return isAnchoredElse(match, anchors, isRelaxedHere) || isLimb() ? ANCHORED : UNANCHORED;
}

/**
 * The spans in the clause of `match`, where its sentence has several (clauses.ts). A sentence
 * before, read for a form said of "it", counts whole, as it did before clauses.
 */
function near(spans: number[], match: RawMatch, anchors: SentenceAnchors): number[] {
  if (spans.length === 0 || !anchors.holds(match.start) || anchors.breaks.length === 0) return spans;
  return inClause(spans, match.start, anchors.breaks);
}

/** A frame in the clause of `match`; any frame of a sentence before ("it" may point back to any). */
function hasFrameNear(match: RawMatch, anchors: SentenceAnchors): boolean {
  if (!anchors.hasFrame) return false;
  if (!anchors.holds(match.start) || anchors.breaks.length === 0) return true;
  return inClause(anchors.frames, match.start, anchors.breaks).length > 0;
}

/**
 * Anchored otherwise than by the lower limb: a strong form, a body word, exercise for a relaxed form.
 * A word of exercise that starts with the form ("calf raises") anchors it: it names the exercise of
 * that part, where "calf" alone could be a farm's.
 */
function isAnchoredElse(match: RawMatch, anchors: SentenceAnchors, isRelaxedHere: boolean): boolean {
  return (
    anchors.hasStrong ||
    isRelaxedHere ||
    hasSpanApart(near(anchors.bodies, match, anchors), match) ||
    (match.sense === 'relaxed' && (hasSpanApart(anchors.exercise, match) || hasSpanGoingOn(anchors.exercise, match)))
  );
}

function hasAnyAnchor(text: string, { anchors }: SenseContext): boolean {
  return anchors.has(ANY_ANCHOR, anchors.words(0, text.length));
}
