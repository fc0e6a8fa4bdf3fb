import type { RawMatch } from './apply-sense.ts';

/** A gap between words, as the anchor phrases read one (anchor-chars.ts). */
const GAP = String.raw`[\s\u00a0]+`;
// Whose leg: a leg word with one of these before it is a person's ("my shin", "the left calf").
const OWNER = String.raw`(?:my|his|her|their|your|our|one|the|this|that|a|both)`;
// "the calf is red" alone may be a farm's red calf: the calf needs an owner who is a person.
const PERSON_OWNER = String.raw`(?:my|his|her|their|your|our|one)`;
const SIDE = String.raw`(?:(?:left|right|lower|upper|other|whole|entire|bad|sore|injured)${GAP})?`;
const LEG = String.raw`(?:legs?|shins?)`;
const CALF = String.raw`(?:calf|calves)`;
const OWNED_PART = String.raw`(?:${OWNER}${GAP}${SIDE}${LEG}|${PERSON_OWNER}${GAP}${SIDE}${CALF})`;
// Where a sign spreads to: any part of the leg ("up to the knee", "into the calf", "along the shin").
const PLACE = String.raw`(?:legs?|shins?|calf|calves|knees?|ankles?|thighs?|foot|feet)`;
// The place ends its noun phrase: "over the calf" is the leg, "over the calf market" is not.
const PLACE_END = String.raw`(?=[\s\u00a0]*(?:$|[.,;:!?)]|(?:and|or|by|since|in|at|on|with|from|after|before|when|where|which|that|too|again|now|today|overnight|within|for|is|was|has|had|area|region)\b))`;
const DEGREE = String.raw`(?:(?:very|really|so|quite|bright|all|still|now|also|a${GAP}bit|a${GAP}little|visibly)${GAP})*`;
const BE = String.raw`(?:is|are|was|were|['’]s|has${GAP}been|had${GAP}been|looks?|looked|feels?|felt|went|goes|turned|turns|got|gets|became|becomes|seems?|seemed)`;
// The other signs a run of attributes may hold before a leg word: "a red, hot calf".
const SIGN = String.raw`(?:red|hot|warm|swollen|tender|inflamed|angry|painful|sore|puffy)`;

/**
 * Before the form: a leg word it is said of, perhaps past one verb of its own: "the leg is red",
 * "my shin went bright red", "his leg throbbed and was hot to the touch".
 */
const PREDICATE = new RegExp(
  String.raw`\b${OWNED_PART}${GAP}(?:[a-z]+ed${GAP}and${GAP})?${BE}${GAP}${DEGREE}(?:${SIGN}(?:,${GAP}|${GAP}and${GAP})${DEGREE})*$`,
  'i',
);

/**
 * The same, asked (sign17 round): the verb of being before the leg ("Why is my calf red?", "Does my
 * leg look swollen?") or the leg before "to be" ("Is it normal for my shin to be red?").
 */
const ASKED = new RegExp(
  String.raw`(?:\b(?:is|are|was|were|does|do|did)${GAP}${OWNED_PART}${GAP}(?:(?:still|feel|look|seem|get|go|turn)${GAP})?|\b${OWNED_PART}${GAP}to${GAP}(?:be|feel|look|seem|get|go|turn)${GAP})${DEGREE}(?:${SIGN}(?:,${GAP}|${GAP}and${GAP})${DEGREE})*$`,
  'i',
);

/** After the form: the leg word it is an attribute of: "the red leg", "a red, hot calf". */
const ATTRIBUTE = new RegExp(
  String.raw`^(?:(?:,|${GAP}and)?${GAP}${SIGN})*${GAP}${SIDE}(?:${LEG}\b(?![-‑]?(?:ged|warmers?|room|work|day|press|curl|raise)\b)|${CALF}\b(?=[^.!?]{0,80}\b(?:${SIGN}|swelling|pain|clot|fever|cellulitis|infection)\b))`,
  'i',
);
/** Before an attribute: a determiner, so "a red leg" and "the red leg", not "red-legged" or "Red Leg Ale". */
const ATTRIBUTE_LEAD = new RegExp(
  String.raw`\b(?:${OWNER}|the|a|an)${GAP}(?:${SIGN}(?:,${GAP}|${GAP}and${GAP}))*['‘]?$`,
  'i',
);

/**
 * After the form: a spot of it on a leg ("a red patch on the back of my leg") or its spread along
 * one ("redness spreading up to the knee", "swelling over a wide area of the leg").
 */
const SPOT = new RegExp(
  String.raw`^${GAP}(?:spot|patch|area|blotch|streak|line|mark|bump|lump)${GAP}(?:on|over|down|up)${GAP}(?:the${GAP}(?:back|front|side|inside|outside)${GAP}of${GAP})?${OWNER}${GAP}${SIDE}${PLACE}\b${PLACE_END}`,
  'i',
);
/**
 * Spots, many or of other words, and a heel's, a toe's or a sole's: "red bumps on my shin", "red
 * patches on the back of my legs" (the body-list round). On a person's part only: "the boots have
 * red patches on the heels", "the doll has red dots on the knees", "red marks on the feet" of a
 * statue are no one's.
 */
const SPOTS = new RegExp(
  String.raw`^${GAP}(?:spots|patches|areas|blotch(?:es)?|streaks|lines|marks|bumps|lumps|dots?|welts?|rings?)${GAP}(?:on|over|down|up|across|around)${GAP}(?:the${GAP}(?:backs?|fronts?|sides?|insides?|outsides?)${GAP}of${GAP})?(?:my|his|her|your|our|both)${GAP}${SIDE}(?:${PLACE}|heels?|toes?|soles?)\b${PLACE_END}`,
  'i',
);
const SPREAD = new RegExp(
  String.raw`^${GAP}(?:has${GAP})?(?:(?:spread|spreads|spreading|crept|creeps|creeping|tracked|tracks|tracking|moved|moves|moving|ran|runs|running|extended|extends|extending|went|goes|travell?ed)${GAP})?(?:up|down|into|along|over|across|through|around)${GAP}(?:to${GAP}|into${GAP})?(?:(?:[a-z]+${GAP}){1,3}of${GAP})?${OWNER}${GAP}${SIDE}${PLACE}\b${PLACE_END}`,
  'i',
);

/**
 * After "warmth", the part of a person's leg it is in or over: "warmth in my calf", "warmth over
 * the back of her knee" (the sign17 round: questions and reports of it). A person's part only: "warmth
 * around the ankle" with no owner is a sock's or a brace's (opening-sign.ts). Not the feet or thighs,
 * where warmth is as often comfort's ("the warmth in my feet in these slippers"), nor a spread ("a
 * warmth spread through my legs" is a drink's or a feeling's).
 */
/** The verb of a question or a report after the part: "Could the warmth in my calf be…", "… would pass". */
const ASKED_END = String.raw`(?=[\s\u00a0]+(?:be|would|could|will|can|may|might|should|keeps?|lately)\b)`;
const WARMTH_AT = new RegExp(
  String.raw`^${GAP}(?:in|on|over|around|behind)${GAP}(?:the${GAP}(?:back|front|side|inside|outside)${GAP}of${GAP})?${PERSON_OWNER}${GAP}${SIDE}(?:legs?|shins?|calf|calves|knees?|ankles?)\b(?:${PLACE_END}|${ASKED_END})`,
  'i',
);
/** "A warmth" is a feeling's ("she felt a warmth in her knees when he smiled"), not a sign's. */
const A_WARMTH = /\b(?:a|such[\s\u00a0]+a|what[\s\u00a0]+a)[\s\u00a0]+$/i;
/**
 * Warmth enjoyed, or given by gear, is comfort's: "I love the warmth in my calves after a long run",
 * "the sleeve keeps warmth around your knee".
 */
const ENJOYED =
  /\b(?:lov(?:e|es|ed|ing|ely)|enjoy\w*|nice|pleasant|cos(?:y|ier)|coz(?:y|ier)|sooth\w*|relax\w*|comfort\w*|bliss\w*|glow\w*|keeps?|kept|retain\w*|provid\w*|gives?|braces?|sleeves?|wraps?|supports?|compression|pads?|warmers?)\b/i;

// A clear reason for a red or hot leg that is not the card's ("for no clear reason"): the sun, a
// bath, a razor; a jab's site and a strap's or an elastic's mark (the body-list round: "red bumps
// on his thigh where the jab went in" is a jab's reaction, no red alarm). Read anywhere in the
// sentence.
const CLEAR_REASON =
  /\b(?:sun|blankets?|duvet|covers|heat(?:ed|er|ing)?|sunburn(?:t|ed)?|sunbed|tan(?:ned)?|beach|sauna|bath|shower|hot water|heater|fire|cold|wind|frost|razor|shav(?:e|ed|ing)|wax(?:ed|ing)|scratch(?:ed|ing)?|paint(?:ed)?|dye|ink|sock|socks|stockings?|tights|trousers|shorts|uniform|lipstick|wine|marker|pen|pride|joy|rage|anger|laughter|embarrassment|tub|jacuzzi|spa|steam|massage|workout|gym|mud|clay|dust|sting|stung|bites?|bitten|jabs?|injections?|vaccines?|vaccinations?|straps?|elastic|waistband)\b/i;
// "Red with mud": a colour a thing gives the leg, unless it is a sign ("red with swelling").
const WITH_THING =
  /^[\s\u00a0]+with[\s\u00a0]+(?!(?:swelling|pain|heat|warmth|infection|inflammation|fever|a[\s\u00a0]+rash)\b)/i;

/** The urgent signs this rule reads: a colour, heat, a swelling or tenderness as such. */
const FORM =
  /^(?:red|redness|reddened|hot to (?:the )?touch|warm to (?:the )?touch|swollen|swelling|tender|tenderness)$/i;

/** "red " or "red-" before "hot" (red-hot.ts keeps only the pairs this rule reads as the leg's). */
export const RED_HOT_BEFORE = /\bred[\s\u00a0-]+$/i;

/**
 * Is the urgent form said of a person's leg itself, in its sentence `[from, to)`: as its predicate
 * ("the leg is red", "why is my leg red?"), warmth in it ("warmth in my calf"), its attribute ("the red leg"), a spot on it or a spread along it? Such a
 * sign is the leg's (red) with no second symptom: the card's "one calf ... turns red". Not where
 * the sentence gives it a clear reason of another kind ("legs red from the sun"). Not numbness or
 * tingling beside a leg compound ("after sitting cross-legged"): a leg that has "gone to sleep" is
 * not the card's sudden numbness, so it stays the normal colour (docs/sense.md, "A sign said of the
 * leg itself").
 */
export function isSignOfLimb(text: string, match: RawMatch, [from, to]: [number, number]): boolean {
  const form = text.slice(match.start, match.end);
  let before = text.slice(Math.max(from, match.start - 80), match.start);
  // "my legs were red hot": the heat after "red" is read where "red" stands (red-hot.ts).
  const red = /^hot$/i.test(form) ? RED_HOT_BEFORE.exec(before) : null;
  const after = text.slice(match.end, Math.min(to, match.end + 80));
  if (/^warmth$/i.test(form)) {
    const sentence = text.slice(from, to);
    return WARMTH_AT.test(after) && !A_WARMTH.test(before) && !ENJOYED.test(sentence) && !CLEAR_REASON.test(sentence);
  }
  if (red) before = before.slice(0, red.index);
  else if (!FORM.test(form)) return false;
  const isSaid =
    PREDICATE.test(before) ||
    ASKED.test(before) ||
    (ATTRIBUTE.test(after) && ATTRIBUTE_LEAD.test(before)) ||
    SPOT.test(after) ||
    SPOTS.test(after) ||
    SPREAD.test(after);
  return isSaid && !WITH_THING.test(after) && !CLEAR_REASON.test(text.slice(from, to));
}
