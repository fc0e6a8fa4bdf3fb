import type { RawMatch } from './apply-sense.ts';
import { isFormShaped, withoutUses } from './without-uses.ts';

/**
 * "Broke", "broken" and "break" are the fracture card's only where a bone of the leg or the hip is
 * what broke: "I broke my ankle in high school", "a broken toe", "he's not broken a hip yet" (the
 * nineteenth session: held23's and held24's posts said a fracture so, and no form read it). Said of
 * anything else — a heart, a promise, a phone, a record, a news story, a fall broken by a hedge — the
 * words are everyday ones, so every other use is dropped before any sense rule reads the block: it
 * neither marks nor anchors. What is kept is a weak form, which the part after it anchors as a frame
 * does ("broken toe", "broke my ankle"); "break a leg" is an idiom of `otherSenses`, and an animal's
 * leg is its own sense as elsewhere.
 */
const BREAK_FORM = /^(?:broke|broken|break|breaks)$/i;

/** The bone right after the form, maybe after an owner, a count and a side: "broke my left ankle", "broken both legs". */
const BONE_AFTER =
  /^[\s\u00a0]+(?:(?:my|his|her|their|your|our|a|an|the|both|one|two|several|(?:[a-z]+['’]s))[\s\u00a0]+)?(?:(?:left|right|big|little|lower|upper)[\s\u00a0]+)?(?:ankles?|legs?|foot|feet|toes?|shins?|tibias?|fibulas?|femurs?|hips?|kneecaps?|knees?|patellas?|metatarsals?|shinbones?|thighbones?|leg[\s\u00a0]+bones?)\b(?![\s\u00a0]+of\b)/i;

/** The matches that are not a break of a bone of the leg or the hip. */
export function withoutLooseBreaks(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isLooseBreak);
}

/** Is `match` "broke", "broken" or "break" said of anything but a bone of the leg or the hip right after it? */
export function isLooseBreak(text: string, match: RawMatch): boolean {
  if (!isFormShaped(text, match, 'b', 5, 6)) return false;
  if (!BREAK_FORM.test(text.slice(match.start, match.end))) return false;
  // "its broken leg": a thing's or an animal's.
  if (/\bits[\s\u00a0]+$/i.test(text.slice(Math.max(0, match.start - 6), match.start))) return true;
  return !BONE_AFTER.test(text.slice(match.end, match.end + 60));
}
