/**
 * The flexibility card explains a body's range of movement. A product's or a plan's flexibility is
 * another thing: "the flexibility of the foldable design", "the sole's flexibility", "midsole
 * flexibility" (an insole review whose heel cup "wraps your heel" in the same sentence anchored it:
 * issue 11, the fit-page round, docs/sense.md "Fitting pages and period posts"). What decides is
 * whose flexibility it is: "of" a noun phrase that names no part of a body, or a worn thing or its
 * part owning it, named right before it or holding it ("in the outsole"). "The flexibility of your calf muscles" keeps its card.
 * These uses are dropped before any sense rule reads the block, so they neither mark nor anchor.
 * Only forms whose text is "flexibility" are read.
 */
import type { RawMatch } from './apply-sense.ts';
import { WORN } from './worn-uses.ts';
import { isFormShaped, withoutUses } from './without-uses.ts';

/** The noun phrase after "of": its first two words after an article or owner ("the foldable design"). */
const OF_PHRASE =
  /^\s+of\s+(?:(?:the|a|an|this|that|these|those|its|their|your|my|his|her|our)\s+)?((?:[\w'’-]+\s+)?[\w'’-]+)/i;
/** A body's part, a person or a movement: the flexibility is a body's. */
const BODY =
  /\b(?:legs?|feet|foot|toes?|knees?|ankles?|calf|calves|shins?|thighs?|heels?|hamstrings?|achilles|hips?|quads?|glutes?|muscles?|joints?|tendons?|ligaments?|fascia|tissues?|body|bodies|spine|back|necks?|shoulders?|arms?|wrists?|movement|motion|range|you|me|him|her|them|us|runners?|athletes?|people|patients?)\b/i;
/** A shoe's parts: "sole", "midsole", "upper", "shank", "plate", "footbed". */
const SHOE_PART = String.raw`soles?|midsoles?|outsoles?|uppers?|shanks?|plates?|footbeds?`;
/** A worn thing or a shoe's part owning it or before it: "the sole's flexibility", "midsole flexibility". */
const THING_BEFORE = new RegExp(String.raw`\b(?:${WORN}|${SHOE_PART}|forefoot\s+soles?)(?:['’]s?)?\s+$`, 'i');

/** A body's part or an owner right before the form. */
const BODY_BEFORE =
  /\b(?:my|your|his|her|their|our|calf|calves|ankles?|hamstrings?|muscles?|joints?|hips?|knees?|toes?|tendons?|achilles)\s+$/i;
/** A shoe's part after "in": "forefoot flexibility in the outsole". */
const IN_THING = new RegExp(
  String.raw`^\s+in\s+(?:(?:the|its|their|this|that|a|an)\s+)?(?:[a-z-]+\s+)?(?:${WORN}|${SHOE_PART}|foam)\b`,
  'i',
);

/** The matches that are not a thing's flexibility. */
export function withoutThingFlexibility(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isThingFlexibility);
}

/** Is `match` "flexibility" of a thing ("of the foldable design", "the sole's")? */
export function isThingFlexibility(text: string, match: RawMatch): boolean {
  if (!isFormShaped(text, match, 'f', 11)) return false;
  if (!/^flexibility$/i.test(text.slice(match.start, match.end))) return false;
  const before = text.slice(Math.max(0, match.start - 30), match.start);
  // "my calf flexibility in the new shoes", "your flexibility": a body's, wherever it is.
  if (BODY_BEFORE.test(before)) return false;
  if (THING_BEFORE.test(before)) return true;
  const after = text.slice(match.end, match.end + 60);
  if (IN_THING.test(after)) return true;
  const phrase = OF_PHRASE.exec(after);
  return phrase !== null && !BODY.test(phrase[1]!);
}
