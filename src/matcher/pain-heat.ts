/**
 * The warmth card explains skin warm to the touch, a sign; red when a calf turns warm. "Hot" said
 * of a pain is the pain's quality, not the skin's: "a hot, searing pain up my leg", "like a hot
 * poker in my heel", "stepping on a hot nail", and "red-hot" there is no redness either. Both were
 * red false alarms on forum text (issue 11, the joint-sense round: docs/sense.md "A joint's
 * weakness, a cramp's knot, a pain's heat"). This reads "hot" (or "red-hot", "red hot",
 * "white-hot") before a pain's noun, a pain's adjective or the hot thing of a simile. "Red, hot and
 * swollen" and "hot to the touch" are not read: there the skin is what is hot. These uses are
 * dropped before any sense rule reads the block, so they neither mark nor anchor.
 */
import type { RawMatch } from './apply-sense.ts';
import { withoutUses } from './without-uses.ts';

/** What a pain is called: "a hot pain", "a hot ache". */
const PAIN = String.raw`(?:pains?|aches?|stabs?|jabs?|twinges?|zings?|bolts?\s+of\s+pain)`;
/** How it feels, between "hot" and the pain: "a hot, searing pain", "hot stabbing pains". */
const FEEL = String.raw`(?:searing|stabbing|shooting|piercing|throbbing|stinging|burning|sharp|electric|nagging)`;
/** The hot thing a pain is likened to: "a hot poker", "hot needles", "a hot knife". */
const SIMILE = String.raw`(?:pokers?|nails?|knives|knife|needles?|irons?|wires?|coals?|skewers?|blades?|daggers?|spikes?|rods?|lances?|brands?|spears?)`;
/**
 * After "hot" (the form, or the "hot" of "red-hot"): the simile's thing, or the pain's noun after
 * any words of how it feels. "Hot and throbbing" with no pain's noun is not read: the calf may be
 * hot to the touch and throb too.
 */
const PAIN_AFTER = new RegExp(String.raw`^(?:(?:\s*,|\s+and)?\s+${FEEL})*\s+${PAIN}\b|^\s+${SIMILE}\b`, 'i');
const HOT_AFTER_RED = /^(?:-|\s+)hot\b/i;

/** The matches that are not a pain's heat. */
export function withoutPainHeat(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isPainHeat);
}

/** Is `match` "hot" or the "red" of "red-hot" said of a pain, or of the hot thing it is likened to? */
export function isPainHeat(text: string, match: RawMatch): boolean {
  // Asked of every form of every block: length and first letter first, so others cost no slice.
  if (match.end - match.start !== 3) return false;
  const first = text.charCodeAt(match.start) | 0x20;
  if (first !== 0x68 && first !== 0x72) return false;
  const form = text.slice(match.start, match.end).toLowerCase();
  if (form === 'hot') return PAIN_AFTER.test(text.slice(match.end, match.end + 40));
  if (form !== 'red') return false;
  const after = text.slice(match.end, match.end + 44);
  const hot = HOT_AFTER_RED.exec(after);
  return hot !== null && PAIN_AFTER.test(after.slice(hot[0].length));
}
