import type { RawMatch } from './apply-sense.ts';
import { hasOwnedFrame, isAttributive, isFragmentOf, isNounForm } from './block-anchor.ts';
import { type DiscourseContext } from './discourse-anchor.ts';
import { OTHER_PART } from './other-body-part.ts';
import { hasCompany } from './paired-company.ts';
import { FIRST_PERSON, isWritersExercise, NOUN_AFTER, OBJECT_AFTER, OF_AFTER } from './post-anchor.ts';
import { isThingsState } from './it-sign.ts';
import { isSignVerbOfIt, SAID_OF_IT } from './said-of-it.ts';
import { hasOtherSymptom } from './thread-shape.ts';
import type { SentenceAnchors } from './sentence-anchors.ts';
import type { AnchorFinder } from './anchor-finder.ts';
import { hasFormAt } from './forms-in.ts';
import { isKinSentence } from './kin-frame.ts';

/** How far before the form a fragment's lead may start (block-anchor.ts reads 40 too). */
const MAX_LEAD = 40;
/** The words before the form that may say it of "it" (sentence-before.ts reads 60 characters too). */
const leadOf = (text: string, from: number, match: RawMatch) =>
  text.slice(Math.max(from, match.start - 60), match.start);
/**
 * Said of "it", the states a game, a door or a market has as often as a leg ("It was tight until the
 * end", "It was weak all night"): the post rule leaves them out too (post-anchor.ts).
 */
const NOT_OF_IT = /^(?:tight|stiff|weak)/i;
/** Forms of exercise: across lines only the writer's own ("I stretched"), never advice or a noun. */
const EXERCISE = /^(?:stretch|warm|flexib|cramp|spasm)/i;
/**
 * The relaxed forms that take the line before: the parts of a leg but the calf (a farm's calves are
 * sold "at the mart" with no farm word), and the writer's exercise. Not a bruise ("a bruising week",
 * "a bruising fight": the adjective of a defeat), a fracture ("the fractured coalition"), a provider,
 * a side effect, hydration or posture, whose everyday senses need no animal or kitchen to show
 * (`node tests/sense/pair-text.ts --earlier`: 24 wrong "bruising" marks with it).
 */
const RELAXED_HERE = /^(?:knees?|ankles?|achill(?:es|ies)|stretch|warm|flexib|cramp|spasm)/i;
/**
 * A part after a preposition is a place, a garment's or a feeling's as often: "weakness in her knees
 * as he smiled", "tightness at the ankle means the cuff is too narrow", "above the knee line of the
 * skirt" (pair-text.ts --earlier).
 */
const PLACE_BEFORE =
  /\b(?:in|at|on|above|below|under|over|around|from|to|into|by|with|of|near|behind)\s+(?:(?:the|a|an|his|her|their|its|my|your|our|both)\s+)?$/i;

/**
 * A part taken from another block is the subject its sentence opens with ("The ankle never settled",
 * "Now my knee aches"). After a verb or a subject of its own it is a body idiom's as often ("He took a
 * knee", "brought me to my knees", "went weak at the knees"); with no determiner it is a compound's or a
 * name's ("Knee pads for gardening", "Achilles sulked in his tent"); "her knees trembled" is another's.
 * The idiom17 round's after-leg.ts grid found most of its 220 wrong marks there.
 */
const SUBJECT_LEAD =
  /^(?:(?:and|but|so|now|still|today|also|then)\s+)*(?:the|my|that|this|both)\s+(?:(?:left|right|bad|sore)\s+)?$/i;

/** What the rule reads beyond the form and its sentence. */
export interface LineContext extends DiscourseContext {
  finder: AnchorFinder;
}

/**
 * "<br>I stretched my right leg out and felt a sharp pain in my calf.<br>It was swollen, and I could
 * barely walk.": a post whose sentences stand on lines of their own (`<br>`, a paragraph each) reaches
 * the matcher a line a block, and the block rules that read the sentence right before — a form said
 * of "it" or "they", a fragment with no subject ("Still swollen today."), a relaxed form ("the ankle
 * never settled") — found nothing to read. A weak form in the first sentence of its block takes, in
 * the normal colour, the last sentence of the block before (`prior`) where that sentence is the
 * writer's (first person, not a question) and names a leg as someone's ("my calf", "Cindy's right
 * leg", "my left ankle"), and the form is one of those three shapes. Narrower than within a block: a
 * sport report's "his knee" is no writer's, "the calf" of a farm is nobody's, and "tight", "stiff" and
 * "weak" said of "it" and exercise not said by the writer take nothing (docs/sense.md, "A thread's
 * later lines").
 */
export function isTakenFromLineBefore(
  match: RawMatch,
  sentence: [number, number],
  anchors: SentenceAnchors,
  prior: SentenceAnchors,
  priorSpan: [number, number],
  context: LineContext,
): boolean {
  const { text, raw } = context;
  if (anchors.isOtherSense || prior.isOtherSense) return false;
  const priorText = text.slice(...priorSpan);
  // The writer's, or a relative's the writer opens it with ("Hubby had his leg put in a cast": kin-frame.ts).
  const isWriters = FIRST_PERSON.test(priorText) || isKinSentence(priorText);
  if (!isWriters || priorText.trimEnd().endsWith('?') || OTHER_PART.test(priorText)) return false;
  if (!hasOwnedFrame(text, prior.limbs) && !(prior.hasFrame && hasOwnedFrame(text, prior.frames))) return false;
  if (OTHER_PART.test(text.slice(...sentence))) return false;
  if (!isShapeTaking(match, sentence, anchors, context)) return false;
  return match.sense !== 'paired' || hasCompany(match, sentence, anchors.symptomWords, { ...context, raw });
}

/** Is the form said of "it", a fragment's, or a relaxed form that may take the sentence before? */
function isShapeTaking(
  match: RawMatch,
  sentence: [number, number],
  anchors: SentenceAnchors,
  { text, raw, symptoms }: LineContext,
): boolean {
  const form = text.slice(match.start, match.end);
  const lead = leadOf(text, sentence[0], match);
  // "It still swells up": the sign as the verb of "it" (said-of-it.ts).
  if (isSignVerbOfIt(text, match, sentence, lead)) return true;
  // A state said of "it", not a noun it has: "They had swelling hopes for the new album".
  // Nor a thing's state by what follows it: "They are tender subjects with my sister" (it-sign.ts).
  if (SAID_OF_IT.test(lead) && !isNounForm(text, match))
    return (
      !NOT_OF_IT.test(form) &&
      !EXERCISE.test(form) &&
      !isThingsState(text, match, sentence, () => hasOtherSymptom(match, sentence, anchors, raw, symptoms))
    );
  const isSymptomAt = (at: number) =>
    hasFormAt(raw, at) || anchors.symptomWords.some((edge, k) => k % 2 === 0 && edge === at);
  if (isFragmentOf(text, sentence, match, raw, isSymptomAt, false)) return true;
  if (match.sense !== 'relaxed' || !RELAXED_HERE.test(form) || isAttributive(text, sentence[0], match)) return false;
  if (PLACE_BEFORE.test(lead)) return false;
  // "Knees are not built to sit bent": a bare plural opening its sentence is knees in general.
  if (!SUBJECT_LEAD.test(lead) && !(lead.trim() === '' && /^(?:knees|ankles)$/i.test(form))) return false;
  // What it is of or where, an object, or a compound: "the bruising of the defeat", "knee-jerk".
  const after = text.slice(match.end, sentence[1]);
  if (
    OF_AFTER.test(after) ||
    OBJECT_AFTER.test(after) ||
    NOUN_AFTER.test(after) ||
    /^[-\u2010\u2011]\p{L}/u.test(after)
  )
    return false;
  return !EXERCISE.test(form) || isWritersExercise(match, sentence, text);
}

/**
 * Could the form take the block before by this rule? Asked of a weak form left unanchored in its
 * block's first sentence before the page is asked for the blocks before (earlier-blocks.ts): a form
 * near its sentence's start (a fragment's) or said of "it", or a relaxed one. A paired form waits only
 * beside another form that does (apply-sense.ts): it needs a second symptom.
 */
export function mayTakeLineBefore(match: RawMatch, text: string, from: number): boolean {
  return match.sense === 'relaxed' || match.start - from <= MAX_LEAD || SAID_OF_IT.test(leadOf(text, from, match));
}
