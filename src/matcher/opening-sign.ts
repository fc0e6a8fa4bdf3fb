import type { AnchorFinder } from './anchor-finder.ts';
import type { RawMatch } from './apply-sense.ts';

// A list's mark before an item: "- ", "• ", "2.) ", "(3) ".
const LIST_MARK = String.raw`[\s\u00a0\-–—•*·]*(?:\(?\d{1,2}[.)]+[\s\u00a0]+)?`;
const AT_BLOCK_START = new RegExp(`^${LIST_MARK}$`);
const AFTER_STOP = new RegExp(String.raw`[.!?…:;][\s\u00a0]+${LIST_MARK}$`);
/** What may stand right before an opening sign, spaces aside: a stop, a list's mark, nothing. */
const LEAD_CHARS = '.!?…:;-–—•*·()0123456789';
/** How far back a list's mark and the stop before it may reach, in characters. */
const LEAD_REACH = 24;
// Where the sign is, and on whose part: "of the calf", "over one shin", "around both ankles". Not "in"
// or "on": "Warmth in the legs comes back after a brisk walk" is no sign ("in the calf" frames anyway).
const WHERE =
  /^[\s\u00a0]+(?:of|over|around|along|behind)[\s\u00a0]+(?:the|one|both|my|your|his|her|their)[\s\u00a0]+/i;
const POSSESSIVE = /['’]s?$/;
// After the part, the item ends or goes on with another: "Swelling around the toe of the boot",
// "Tenderness over the calf market" and a shoe's "Bruising along the toe of her new shoes" name
// something else (probes of earlier rounds, `npm run eval:sense -- --misses`).
const PART_ENDS = /^(?:[\s\u00a0]*(?:$|[,.;:!?)…])|[\s\u00a0]+(?:and|or|&|—|–)[\s\u00a0])/i;

/**
 * Where a sign said of a part of the lower limb ends, or -1: a weak form that opens its sentence or
 * list item and is said of a framed or lower-limb word right after it, as leaflets list the signs
 * of a clot ("Redness of the calf", "Warmth over the shin", "- Swelling around both ankles"). Its
 * opening place is what keeps it from prose: "the warmth of the calf against her side" is a farm
 * story's, and "Redness of the calf's navel" a farm's (a possessive names another part). Real
 * health text held out, issue 11 frames round.
 */
export function openingSignEnd(match: RawMatch, text: string, finder: AnchorFinder, to = text.length): number {
  if (match.sense === 'strong') return -1;
  const { start, end } = match;
  // Most weak forms follow a word: tell them by the character before, not by an expression.
  let before = start - 1;
  while (before >= 0 && /\s/.test(text[before]!)) before--;
  if (before >= 0 && !LEAD_CHARS.includes(text[before]!)) return -1;
  const isOpening =
    (start <= LEAD_REACH && AT_BLOCK_START.test(text.slice(0, start))) ||
    AFTER_STOP.test(text.slice(Math.max(0, start - LEAD_REACH), start));
  if (!isOpening) return -1;
  const where = WHERE.exec(text.slice(end, Math.min(to, end + 24)));
  if (!where) return -1;
  const at = end + where[0].length;
  for (const list of ['framed', 'lowerLimb'] as const) {
    const partEnd = finder.phraseEnd(list, start, to, at);
    if (partEnd < 0 || POSSESSIVE.test(text.slice(at, partEnd))) continue;
    if (PART_ENDS.test(text.slice(partEnd, Math.min(to, partEnd + 6)))) return partEnd;
  }
  return -1;
}

/** Does a block open a sentence or list item with such a sign (`openingSignEnd`)? */
export const hasOpeningSign = (raw: readonly RawMatch[], text: string, finder: AnchorFinder): boolean =>
  raw.some((match) => openingSignEnd(match, text, finder) >= 0);
