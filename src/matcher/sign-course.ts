import type { RawMatch } from './apply-sense.ts';
import { PLACE_AFTER, TRAIT } from './bare-symptom.ts';

/**
 * A sign noun the post points to, then what it did: "the swelling never went away", "the numbness
 * lingered for days", "my swelling was down by Friday". The discourse rule reads "-ing" before any
 * other word as an adjective ("swelling crowds", "a bruising defeat"); here the word after must be a
 * verb of a sign's course or a helping verb, perhaps after an adverb.
 */
const SIGN_NOUN = /^(?:swelling|puffiness|bruising|bruises?|numbness|tingling|lumps?|cramps?|cramping|spasms?)$/i;
/**
 * A knot (the lump card's) only with a verb of its course or "still there", never a helping verb
 * alone: "The knot is still there after a fortnight", but "My dad tied the boat up. The knot has
 * held all winter" (the threadsign round's second probe batch).
 */
const KNOT = /^knots?$/i;
const STILL_THERE = /^\s+(?:is|was|['’]s)\s+still\s+there\b/i;
/**
 * A place of the body's care, or of the foot or leg, after the sign is where the sign is, not a
 * thing it belongs to: "The numbness round the scar has never quite gone", "The numbness on the
 * outside of the foot is still there". Read as if not there.
 */
const CARE_PLACE =
  /^\s+(?:round|around|near|along|under|over|by|at|on|in|down|across)\s+(?:the|my)\s+(?:(?:outside|inside|top|bottom|back|front|side|sole|ball)\s+of\s+(?:the|my)\s+)?(?:scar|wound|incision|stitches|cut|site|foot|feet|toes|heel|shin|ankle|calf)\b/i;
/** "the", "my", "some" before the sign; or nothing, at the sentence's start (`COURSE_AT_START`). */
const POINTED_BEFORE = /\b(?:the|my|this|that|some|no|any)\s+$/i;
const AT_START = /^\s*$/;
/** Adverbs and helping verbs before the verb of a sign's course: "has finally", "didn't". */
const BEFORE_VERB = String.raw`(?:(?:never|still|just|finally|slowly|soon|also|only|then|now|really|has|had|have|was|is|did|didn['’]t|hasn['’]t|wasn['’]t|isn['’]t)\s+)*`;
/**
 * "took a week to go down", "stopped after a few days", "worries me more than the pain": the threadsign
 * round's shapes (docs/sense.md, "A sign named with no leg, after the writer's leg").
 */
const COURSE_VERB = String.raw`(?:spread|spreads|spreading|went|goes|gone|going|came|comes|sprung|sprang|popped|appeared|lingered|lingers|lasted|lasts|stayed|stays|eased|eases|easing|subsided|settled|disappeared|faded|fades|fading|worsened|improved|returned|moved|kept|keeps|started|starts|began|got|gets|seemed|seems|took|takes|taking|stopped|stops|cleared|clears|shrank|shrunk|worries|worried|bothers|bothered|scares|scared)`;
const HELPER = String.raw`(?:is|was|were|are|has|had|will|would|won['’]t|wouldn['’]t|(?:does|did|do)(?:n['’]t|\s+not))`;
const COURSE_AFTER = new RegExp(String.raw`^\s+${BEFORE_VERB}(?:${COURSE_VERB}|${HELPER})\b`, 'i');
/**
 * With no article, at the sentence's start, a verb of the course itself or "was down": "Swelling
 * was down by Wednesday", "Bruising has spread"; not a helping verb alone, "Bruising is expected in
 * the bond market", "Numbness was the word for how the fans felt" (pointback round's probe).
 */
const COURSE_AT_START = new RegExp(String.raw`^\s+${BEFORE_VERB}${COURSE_VERB}\b`, 'i');
/** "a lump has come up", "a rather odd lump has come up": a concrete sign after "a" may tell its course too. */
const A_POINTED_BEFORE = /\b(?:a|an)\s+(?:[a-z]+\s+){0,2}$/i;
const CONCRETE_SIGN = /^(?:lumps?|bruises?)$/i;
/** "my swelling was down by Friday": a place after "was" is the sign's going, not where it is. */
const GOING = /^\s+(?:is|was|were|are)\s+(?:down|up)\b/i;
/** A sign the writer has: "I still have a lump", "I've got a bruise", "I noticed some swelling". */
const HAS_BEFORE =
  /\bI(?:['’]ve|['’]d)?\s+(?:still\s+|also\s+|now\s+|just\s+)?(?:have|had|got|noticed|found|get|developed)\s+(?:got\s+)?(?:(?:a|an|some|this|that|the|my)\s+)?(?:[a-z]+\s+)?$/;
/** A concrete sign the hurt left: "It's left a nasty bruise", "the fall left me with a lump". */
const LEFT_BEFORE =
  /\b(?:it|that|this|which|fall|knock|kick|tackle)(?:['’]s|\s+has|\s+had)?\s+left\s+(?:me\s+with\s+)?(?:a|an|some)\s+(?:[a-z]+\s+)?$/i;
/** What may follow a sign the writer has: the sentence's end or its next clause, not a noun or a place. */
const HAS_ENDS = /^(?:\s*(?:[.,;:!?)…]|$)|\s+(?:and|but|that|which|since|now|too|again|there|as well)\b)/i;
/**
 * What the writer does to the sign: "I'm trying to keep the swelling down", "to get the swelling
 * down". A verb right before "the" or "my" sign, and "down" or "at bay" right after it: "keep the
 * swelling of my inbox down" has "of" between (not read).
 */
const KEPT_BEFORE =
  /\b(?:keep|keeps|keeping|kept|get|gets|getting|got|bring|brings|bringing|brought)\s+(?:the|my|this|that)\s+$/i;
const KEPT_AFTER = /^\s+(?:down|at\s+bay)\b/i;
/**
 * "the swelling never went away", "a lump has come up", "I still have a lump": a sign noun told
 * by its course or had by the writer (SIGN_NOUN, COURSE_AFTER, HAS_BEFORE above).
 */
export function isCourseOfSign(match: RawMatch, sentence: [number, number], text: string): boolean {
  const form = text.slice(match.start, match.end);
  const lead = text.slice(sentence[0], match.start);
  const after = text.slice(match.end, sentence[1]).replace(CARE_PLACE, '');
  if (KNOT.test(form)) return POINTED_BEFORE.test(lead) && (STILL_THERE.test(after) || COURSE_AT_START.test(after));
  if (!SIGN_NOUN.test(form) || TRAIT.test(form)) return false;
  const isLeft = CONCRETE_SIGN.test(form) && LEFT_BEFORE.test(lead);
  if ((HAS_BEFORE.test(lead) || isLeft) && HAS_ENDS.test(after)) return true;
  if (KEPT_BEFORE.test(lead) && KEPT_AFTER.test(after)) return true;
  if (AT_START.test(lead)) return GOING.test(after) || (!PLACE_AFTER.test(after) && COURSE_AT_START.test(after));
  if (!POINTED_BEFORE.test(lead) && !(CONCRETE_SIGN.test(form) && A_POINTED_BEFORE.test(lead))) return false;
  return (GOING.test(after) || !PLACE_AFTER.test(after)) && COURSE_AFTER.test(after);
}
