/**
 * A nerve's sign, a swelling or a redness said of a hand, an arm or the face: "tingling in my
 * fingers", "pins and needles in both hands", "numb fingers", "my arm gets pins and needles". Not
 * weakness: the muscle-weakness card explains any muscle's. The glossary's symptom cards are the leg's
 * (other-region.ts drops a form whose clause names only another region); where the clause also
 * names a foot or the toes, the sign was read as theirs and red: "tingling in my fingers and a dead
 * feeling in my toes" (issue 11, the redfix14 round: docs/sense.md "Bruise colours, a hand's
 * tingling, a pulse and a thing that warms up"). Here the sign's own place decides: the part right
 * after it ("in my fingers", "numb hands") or its subject right before ("my hands go numb"). Not
 * where the leg is listed with it: "tingling in my fingers and toes", "my hands and feet go numb".
 * These uses are dropped before any sense rule reads the block, so they neither mark nor anchor.
 */
import type { RawMatch } from './apply-sense.ts';
import { withoutUses } from './without-uses.ts';

const SIGN_FORM =
  /^(?:tingl(?:e|es|ed|ing|y)|pins\s+and\s+needles|prickl(?:e|ing|y)|numb(?:ness)?|swollen|swelling|red(?:ness)?)$/i;
const UPPER = String.raw`(?:hands?|fingers?|fingertips?|thumbs?|palms?|wrists?|arms?|forearms?|elbows?|shoulders?|face|lips?|tongue|jaw|cheeks?|chest|neck|scalp)`;
const SIDE = String.raw`(?:(?:left|right|upper|lower)\s+)`;
const OWNER = String.raw`(?:my|your|his|her|their|our|the|both|one|all)`;
/**
 * A part of the leg listed with the upper part: "fingers and toes", "hands, feet". Not one with its
 * own owner and verb, the subject of a clause of its own: "in my fingers and my legs feel weak".
 */
const LEG = String.raw`${SIDE}?(?:legs?|feet|foot|toes?|calf|calves|shins?|ankles?|knees?|thighs?|heels?)\b`;
const OWN_VERB = String.raw`(?!\s+(?:feels?|felt|is|are|was|were|goes|go|went|gets?|got|has|have|had|hurts?|aches?|keeps?|seems?|looks?)\b)`;
/** A part of the foot named by its side: "the soles of my feet". */
const FOOT_SIDE = String.raw`(?:(?:the\s+)?(?:soles?|tops?|balls?|bottoms?|backs?|arch(?:es)?)\s+of\s+)`;
/**
 * The joins of a list: commas, "and", "or", "&", "/", with spaces. Spaces are read before each join
 * and once after the last: with spaces on both sides of each, a space between two joins could be
 * either's, and a run of them (" , , , , ,") took 0.2 s a form to fail, doubling with each join.
 */
const LIST_JOIN = String.raw`(?:\s*(?:,|and|or|&|\/))+\s*`;
/**
 * Other parts a list may name between the upper part and the leg's: "in my neck, back and feet",
 * "in my scalp, arms and feet" (the body-list round: the leg is listed all the same).
 */
const BETWEEN_PARTS = String.raw`(?:${LIST_JOIN}(?:(?:my|your|his|her|their|the|both)\s+)?${SIDE}?(?:${UPPER}|back|head|stomach|tummy|belly|abdomen|bum|buttocks|groin)\b){0,4}`;
const LEG_LISTED = String.raw`${BETWEEN_PARTS}${LIST_JOIN}(?:${FOOT_SIDE}(?:(?:my|your|his|her|their|the|both)\s+)?${LEG}|${LEG}|(?:my|your|his|her|their|the|both|also)\s+${LEG}${OWN_VERB})`;
/** The upper part as the sign's place or noun, right after it: " in my fingers", " hands". */
const UPPER_AFTER = new RegExp(
  String.raw`^\s+(?:(?:in|on|of|around|throughout|into|down|up)\s+(?:${OWNER}\s+)?)?${SIDE}?${UPPER}\b(?!${LEG_LISTED})`,
  'i',
);
/** The upper part as the subject, right before: "my arm gets ", "both hands went a bit ". */
const UPPER_BEFORE = new RegExp(
  String.raw`\b${OWNER}\s+${SIDE}?${UPPER}\s+(?:(?:gets?|got|getting|has|have|had|feels?|felt|feeling|goes|go|went|going|is|are|was|were|keeps?|kept|start(?:s|ed)?|turns?|turned|all|so|really|a\s+bit|kind\s+of|constantly|always|often|still|also|very)\s+){1,4}$`,
  'i',
);

/** The matches that are not a sign said of a hand, an arm or the face. */
export function withoutHandSigns(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isHandSign);
}

/** Is `match` a sign whose own place is a hand, an arm or the face? */
export function isHandSign(text: string, match: RawMatch): boolean {
  // Asked of every form of every block: length first, so most cost no slice.
  const length = match.end - match.start;
  if (length < 3 || length > 16) return false;
  if (!SIGN_FORM.test(text.slice(match.start, match.end))) return false;
  return (
    UPPER_AFTER.test(text.slice(match.end, match.end + 60)) ||
    UPPER_BEFORE.test(text.slice(Math.max(0, match.start - 60), match.start))
  );
}
