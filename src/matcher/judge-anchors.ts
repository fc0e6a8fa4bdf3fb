import type { RawMatch } from './apply-sense.ts';
import { hasSpanApart, hasSpanGoingOn, inClause } from './clauses.ts';
import { isHipsAt } from './other-region.ts';
import type { SentenceAnchors } from './sentence-anchors.ts';
import { hasStrongNear } from './strong-near.ts';

// What `judge` says of a weak form: a number, not an object, as it is asked of every weak form.
export const UNANCHORED = 0;
export const ANCHORED = 1;
/** Anchored to the lower limb: a lower-limb word or a frame. */
export const LOWER_LIMB = 2;

/**
 * Is a weak form anchored by these anchors, and to the lower limb? The cheap tests come first and
 * the first that anchors ends the search; whether it is the lower limb is asked only of an urgent
 * entry's form, the one place it matters (red). A form never anchors itself: "knee" is a body word,
 * but not for the knee.
 */
export function judge(
  match: RawMatch,
  anchors: SentenceAnchors,
  isRelaxedHere: boolean,
  isUrgentEntry: boolean,
): number {
  const isLimb = () => hasSpanApart(anchors.near(anchors.limbs, match.start), match) || hasFrameNear(match, anchors);
  if (isUrgentEntry) {
    if (isLimb()) return isHipsAt(match.start, anchors) ? ANCHORED : LOWER_LIMB;
    return isAnchoredElse(match, anchors, isRelaxedHere) ? ANCHORED : UNANCHORED;
  }
  return isAnchoredElse(match, anchors, isRelaxedHere) || isLimb() ? ANCHORED : UNANCHORED;
}

/** A frame in the clause of `match`; any frame of a sentence before ("it" may point back to any). */
function hasFrameNear(match: RawMatch, anchors: SentenceAnchors): boolean {
  if (!anchors.hasFrame) return anchors.holds(match.start) && anchors.isInGear(match);
  if (!anchors.holds(match.start) || anchors.breaks.length === 0) return true;
  return inClause(anchors.frames, match.start, anchors.breaks).length > 0;
}

/**
 * Anchored otherwise than by the lower limb: a strong form, a body word, exercise for a relaxed form.
 * A word of exercise that starts with the form ("calf raises") anchors it: it names the exercise of
 * that part, where "calf" alone could be a farm's.
 */
function isAnchoredElse(match: RawMatch, anchors: SentenceAnchors, isRelaxedHere: boolean): boolean {
  return (
    hasStrongNear(match, anchors) ||
    isRelaxedHere ||
    hasSpanApart(anchors.near(anchors.bodies, match.start), match) ||
    (match.sense === 'relaxed' && (hasSpanApart(anchors.exercise, match) || hasSpanGoingOn(anchors.exercise, match)))
  );
}
