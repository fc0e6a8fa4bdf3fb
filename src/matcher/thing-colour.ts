/**
 * A thing picked out by its colour: "of the two sleeping bags, the red one is bigger", "the red
 * ones sold out", "red socks and a red scarf". The redness card explains skin that reddens; a
 * thing's colour beside feet named in the same sentence was read as the sign, red (issue 11, the
 * falsered15 round: docs/sense.md "Comfort, a thing's colour, a dish's or an animal's leg"). "Red"
 * after a word that picks one out ("the", "a", "this") and before "one" or "ones", or right before
 * what is worn, is dropped before any sense rule reads the block, so it neither marks nor anchors.
 * Not "red skin", "a red patch", "red and swollen": only "one(s)" and worn things follow it.
 * Only forms whose text is "red" are read. "Red" right before "hot" is no colour either but the
 * heat's degree ("my legs were red hot", "red hot prices"): dropped too, so "hot" alone is read as
 * the warmth card's form it is, where red-hot.ts keeps it (the blow16 round, issue 11).
 */
import type { RawMatch } from './apply-sense.ts';
import { WORN } from './worn-uses.ts';
import { isFormShaped, withoutUses } from './without-uses.ts';

/** A word that picks one thing out of others, right before the colour. */
const PICKER_BEFORE = /\b(?:the|a|this|that|these|those|one|two|my|your|his|her|their|bright|dark|light)\s+$/i;
/** "one", "ones", or what is worn: "the red one", "bright red socks", "a red sleeping bag". */
const THING_AFTER = new RegExp(
  String.raw`^\s+(?:ones?|${WORN}|sleeping[\s-]+bags?|bags?|coats?|jackets?|hats?|scarf|scarves)\b`,
  'i',
);

/** "hot" after "red", with a space or a hyphen (red-hot.ts reads the "hot"). */
const HOT_AFTER = /^[\s\u00a0-]+hot\b/i;

/** The matches that are not a thing's colour. */
export function withoutThingColours(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isThingColour);
}

/** Is `match` "red" said as the colour a thing is picked out by? */
export function isThingColour(text: string, match: RawMatch): boolean {
  if (!isFormShaped(text, match, 'r', 3)) return false;
  if (text.slice(match.start, match.end).toLowerCase() !== 'red') return false;
  if (HOT_AFTER.test(text.slice(match.end, match.end + 5))) return true;
  return (
    THING_AFTER.test(text.slice(match.end, match.end + 30)) &&
    PICKER_BEFORE.test(text.slice(Math.max(0, match.start - 12), match.start))
  );
}
