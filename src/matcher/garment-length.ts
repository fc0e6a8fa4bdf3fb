/**
 * A part of the leg named as the length of what is worn: "over-the-calf socks", "below-the-knee
 * stockings", "above-the-knee boots". The calf or the knee is where the garment ends, not the
 * reader's muscle or joint; a sock advert's "for your calves" in the same sentence anchored it
 * (issue 11, the fit-page round: docs/sense.md "Fitting pages and period posts"). Only the hyphened
 * compound is read: "swelling over the calf" is the body's. The pack lists the one-word compounds
 * ("mid-calf", "knee-high") as words of another sense. These uses are dropped before any sense rule
 * reads the block, so they neither mark nor anchor.
 */
import type { RawMatch } from './apply-sense.ts';
import { withoutUses } from './without-uses.ts';

const PART_FORM = /^(?:calf|calves|knees?|thighs?|ankles?)$/i;
/** "over-the-", "below-the-", "past-the-": the garment's end, hyphened to the part. */
const LENGTH_BEFORE = /\b(?:over|below|above|under|past|to|up-to)-the-$/i;

/** The matches that are not a part named as a garment's length. */
export function withoutGarmentLengths(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isGarmentLength);
}

/** Is `match` "calf" or "knee" in "over-the-calf", "below-the-knee"? */
export function isGarmentLength(text: string, match: RawMatch): boolean {
  // Asked of every form of every block: the hyphen before first, so others cost one comparison.
  if (text.charCodeAt(match.start - 1) !== 0x2d) return false;
  return (
    PART_FORM.test(text.slice(match.start, match.end)) &&
    LENGTH_BEFORE.test(text.slice(Math.max(0, match.start - 14), match.start))
  );
}
