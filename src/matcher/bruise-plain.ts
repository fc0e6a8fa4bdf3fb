/**
 * A bruise said plainly as a body's, with no part, course or cause of the older shapes (the
 * eighteenth session: held-out posts about a child's sport, a paintball game and a trip to urgent
 * care): "It's just a bruise", a bruise among other knocks ("scrapes, cuts and bruises"), and care
 * sought or given in its sentence ("Would you go to the ER for a bruise that big?", "It was badly
 * bruised, but the X-ray showed nothing broken"). skin-mark.ts asks these after its own guards (fruit,
 * markets, pride, a thing a bruise is on); never red.
 */

/** A bruise among a child's or a player's other knocks: "scrapes, cuts, and bruises", "bruises and grazes". */
const KNOCK = String.raw`(?:cuts?|scrapes?|grazes?|scratches|scabs?|sprains?|blisters?)`;
/** Between two items of the list: ", ", ", and ", " and ", " or ", " & ". */
const JOINT = String.raw`(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)`;
const KNOCK_LIST_BEFORE = new RegExp(String.raw`\b${KNOCK}${JOINT}(?:${KNOCK}${JOINT})*$`, 'i');
const KNOCK_LIST_AFTER = new RegExp(String.raw`^${JOINT}${KNOCK}\b`, 'i');

/** A thing's knocks: "dents, scratches and bruises" on a car after the hail. */
const THING_KNOCKS = /\b(?:dents?|cars?|paint|paintwork|bodywork|hail|furniture|tables?|floors?|doors?|bumpers?)\b/i;

/** "It's just a bruise", "only a small bruise": a body's hurt said to be no worse ("just a bruise to his pride" is set aside with pride). */
const JUST_BEFORE =
  /\b(?:just|only|merely)[\s\u00a0]+an?(?:[\s\u00a0]+(?:bad|big|small|little|deep|nasty|minor|slight))?[\s\u00a0]+$/i;
/**
 * Care sought or given in the bruise's sentence: "Who goes to urgent care for a bruise?", "badly
 * bruised, but the x-ray showed nothing broken". A hospital or an X-ray is a body's; "ER", "A&E" and
 * "GP" only in capitals ("er, a bruise" is a pause).
 */
const CARE_PLACE =
  /\b(?:urgent[\s\u00a0]+care|emergency[\s\u00a0]+(?:room|department)|hospital|x-?rays?|paramedics?)\b/i;
const CARE_CAPITALS = /\b(?:ER|GP|A&E)\b/;
const isCareSetting = (sentence: string) => CARE_PLACE.test(sentence) || CARE_CAPITALS.test(sentence);
/** "bruised" said of something before it: "it was badly bruised", "was just bruised". */
const BRUISED_SAID =
  /\b(?:is|was|are|were|got|get|looks?|looked|felt)[\s\u00a0]+(?:(?:just|only|badly|very|really|quite|a[\s\u00a0]+bit|slightly)[\s\u00a0]+)?$/i;

/** Is a bruise noun, with `before` and `after` it in its sentence, said plainly as a body's? */
export const isBruiseSaidPlainly = (before: string, after: string, sentence: string): boolean =>
  JUST_BEFORE.test(before) ||
  ((KNOCK_LIST_BEFORE.test(before) || KNOCK_LIST_AFTER.test(after)) && !THING_KNOCKS.test(sentence)) ||
  isCareSetting(sentence);

/** Is "bruised" said of something before it ("it was badly bruised") in a sentence of care sought or given? */
export const isBruisedInCare = (before: string, sentence: string): boolean =>
  BRUISED_SAID.test(before) && isCareSetting(sentence);
