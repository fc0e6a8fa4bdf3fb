import type { RawMatch } from './apply-sense.ts';

/** Words of degree or time between the part and its state: "the ankle's still a bit stiff". */
const DEGREE = String.raw`(?:(?:still|really|so|now|always|again|quite|very|just|also)\s+){0,2}`;

/**
 * A joint described by its sign (barepart15 round): "an ankle that had puffed up overnight", "a
 * swollen, purple ankle that had swelled to twice its size"; or its state after "the" with a verb
 * of being, the joint's own ("The ankle's still a bit stiff", "the knee is still sore"). Not a calf:
 * a farm's calf swells with bloat and is stiff after birth; not "weak" or "tight" (the corpus's
 * fainting knees, a boot's tight ankle), and clothes and things are asked of the sentence.
 */
const DESCRIBED_LEAD = /(?:\b(?:a|an|the|one)|,)\s+$/i;
const SWELLED =
  /^\s+(?:that|which)\s+(?:(?:had|has|have)\s+)?(?:just\s+|suddenly\s+)?(?:swelled|swollen|swelled\s+up|swollen\s+up|puffed\s+up|ballooned|blown\s+up|blew\s+up|gone\s+purple|turned\s+purple)\b/i;
const STIFF = new RegExp(
  String.raw`^\s*(?:is|are|was|were|feels?|felt|['’]s|['’]re)\s+${DEGREE}(?:(?:a\s+(?:bit|little|touch)|quite|very|really|pretty|rather|so)\s+)?(?:stiff|sore|achy|painful|clicky|creaky)\b`,
  'i',
);
/**
 * "the" or a person's word before the joint whose state is said: "The ankle is stiff" and "His ankle
 * is stiff" are one use (review17: the grid's owners marked the first and not the second, while "my"
 * and "my son's" reach the joint through their own frames). Not "a" or "one": "a knee is stiff"
 * is no one's in particular, and "its" is a thing's.
 */
const STATE_LEAD = /\b(?:the|his|her|their|your|our)\s+$/i;
/** Is the bare joint, `lead` and `after` its sentence around it, described by its sign or its state (bare-part.ts)? */
export const isDescribed = (lead: string, after: string) =>
  (DESCRIBED_LEAD.test(lead) && SWELLED.test(after)) || (STATE_LEAD.test(lead) && STIFF.test(after));

/**
 * A swelling said in the clause that describes a joint: "my nan has a knee that swelled up after
 * she knelt", "an ankle that had swollen overnight". The joint anchors the sign as a frame would,
 * in the normal colour: no second symptom says it is sudden, and `limb-sign.ts` and the pack's
 * frames keep the reds they had ("a swollen, purple ankle that had swelled").
 */
const SIGN_LEAD =
  /(?:\b(?:a|an|one)|,)\s+(?:knee|ankle)s?\s+(?:that|which)\s+(?:(?:had|has|have)\s+)?(?:just\s+|suddenly\s+)?$/i;
const SWELL_FORM = /^(?:swelled|swollen)$/i;
/** A thing, a garment or an animal with a knee or an ankle, which swells in the damp or in the heat. */
export const NOT_A_BODY =
  /\b(?:lamps?|tables?|chairs?|stools?|wood\w*|timber|damp|pipes?|hoses?|statues?|dolls?|puppets?|robots?|horses?|mares?|foals?|ponies|pony|cows?|dogs?|socks?|boots?|tights|jeans|trousers)\b/i;

/** Is the form a swelling said of a joint described by it (above)? */
export function isSignOfDescribedPart(text: string, match: RawMatch, [from, to]: [number, number]): boolean {
  if (!SWELL_FORM.test(text.slice(match.start, match.end))) return false;
  return (
    SIGN_LEAD.test(text.slice(Math.max(from, match.start - 60), match.start)) && !NOT_A_BODY.test(text.slice(from, to))
  );
}
