/**
 * The stretching card explains the exercise, a stretch a person chooses to do and hold. A stretch
 * that is a reach or a phase of a movement is another thing: a player "stretching for a loose ball",
 * a keeper "at full stretch", a sprinter "fully stretched" at the line, a muscle "in a stretched
 * position" or "stretching back out" after it contracts, a calf firing "off stretch", a nerve
 * "stretched during surgery" (issue 11, the stretch-and-stiffness round: docs/sense.md "A reach's
 * stretch, a joint's stiffness, a cramp elsewhere"). tissue-stretch.ts reads a tissue's stretch and
 * thing-stretch.ts a worn thing's or a road's; this reads the reach and the movement. These uses are
 * dropped before any sense rule reads the block, so they neither mark nor anchor. Only forms whose
 * text is "stretch", "stretches", "stretched" or "stretching" are read.
 */
import type { RawMatch } from './apply-sense.ts';
import { isFormShaped, withoutUses } from './without-uses.ts';

const STRETCH_FORM = /^stretch(?:es|ed|ing)?$/i;

/**
 * What a hand or a foot reaches for: a ball, a catch, a shelf, a cup. Not a time or a part of the
 * body ("stretch for a minute", "a stretch for the calves"), which the exercise takes.
 */
const REACHED = String.raw`(?:balls?|rebounds?|catch|cross|pass|shots?|headers?|pucks?|passes|tackles?|finish(?:\s+line)?|line|tape|shelf|shelves|top\s+shelf|cupboards?|phone|remote|cups?|glass|mugs?|bottles?|jars?|handles?|rails?|switch|door|lamp|light|keys|books?|pens?|boxes|box)`;
const REACH_AFTER = new RegExp(
  String.raw`^\s+(?:(?:out|up|over|across|down|back)\s+)?(?:for|to\s+(?:reach|catch|grab|get|touch|hit|block))\s+(?:(?:the|a|an|that|this|his|her|their|my|your)\s+)?(?:(?:loose|high|wide|long|low|overhead|stray|bouncing|falling|top|next|far)\s+)?${REACHED}\b`,
  'i',
);

/** A reach joined to the stretch: "reaching or stretching", "stretching or reaching". */
const REACHING_BEFORE = /\b(?:reach|reaches|reached|reaching|overreaching)\s+or\s+$/i;
const REACHING_AFTER = /^\s+or\s+(?:reach|reaches|reached|reaching|overreaching)\b/i;

/**
 * A reach at its limit: "at full stretch", "fully stretched", said of a player or a runner. Not in
 * an exercise's directions ("hold the calf at full stretch", "until it feels fully stretched"), nor
 * is a stretched position below.
 */
const FULL_BEFORE = /\b(?:at\s+full|fully|full[-\s]length)\s+$/i;
const DIRECTIONS_BEFORE = /\b(?:hold|holding|keep|keeping|until|till|feel|feels|felt|gently|slowly)\b/i;

/** A muscle's stretched state in a movement: "in a stretched position", "at a stretched length". */
const POSITION_AFTER = /^\s+(?:positions?|states?|lengths?|postures?)\b/i;
const IN_POSITION_BEFORE =
  /\b(?:in|into|from|at|under)\s+(?:(?:a|an|the|its|their|this|that)\s+)?(?:(?:more|fully|lengthened|long|deeply|deep)\s+(?:,\s*)?)?$/i;

/**
 * A muscle back to its length after a contraction: "stretches back out", "stretched back to its
 * resting length"; and a muscle that fires "off stretch" or "off the stretch".
 */
const BACK_AFTER =
  /^\s+back\s+(?:out\b|(?:to|into)\s+(?:its|their|(?:the\s+|a\s+)?(?:resting|normal|original|neutral)\b))/i;
const OFF_BEFORE = /\b(?:off|straight\s+off)\s+(?:(?:the|a)\s+)?$/i;

/** A stretch that happens to a body in surgery or a birth: "stretched during surgery". */
const DURING_AFTER =
  /^\s+(?:during|in)\s+(?:(?:the|an|a|your|her|his)\s+)?(?:(?:knee|hip|back|spinal|leg)\s+)?(?:surgery|operations?|procedures?|childbirth|labou?r|delivery|births?)\b/i;

/** The matches that are not the exercise but a reach or a movement's stretch. */
export function withoutMotionStretches(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isMotionStretch);
}

/** Is `match` a form of "stretch" said of a reach, a sprint, a muscle's movement or a surgery? */
export function isMotionStretch(text: string, match: RawMatch): boolean {
  if (!isFormShaped(text, match, 's', 7, 10)) return false;
  const form = text.slice(match.start, match.end);
  if (!STRETCH_FORM.test(form)) return false;
  const before = text.slice(Math.max(0, match.start - 60), match.start);
  const after = text.slice(match.end, match.end + 60);
  if (REACH_AFTER.test(after) || REACHING_BEFORE.test(before) || REACHING_AFTER.test(after)) return true;
  if (BACK_AFTER.test(after) || OFF_BEFORE.test(before)) return true;
  const isStretched = /ed$/i.test(form);
  if (isStretched && DURING_AFTER.test(after)) return true;
  const isPosition = isStretched && POSITION_AFTER.test(after) && IN_POSITION_BEFORE.test(before);
  if (!isPosition && !FULL_BEFORE.test(before)) return false;
  // The clause before it, from its last stop or comma: "Hold the calf at full stretch", "keep the
  // leg in a stretched position" are the exercise's directions.
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  return !DIRECTIONS_BEFORE.test(clause);
}
