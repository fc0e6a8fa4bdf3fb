import type { RawMatch } from './apply-sense.ts';
import { CLOTHES } from './limb-list.ts';

/** The parts a person's gear or exercise is named after. */
const PART = /^(?:calf|calves|knees?|ankles?)$/i;
const CALF = /^cal(?:f|v)/i;

/**
 * What is worn for the joint, or how far it moves, named right after the part: "a knee sleeve for
 * support", "an ankle support", "ankle braces", "compression calf sleeves", "ankle mobility drills",
 * "knee flexion". Not "knee brace" (a roof's brace of a rafter, as often: everyday.probe-frames2.txt)
 * nor "ankle strap" (a sandal's), nor "range" alone (a shop's "ankle range" of boots).
 */
const GEAR = String.raw`(?:sleeves?|supports?)`;
const JOINT_GEAR = String.raw`(?:braces?)`;
const MOVES = String.raw`(?:mobility|flexion|dorsiflexion|range\s+of\s+(?:motion|movement))`;
/**
 * The gear or movement word ends its noun: not "ankle support strap sandals", "knee sleeve dress",
 * "the ankle mobility app" (a product named after it).
 */
const ENDS = String.raw`(?=\s*[,.;:!?)…]|\s*$|\s+(?!(?:dress|dresses|tops?|shirts?|blouses?|jackets?|coats?|sandals?|shoes?|boots?|apps?|software|platforms?|brands?|range|line|collection)\b)\S)`;
const AFTER = new RegExp(String.raw`^\s+(?:${GEAR}|${MOVES})${ENDS}`, 'i');
const JOINT_AFTER = new RegExp(String.raw`^\s+${JOINT_GEAR}${ENDS}`, 'i');
/** A calf's gear only: a calf has no mobility or flexion of its own that is not a farm's. */
const CALF_AFTER = new RegExp(String.raw`^\s+sleeves?${ENDS}`, 'i');

/**
 * Things whose parts are named so, clothes the gear word may belong to ("Calf sleeves on the
 * jacket", "the robot's knee flexion", "the knee support on the old bridge", "knee sleeves for the tripod legs"), or a shop's stock
 * ("calf sleeves in the club colours are now in the online shop", everyday.probe-sport.txt: gear
 * for sale is no one's leg): asked of the sentence with the gear word left out.
 */
const THINGS =
  /\b(?:robots?|machines?|cranes?|rafters?|beams?|joists?|frames?|bridges?|roofs?|walls?|posts?|timbers?|girders?|rust\w*|pipes?|laptops?|cables?|tripods?|tables?|chairs?|stools?|desks?|furniture|cows?|herds?|cattle|heifers?|jackets?|coats?|shops?|stores?|stock(?:ed|ists?)?|colou?rs|sizes|sale|price[sd]?|order|discount\w*|per\s+cent\s+off)\b|%\s*off\b/i;

/**
 * Is the part named for a person's gear or its movement: "Wearing a knee sleeve for support",
 * "Got an ankle support from the chemist", "ankle mobility drills", "Knee flexion is back to 120
 * degrees" (issue 11, the pointback round)? The part anchors itself only, in the normal colour, as
 * a bare part said does (bare-part.ts); the gear is for that joint, as the corpus labels "a knee brace".
 */
export function isGearOfPart(text: string, match: RawMatch, [from, to]: [number, number]): boolean {
  const form = text.slice(match.start, match.end);
  if (!PART.test(form)) return false;
  const after = text.slice(match.end, to);
  const isCalf = CALF.test(form);
  const gear = (isCalf ? CALF_AFTER : AFTER).exec(after) ?? (/^ankle/i.test(form) ? JOINT_AFTER.exec(after) : null);
  if (gear === null) return false;
  // "Knee-length" and "the ankle-strap sandal" are hyphened and never reach here.
  const rest = `${text.slice(from, match.start)} ${text.slice(match.end + gear[0].length, to)}`;
  return !CLOTHES.test(rest) && !THINGS.test(rest);
}

/** May the form be a part named for its gear (`isGearOfPart`), by the words right after it? */
export function mayBeGearOfPart(text: string, match: RawMatch): boolean {
  return isGearOfPart(text, match, [0, Math.min(text.length, match.end + 40)]);
}
