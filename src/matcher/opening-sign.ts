import type { AnchorFinder } from './anchor-finder.ts';
import type { RawMatch } from './apply-sense.ts';
import { MODALS } from './anchor-patterns.ts';
import { CLOTHES } from './limb-list.ts';

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

/** A sign named as a noun: "swelling", "numbness", "bruises", "cramps", "pins and needles". */
const SIGN_NOUN =
  /(?:ing|ings|ness|needles)$|^(?:bruises?|cramps?|spasms?|clots?|lumps?|twitch(?:es)?|o?edema|stretch(?:es)?)$/i;
// In prose, a place around, along or below the part, or "of" it ("cramping of the feet", held10);
// "of" only for a noun that is no paired sign (prose's "the warmth of the calf against her side")
// and not of a calf. Not "in" or "on", which other frames and rules already read ("pain in the").
// "at", as health articles place a sign ("swelling at the ankle", the article16 round): what follows
// the part must still end it ("tenderness at the calf market" is none).
const PLACE =
  /^[\s\u00a0]+(around|round|over|along|above|below|under|beneath|underneath|near|across|behind|into|down|up|of|at)[\s\u00a0]+(?:the|one|both|my|your|his|her|their)[\s\u00a0]+/i;
// After the part in prose, what an item's end allows, a word of time or place, or the part's own
// place ("around the knee by that night", "below the knee when I sit", "around the knee incision"),
// or its verb ("a tingling down the leg kept me awake"; a past form of three letters and more before
// "ed": not "the calf shed", "the foot bed").
// Not "of" ("swelling around the foot of the statue"), nor another noun ("over the calf market").
// A modal verb ends the part as an article writes a sign: "swelling at the ankle may be the first
// sign" (the article16 round).
const PLACE_ENDS = new RegExp(
  String.raw`${PART_ENDS.source}|^[\s\u00a0]+(?:by|after|before|since|when|while|until|during|at|in|on|from|for|with|that|which|but|so|then|too|again|whenever|if|where|all|every|as|because|though|today|tonight|yesterday|overnight|area|region|joint|incision|scar|cap|bone|kept|keeps|was|is|were|are|has|had|got|made|left|went|started|began|${MODALS.join('|')}|\w{3,}ed)\b`,
  'i',
);

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
  const placed = placedSignEnd(match, text, finder, to);
  if (placed >= 0) return placed;
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

/**
 * Where a sign said in prose of the place of a part ends, or -1: a noun of a sign right before a
 * place word, an article or owner and a framed or lower-limb word that ends its noun ("some faint
 * bruising around the knee by that night", "numbness below the knee", "a tingling down the leg";
 * held10, issue 11 limb-frames round). Only nouns of a sign: "tight around the ankle" and "stiff
 * across the toe" are a boot's; a paired sign ("warmth around the feet") is a sock's or a fire's;
 * and not where the sentence names clothes ("the stretch across the knee of these jeans").
 */
function placedSignEnd(match: RawMatch, text: string, finder: AnchorFinder, to: number): number {
  if (match.sense === 'paired' || !SIGN_NOUN.test(text.slice(match.start, match.end))) return -1;
  const place = PLACE.exec(text.slice(match.end, Math.min(to, match.end + 24)));
  if (!place) return -1;
  const at = match.end + place[0].length;
  for (const list of ['framed', 'lowerLimb'] as const) {
    const partEnd = finder.phraseEnd(list, match.start, to, at);
    if (partEnd < 0 || POSSESSIVE.test(text.slice(at, partEnd))) continue;
    // "of" a calf is a cook's or a farm's: "the tenderness of the calf" in a review of veal.
    if (place[1]!.toLowerCase() === 'of' && /^cal(?:f|v)/i.test(text.slice(at, partEnd))) continue;
    if (!PLACE_ENDS.test(text.slice(partEnd, Math.min(to, partEnd + 12)))) continue;
    // From the last stop before the sign: the sentence, or more of the block where no stop is (the
    // block's own test, `hasOpeningSign`, reads to its end), so clothes named after count too.
    const sentence = text.slice(text.lastIndexOf('.', match.start) + 1, to);
    return CLOTHES.test(sentence) ? -1 : partEnd;
  }
  return -1;
}

/** Does a block open a sentence or list item with such a sign (`openingSignEnd`)? */
export const hasOpeningSign = (raw: readonly RawMatch[], text: string, finder: AnchorFinder): boolean =>
  raw.some((match) => openingSignEnd(match, text, finder) >= 0);
