/**
 * More shapes of a fitting guide's prose, where "tight", "tightness" or "stretch" has no subject of
 * its own before it and the worn thing is named elsewhere in the sentence or the one before (issue
 * 11, the general-web round: docs/sense.md "Fit talk on the general web"). fit-uses.ts reads the
 * subject before the form and a part after a preposition; these read what a guide says around
 * them:
 *
 * - "they" opening a sentence after one that names the worn thing, tight on a part ("Tried the slim
 *   jeans. They were far too tight in the thighs");
 * - a contrast whose subject is the sentence's worn thing: "A hiking boot should hug your heel when
 *   you lace it, but not too tight" (the "you" of the clause between is no subject of "tight");
 * - "snug, not tight" (a worn thing in the sentence or not: "snug" is said of what fits), and "snug
 *   everywhere, tight nowhere";
 * - a place only a shoe is tight at, with nobody speaking: a heading "Tight at the Toe Box", "Tight
 *   across the forefoot?" (a muscle is not tight in the toes);
 * - "the tightness" opening a sentence after one that names the worn thing, no person speaking of
 *   themself and no muscle its place ("Buckle the boot. The tightness should feel even all round");
 * - a tightness wanted: "sew to your desired tightness", "the preferred tightness";
 * - "stretch" measured out and held by the garment: "there is some stretch in them", "enough stretch
 *   in the fabric" (not after "feel": "you should feel some stretch in it" is the exercise).
 */
import { FITTED } from './fit-words.ts';
import { stopAfter } from './long-sentence.ts';

const FIRST_PERSON = /\b(?:i|i['’]m|i['’]ve|i['’]d|my|me|mine)\b/i;
const FITTED_WORD = new RegExp(String.raw`\b${FITTED}\b`, 'i');

/** The sentence opens with a worn thing as its subject: "A ski boot …", "Your new trail shoes …". */
const WORN_SUBJECT_START = new RegExp(String.raw`^\s*(?:[a-z'’-]+\s+){0,3}?${FITTED}\b`, 'i');
/** The elided subject of a contrast: "…, but not too ", "but not so ". */
const BUT_NOT = /\bbut\s+not\s+(?:(?:so|too|overly|very|uncomfortably|that|painfully)\s+)?$/i;
/** A body's part or a person as the subject of a clause right before the contrast: "my calves were fine but not". */
const BODY_CLAUSE =
  /\b(?:my|his|her|their|our)\s+(?:legs?|feet|foot|toes?|knees?|ankles?|calf|calves|shins?|thighs?|hamstrings?|muscles?)\b/i;
/** "snug, not ", "snugly but never ", "snug rather than ". */
const SNUG_NOT =
  /\bsnug(?:ly)?\s*(?:,|but|and|yet)?\s*(?:,\s*)?(?:not|never|rather\s+than)\s+(?:(?:so|too|overly|very)\s+)?$/i;

/** "snug everywhere, tight nowhere": a fit said of every place at once. */
const NOWHERE_AFTER = /^\s*(?:anywhere|nowhere)\b/i;
const SNUG = /\bsnug(?:ly)?\b/i;

/** Where only a shoe is tight: the toes, the toe box, the forefoot, the instep, its width. */
const SHOE_PLACE =
  /^\s+(?:across|around|round|at|on|in|through|over|along)\s+(?:(?:the|your|a|both)\s+)?(?:toes|toe\s*box|forefoot|midfoot|instep|ball\s+of\s+the\s+foot|width|widest\s+part)\b/i;

/** "the tightness" opening its sentence; a muscle named as its place keeps it the body's. */
const THE_TIGHTNESS_LEAD = /^\s*(?:the|this|that)\s+$/i;
const MUSCLE_PLACE =
  /^\s+(?:in|of|within|through)\s+(?:(?:the|your|my|his|her|their|both)\s+)?(?:(?:left|right|lower|upper)\s+)?(?:calf|calves|legs?|muscles?|hamstrings?|thighs?|quads?|shins?)\b/i;

/**
 * "They" or "it" opening the sentence, then the form placed on a part: what is tight on the thighs is
 * not the thighs. Taken for the worn thing only where the sentence before names one ("Tried the slim
 * jeans. They were far too tight in the thighs").
 */
const PRONOUN_START =
  /^\s*(?:they|it)(?:['’]re|['’]s)?\s+(?:(?:is|are|was|were|felt|feel|feels|got|get|gets|either|both|still|just|far|way|much|too|so|very|a\s+bit|a\s+little|slightly|rather)\s+){0,4}$/i;
const ON_A_PART =
  /^\s+(?:in|across|around|round|at|through|on|over)\s+(?:(?:the|your|my|his|her|their)\s+)?(?:thighs?|calf|calves|waist|hips?|seat|bum|knees?|ankles?|toes|feet|legs?|shins?)\b/i;

/** A tightness chosen: "your desired tightness", "the preferred tightness". */
const WANTED_BEFORE = /\b(?:desired|preferred|wanted|chosen|ideal|required)\s+$/i;

/** "stretch" measured out, in the garment or the fabric: "a bit of stretch in them". */
const AMOUNT_BEFORE =
  /(?<!\b(?:feel|feels|felt|feeling)\s+)\b(?:a\s+bit\s+of|a\s+little|some|enough|more|less|no|plenty\s+of|a\s+lot\s+of|lots\s+of|any)\s+$/i;
const HELD_IN =
  /^\s+(?:in|to)\s+(?:them|it|(?:the|this|that|these|your)\s+(?:fabric|material|denim|jeans|waist(?:band)?|cloth|knit))\b/i;

/**
 * Is the "tight" or "tightness" of `[start, end)` fit talk? `lead`: its sentence up to the form;
 * `before`: the sentence before it in the block, if any.
 */
export function isTightFitTalk(text: string, start: number, end: number, lead: string, before: string): boolean {
  const isNoun = /ness$/i.test(text.slice(start, end));
  const after = text.slice(end, end + 40);
  if (isNoun && WANTED_BEFORE.test(lead)) return true;
  if (!isNoun && BUT_NOT.test(lead) && WORN_SUBJECT_START.test(lead) && !BODY_CLAUSE.test(lead)) return true;
  // "It's so tight in my calves" is the writer's own: a dummy "it" before their part.
  const isDummyIt = /^\s*it/i.test(lead) && /^\s+\S+\s+my\b/i.test(after);
  if (!isNoun && PRONOUN_START.test(lead) && ON_A_PART.test(after) && FITTED_WORD.test(before) && !isDummyIt)
    return true;
  // "Snug" is said of what fits, not of a muscle: the contrast is fit talk with the worn thing
  // named elsewhere on the page too ("Snug, Not Tight:" over a fitting guide's list item).
  if (!isNoun && SNUG_NOT.test(lead) && !BODY_CLAUSE.test(lead)) return true;
  if (!isNoun && NOWHERE_AFTER.test(after) && (SNUG.test(lead) || FITTED_WORD.test(lead))) return true;
  const rest = text.slice(end, stopAfter(text, end, /[.?!](?:\s|$)/));
  if (lead.trim() === '' && SHOE_PLACE.test(after)) return !FIRST_PERSON.test(rest);
  if (isNoun && THE_TIGHTNESS_LEAD.test(lead) && FITTED_WORD.test(before))
    return !MUSCLE_PLACE.test(after) && !FIRST_PERSON.test(before) && !FIRST_PERSON.test(rest);
  return false;
}

/** Is the "stretch" of `[start, end)` a garment's give ("a bit of stretch in them")? */
export function isStretchHeld(text: string, start: number, end: number): boolean {
  return AMOUNT_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && HELD_IN.test(text.slice(end, end + 30));
}
