import type { RawMatch } from './apply-sense.ts';
import { hasOwnedFrame, isAttributive } from './block-anchor.ts';
import { type DiscourseContext, isDiscourseAnchored, MAX_BACK } from './discourse-anchor.ts';
import { isSymptomNoun, PLACE_AFTER, TIME_AFTER } from './bare-symptom.ts';
import { isRepeatAnchored } from './repeat-anchor.ts';
import type { SentenceAnchors } from './sentence-anchors.ts';

/**
 * What a post goes on about once it named the leg: the exercise it does ("I kept stretching",
 * "I warm up properly now", "my flexibility") and the cramp or spasm it has ("it cramped up
 * again", "the cramp would not go"). Adjectives ("numb", "tight") are left out: "I felt numb when
 * the results came in" is a feeling, said by the same person.
 */
const POST_FORM =
  /^(?:stretch(?:es|ed|ing)?|warm[\s\u00a0-]?up|warming[\s\u00a0-]up|flexibility|cramp(?:s|ing|ed[\s\u00a0]+up)?|spasms?|spasming)$/i;
/**
 * Said of "it" or "they", the part the post named: "it cramped again", "they cramp every night",
 * "then they went numb", "my toes… they tingle". Verbs and the two adjectives of a nerve; not
 * "tight" or "stiff", which "it" says of a game or a door as often ("It was tight until the end").
 */
const SAID_OF_IT_FORM = /^(?:cramp(?:s|ed|ing)?|tingl(?:e|es|ed|ing|y)|numb)$/i;
const SAID_OF_IT =
  /\b(?:it|they)(?:['’](?:s|re|ll))?(?:[\s\u00a0]+(?:is|are|was|were|will|would|can|could|might|may|feels?|felt|went|goes|go|gets?|got|getting|gone|going|stays?|stayed|start(?:s|ed)?|keeps?|kept|to|be|been|still|always|often|only|also|even|never|now|then|just|really|so|very|quite|all|again|usually|sometimes|a[\s\u00a0]+bit|a[\s\u00a0]+little))+[\s\u00a0]+$/i;
/** After an adjective or verb said of it: the clause ends, or a time follows ("numb at night"). */
const ENDS_AFTER =
  /^(?:[\s\u00a0]*(?:[.,;:!?)]|$)|[\s\u00a0]+(?:up|and|or|but|again|now|too|at[\s\u00a0]+night|in[\s\u00a0]+the[\s\u00a0]+(?:morning|evening|night)s?|after|when|while|during|if|as|every|each|most|by|halfway|for[\s\u00a0]+(?:a|an|\d|hours|days|minutes|ages))\b)/i;
/** Said in the first person: a person's own post, not a report of someone else's (fiction, sport). */
export const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]yself)\b/;
/** "the cramp", "this cramp", "these spasms": the one the post is about. */
const DEFINITE_BEFORE = /\b(?:the|this|that|these|those)[\s\u00a0]+$/i;
const CRAMP = /^(?:cramp|spasm)/i;
/**
 * An object after the form: a verb of the everyday sense ("I stretched the budget", "I warm up the
 * crowd", "cramping my style"). "I stretched it out": "it" is the leg.
 */
export const OBJECT_AFTER =
  /^[\s\u00a0]+(?:the|your|my|his|her|their|our|its|these|those|him|them|us|me|this|that|out[\s\u00a0]+(?:the|my|a|an|this|that)|an?(?![\s\u00a0]+(?:week|day|month|year|few|couple|bit|little|lot|while)\b))\b/i;
/**
 * What it is of: "a stretch of road", "flexibility on price", "a cramp of guilt", "stretched for
 * cash"; but for a time: "I warm up for ten minutes".
 */
export const OF_AFTER =
  /^[\s\u00a0]+(?:of|on|with|about|to|into|towards?|between|for(?![\s\u00a0]+(?:\d|a|an|about|at|two|three|five|ten|fifteen|twenty|thirty|few|several|half)\b))\b/i;
/** Whose cramp it is when not the leg's: "period cramps", "writer's cramp", "stomach spasms". */
export const OTHER_KIND_BEFORE =
  /\b(?:period|menstrual|stomach|tummy|abdominal|uterine|bowel|gut|back|neck|hand|jaw|eye|writer['’]?s?|budget|price|rate|market)[\s\u00a0]+$/i;
/** An owner before it ("writer's cramp"), not "it's" or "they're". */
export const OWNER_BEFORE = /(?<!\b(?:it|that|what|there))['’]s?[\s\u00a0]+$/i;
/** An adjective of the form before its noun: "the stretch run", "a stretch goal", "stretch targets". */
export const NOUN_AFTER =
  /^[\s\u00a0]+(?:goals?|targets?|runs?|limo|limousine|fabric|jeans|denim|marks?|wrap|film|armstrong|receivers?|position|zone)\b/i;
/**
 * Other parts of the body and other senses in the sentence: the exercise or the cramp may be theirs
 * ("I stretch my back", "hand cramps from typing"); only the lower limb's are this glossary's.
 */
export const OTHER_PART =
  /\b(?:hands?|arms?|fingers?|wrists?|elbows?|shoulders?|neck|chest|jaw|face|eyes?|head|throat|stomach|belly|abdomen|tummy|spine|period|budget|money|cash|schedule|deadline|truth|rules?)\b/i;

/**
 * "Pulled my calf on Sunday's run. … I kept stretching, but it cramped up again on the hill.": a
 * forum post names the leg once, in the first person, and goes on about its exercise and its cramps
 * with no anchor of their own. An exercise or cramp form in a first-person sentence (or a cramp the
 * post points back to, "the cramp"), takes, in the normal colour, the leg that one of the few
 * sentences before it names as the writer's own ("my calf", "my left ankle", said by "I"), where no
 * sentence between is of another sense or part. Not before an object ("I stretched the budget"),
 * before what it is of ("a stretch of road"), after another kind ("period cramps") or before the
 * noun it describes ("a stretch goal").
 */
export function isPostAnchored(
  match: RawMatch,
  sentence: [number, number],
  anchors: SentenceAnchors,
  { text, sentenceAt, anchorsAt }: DiscourseContext,
): boolean {
  if (match.sense === 'paired' || anchors.isOtherSense) return false;
  const form = text.slice(match.start, match.end);
  if (!POST_FORM.test(form) && !SAID_OF_IT_FORM.test(form)) return false;
  const own = text.slice(sentence[0], sentence[1]);
  const lead = text.slice(Math.max(sentence[0], match.start - 40), match.start);
  const after = text.slice(match.end, sentence[1]);
  const isOfIt = SAID_OF_IT_FORM.test(form) && SAID_OF_IT.test(lead) && ENDS_AFTER.test(after);
  const isPointedTo = CRAMP.test(form) && DEFINITE_BEFORE.test(lead);
  const isFirstPerson = POST_FORM.test(form) && (isPointedTo || FIRST_PERSON.test(own));
  if (!isOfIt && !isFirstPerson) return false;
  // "the cramps" not said by the writer, before what they are of or where: "The cramps in the
  // housing market are a different story". A time is the post's: "the cramps at night".
  if (isPointedTo && !FIRST_PERSON.test(own) && PLACE_AFTER.test(after) && !TIME_AFTER.test(after)) return false;
  if (OBJECT_AFTER.test(after) || OF_AFTER.test(after) || NOUN_AFTER.test(after)) return false;
  if (OTHER_KIND_BEFORE.test(lead) || OWNER_BEFORE.test(lead) || OTHER_PART.test(own)) return false;
  for (let back = 0, before = sentence; back < MAX_BACK && before[0] > 0; back++) {
    before = sentenceAt(before[0] - 1);
    const prior = anchorsAt(before);
    const priorText = text.slice(before[0], before[1]);
    if (prior.isOtherSense || OTHER_PART.test(priorText)) return false;
    // "it" is the leg only where no one else was named between: "My calf is tight. The game was
    // close. It's numb." says nothing of the calf.
    if (!FIRST_PERSON.test(priorText)) {
      if (isFirstPerson) continue;
      return false;
    }
    if (hasOwnedFrame(text, prior.limbs) || (prior.hasFrame && hasOwnedFrame(text, prior.frames))) return true;
  }
  return false;
}

/**
 * A post's exercise or cramp said by its writer, with none of the post rule's guards against an
 * object, what it is of, another kind or part ("I stretched the budget", "period cramps"): the forms
 * the forward rule (forward-anchor.ts) takes besides a bare symptom noun.
 */
export function isWritersExercise(match: RawMatch, [from, to]: [number, number], text: string): boolean {
  if (match.sense === 'paired' || !POST_FORM.test(text.slice(match.start, match.end))) return false;
  const own = text.slice(from, to);
  const lead = text.slice(Math.max(from, match.start - 40), match.start);
  const after = text.slice(match.end, to);
  if (!FIRST_PERSON.test(own) || OBJECT_AFTER.test(after) || OF_AFTER.test(after) || NOUN_AFTER.test(after))
    return false;
  return !OTHER_KIND_BEFORE.test(lead) && !OWNER_BEFORE.test(lead) && !OTHER_PART.test(own);
}

/**
 * The rules that read the sentences before: a symptom noun's (discourse-anchor.ts), a post's, a sign
 * named again (repeat-anchor.ts).
 */
export const isAnchoredBefore = (...args: Parameters<typeof isPostAnchored>) =>
  isDiscourseAnchored(...args) || isPostAnchored(...args) || isRepeatAnchored(...args);

/**
 * Could one of the two rules take this form at all, given the sentences before? Asked of a weak
 * form left with no anchor, before the page is asked for the blocks before it (earlier-blocks.ts).
 */
export function mayAnchorBefore(match: RawMatch, text: string, symptoms: ReadonlySet<string>): boolean {
  if (match.sense === 'paired') return false;
  const form = text.slice(match.start, match.end);
  return isSymptomNoun(form, match.entryId, symptoms) || POST_FORM.test(form) || SAID_OF_IT_FORM.test(form);
}

/**
 * May a relaxed form with no anchor take the sentence right before (sentence-before.ts)? Not as an
 * adjective opening its sentence (block-anchor.ts), nor, for exercise and cramps, as a verb with its
 * object: "My calf is sore after Sunday. I need to stretch the budget this month", "…I had to warm
 * up the crowd"; nor a cramp or spasm of a feeling ("The silence felt like a spasm of guilt"). Other relaxed forms keep it ("My gran's ankles bruise… Is easy bruising a blood
 * thinner thing?").
 */
export function mayTakeBack(text: string, sentence: [number, number], match: RawMatch): boolean {
  if (isAttributive(text, sentence[0], match)) return false;
  const form = text.slice(match.start, match.end);
  const after = text.slice(match.end, sentence[1]);
  if (CRAMP.test(form) && OF_WHAT.test(after)) return false;
  return !POST_FORM.test(form) || !OBJECT_AFTER.test(after);
}

/** What a cramp or a spasm is of when it is a feeling: "a spasm of guilt", "a cramp of fear". */
const OF_WHAT = /^[\s\u00a0]+of\b/i;
