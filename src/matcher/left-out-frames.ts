import { isLeftOutWeakFrame } from './weak-frame.ts';

// Frames the anchor finder finds that a sentence leaves out (sentence-frames.ts). Since the issue 11
// frames round a modal verb or "to" may stand between a part and what it does ("feet might
// suddenly swell", "the feet and ankles to swell"), and two shapes of that are not a body's.

/**
 * How a part may feel is a shoe's as often as a body's: "The heel can feel a little tight at first"
 * (`everyday.probe-ninth.txt`). The pack's own "can feel swollen" and the like still frame.
 */
const MAY_FEEL =
  /[\s\u00a0-](?:may|might|can|could|will|would|should|to)[\s\u00a0-]+(?:[a-z]+[\s\u00a0-]+)?fe(?:el|els|lt)$/i;

/**
 * A part that swells something is a crowd's or a team's: "Calves swell the numbers at the spring
 * sale", "Fresh legs could swell the squad's options" (the round's probe; the first was red before
 * it). "swell" before a determiner, but a time: "ankles swell the next day".
 */
const SWELLS = /swell(?:s|ed)?$/i;
const SWELLS_WHAT =
  /^[\s\u00a0]+(?:the|a|an|its|their|our|his|her|your|my|these|those)[\s\u00a0]+(?!(?:next|whole|entire|most|first|following|same)\b)/i;
/**
 * Swelling with a feeling is a heart's, or a crowd's, never a leg's: "Their legs were swelling up
 * with pride as the band marched past" (the limb-frames round's probe: "is swelling up" is a state
 * since that round).
 */
const SWELLS_ON = /swell(?:s|ed|ing)?(?:[\s\u00a0]+up)?$/i;
const WITH_FEELING =
  /^[\s\u00a0]+with[\s\u00a0]+(?:pride|joy|love|emotion|happiness|gratitude|hope|excitement|anticipation|relief|rage|anger)\b/i;
/** How far after a frame its object is looked for, in characters. */
const OBJECT_REACH = 24;

/**
 * A part's trouble ("tear", "issue", "problem": the pack's `framesAfter`) is the Achilles' only: a
 * "knee tear" is a pair of jeans', a "foot problem" the council's ("the council's foot problem" was
 * a false red), a "calf problem" a farm's as often as a winger's. "Achilles tear", "an Achilles
 * issue" and "Achilles problems" are the tendon's (issue 11 limbs round, held-out forum posts); not
 * the verbs of the hero ("Achilles tears his hair", "Achilles issues a challenge"), nor an issue of
 * something ("the Achilles issue of the magazine").
 */
const TROUBLE = /[\s\u00a0-](?:tear|issue|problem|instability)(?:s|['’]s?)?$/i;
const ACHILLES_TROUBLE = /^achill(?:es|ies)[\s\u00a0]+(?:tear|issue|problems?)$/i;
/**
 * "tears" and "issues" are the hero's verbs too ("Achilles tears his hair", "Achilles issues a
 * challenge"): as the part's trouble only before the end of the clause or a joining word ("Causing
 * Achilles Issues?", held10, limb-frames round).
 */
const ACHILLES_TROUBLES = /^achill(?:es|ies)[\s\u00a0]+(?:tears|issues)$/i;
const CLAUSE_ENDS = /^(?:[\s\u00a0]*(?:$|[,.;:!?)…])|[\s\u00a0]+(?:and|or|with|for|since|after|from|again)\b)/i;
/**
 * A knee's or an ankle's issue, problem or instability is a body's too ("a lot of knee issues",
 * "panic about the knee issue", "chronic ankle instability": held10's posts and leaflets, issue 11
 * limb-frames round), but "of" something ("the ankle instability of the old tripod"); a tear is
 * still a pair of jeans'. Such a frame anchors its part only (sentence-frames.ts).
 */
export const JOINT_TROUBLE = /^(?:knees?|ankles?)[\s\u00a0]+(?:issues?|problems?|instability)$/i;
const OF_AFTER = /^[\s\u00a0]+of\b/i;

/** Does the frame `[start, end)` of `text` say a weakness weak-frame.ts leaves out, how a part may feel, what it swells or swells with, or a trouble not the Achilles', a knee's or an ankle's? */
export function isLeftOutFrame(text: string, start: number, end: number): boolean {
  const frame = text.slice(start, end);
  if (isLeftOutWeakFrame(text, start, end)) return true;
  if (TROUBLE.test(frame)) {
    if (ACHILLES_TROUBLES.test(frame)) return !CLAUSE_ENDS.test(text.slice(end, end + 8));
    return (!ACHILLES_TROUBLE.test(frame) && !JOINT_TROUBLE.test(frame)) || OF_AFTER.test(text.slice(end, end + 4));
  }
  if (SWELLS_ON.test(frame) && WITH_FEELING.test(text.slice(end, end + OBJECT_REACH))) return true;
  return MAY_FEEL.test(frame) || (SWELLS.test(frame) && SWELLS_WHAT.test(text.slice(end, end + OBJECT_REACH)));
}
