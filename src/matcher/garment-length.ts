/**
 * A part of the leg named as the length of what is worn: "over-the-calf socks", "below-the-knee
 * stockings", "above-the-knee boots". The calf or the knee is where the garment ends, not the
 * reader's muscle or joint; a sock advert's "for your calves" in the same sentence anchored it
 * (issue 11, the fit-page round: docs/sense.md "Fitting pages and period posts"). Only the hyphened
 * compound is read: "swelling over the calf" is the body's. The part hyphened to the length after it
 * is the same garment's end: "calf-length skirts", "ankle-length trousers", "thigh-high boots"
 * (precise16 round: a fashion page's "calf-length" was marked by its "swollen calves"). The pack
 * lists "mid-calf" and "knee-high" as words of another sense. These uses are dropped before any sense rule
 * reads the block, so they neither mark nor anchor.
 */
import type { RawMatch } from './apply-sense.ts';
import { withoutUses } from './without-uses.ts';

const PART_FORM = /^(?:calf|calves|knees?|thighs?|ankles?)$/i;
/** "over-the-", "below-the-", "past-the-": the garment's end, hyphened to the part. */
const LENGTH_BEFORE = /\b(?:over|below|above|under|past|to|up-to)-the-$/i;
/** "-length", "-high": the garment's length named after the part. */
const LENGTH_AFTER = /^-(?:length|high)\b/i;

/** The matches that are not a part named as a garment's length. */
export function withoutGarmentLengths(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isGarmentLength);
}

/** Is `match` "calf" or "knee" in "over-the-calf", "below-the-knee", "calf-length"? */
export function isGarmentLength(text: string, match: RawMatch): boolean {
  // Asked of every form of every block: the hyphens first, so others cost two comparisons.
  const isHyphenBefore = text.charCodeAt(match.start - 1) === 0x2d;
  if (!isHyphenBefore && text.charCodeAt(match.end) !== 0x2d) return false;
  if (!PART_FORM.test(text.slice(match.start, match.end))) return false;
  if (LENGTH_AFTER.test(text.slice(match.end, match.end + 8))) return true;
  return isHyphenBefore && LENGTH_BEFORE.test(text.slice(Math.max(0, match.start - 14), match.start));
}
