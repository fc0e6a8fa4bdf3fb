import type { RawMatch } from './apply-sense.ts';
import { OBJECT_AFTER } from './post-anchor.ts';

/**
 * A site of the body pointed back to: "the area", "that area", "the site", "the surgical site",
 * "the incision", "the wound", "the scar", "the spot". By itself it names no one's leg ("the area
 * was warm and sunny", "the site was red with bunting"); the thread rule (thread-leg.ts) takes it
 * only where the writer's leg is named before.
 */
const SITE = String.raw`(?:the|that|this)\s+(?:(?:same|whole|affected|surgical|operated|injured|sore|bruised|injection|puncture)\s+)?(?:area|site|spot|incision|wound|scar)`;
/**
 * What the site is of, or where: "the site of the tear", "the spot where the jab went in". Only a
 * hurt or care: "the affected area of the roof was still hot after the fire" is a roof's.
 */
const WHERE = String.raw`(?:\s+where\s+[^.,;:!?()]{1,40}?|\s+of\s+(?:the|my|that)\s+(?:tear|injury|sprain|strain|op|operation|surgery|jab|injection|bite|break|fracture|cut|bruise|scope|arthroscopy))?`;
/** A verb of being, feeling or becoming, then words of degree or time: "felt unusually", "is still". */
const BE = String.raw`(?:['’]s|\s+(?:is|was|has\s+been|had\s+been|feels?|felt|looks?|looked|seems?|seemed|gets?|got|went|goes|became|becomes|turned|stays?|stayed|remains?|remained|keeps?\s+getting|kept\s+getting))`;
const DEGREE = String.raw`(?:\s+(?:been|getting|feeling|looking|still|now|also|even|so|really|very|quite|a\s+bit|a\s+little|kind\s+of|unusually|slightly|pretty|rather|fairly|super|extremely|noticeably|more|all))*`;
/** Other signs before this one in a list: "the incision is red, hot and". */
const LISTED = String.raw`(?:\s+[a-z]+(?:,|\s+and|\s+or)){0,3}`;
const SAID_OF_SITE = new RegExp(String.raw`(?:^|[^\p{L}])${SITE}${WHERE}${BE}${DEGREE}${LISTED}\s+$`, 'iu');

/** "warm to the touch": the sign's own, not what it is of. */
const TO_THE_TOUCH = /^\s+to\s+(?:the\s+)?touch\b/i;
/** A time after the sign is no object: "swollen this morning". */
const TIME_AFTER = /^\s+(?:this|that|last|every|each)\s+(?:morning|afternoon|evening|night|week|weekend|day|time)\b/i;
const TOUCH_FORM = /\sto\s+(?:the\s+)?touch$/i;
/** A place or a thing after the sign is what it is full of or where: "swollen with tourists", "red with bunting". */
const PLACE_AFTER =
  /^\s+(?:in|at|on|of|with|about|from|for|by|over|under|across|into|between|among|throughout|around)\b/i;

/**
 * Is the sign said of a site pointed back to: "The area felt unusually warm to the touch", "the site
 * is still swollen", "the incision looks red and angry" (issue 11, jointcare round: a class of the
 * newest held-out round's misses, from the lead's report)? `isTouched` says whether the sign is felt
 * "to the touch", which a sign of a trait or a feeling ("warm", "red") needs where no second
 * symptom is in its sentence.
 */
export function siteSignOf(
  text: string,
  match: RawMatch,
  [from, to]: [number, number],
): 'said' | 'touched' | undefined {
  const lead = text.slice(Math.max(from, match.start - 100), match.start);
  if (!SAID_OF_SITE.test(lead)) return undefined;
  const after = text.slice(match.end, to);
  // "warm to the touch" is a form of its own too.
  if (TO_THE_TOUCH.test(after) || TOUCH_FORM.test(text.slice(match.start, match.end))) return 'touched';
  const tail = after.replace(TIME_AFTER, '');
  return PLACE_AFTER.test(tail) || OBJECT_AFTER.test(tail) ? undefined : 'said';
}
