/**
 * "Red hot" (or "red-hot") is heat at its height, said of a striker, a market, prices, a poker, a
 * pan and a dispute far more often than of a leg; but "my legs were red hot" is the warmth card's
 * sign (the blow16 round, issue 11). The pack once listed "red-hot" as the warmth card's negative
 * context, and the anchor phrases read a space as a hyphen, so no "hot" after "red" was ever
 * marked. Now "hot" there is dropped before the sense rules unless the pair is said of a person's
 * leg itself, as limb-sign.ts reads a sign ("my calf is red hot", "a red hot, swollen leg"); where it
 * is, limb-sign.ts makes it red. thing-colour.ts drops the "red".
 */
import type { RawMatch } from './apply-sense.ts';
import { isSignOfLimb, RED_HOT_BEFORE } from './limb-sign.ts';
import { isFormShaped, withoutUses } from './without-uses.ts';

/** The matches that are not a "red hot" said of something other than a person's leg. */
export function withoutRedHot(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isRedHotElsewhere);
}

/** Is `match` "hot" after "red", not said of a person's leg? */
export function isRedHotElsewhere(text: string, match: RawMatch): boolean {
  if (!isFormShaped(text, match, 'h', 3)) return false;
  const lead = RED_HOT_BEFORE.exec(text.slice(Math.max(0, match.start - 6), match.start));
  if (!lead) return false;
  const start = match.start - lead[0].length;
  // The pair read as its "red": limb-sign.ts reads a colour said of the leg, before it or after.
  return !isSignOfLimb(text, { ...match, start, end: start + 3 }, [0, text.length]);
}
