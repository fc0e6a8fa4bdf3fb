/**
 * The lump card explains a bump you can feel, such as the knot a torn muscle leaves ("a knot in my
 * calf that won't go away"). A cramp that ties the muscle in a knot is the cramp itself, not a lump:
 * "my calf knotted up", "both calves cramp/knot up", "it twisted into a tight, screaming knot", "my
 * legs were in knots" (issue 11, the joint-sense round: docs/sense.md "A joint's weakness, a cramp's
 * knot, a pain's heat"). This reads the knot as a verb ("knot up", "knotted") or as what the muscle
 * turns into ("into a knot", "in knots"), or as what a cramp feels like ("as if a big knot had formed
 * inside my calf": a lump is felt, not supposed; precise16 round). "A knot in my calf", "a hard knot"
 * and "there's a knot in it" keep the lump card, as the corpus labels them. These uses are dropped before any sense rule
 * reads the block, so they neither mark nor anchor.
 */
import type { RawMatch } from './apply-sense.ts';
import { isFormShaped, withoutUses } from './without-uses.ts';

const KNOT_FORM = /^knot(?:s|ted|ting)?$/i;

/** A verb's knot: "knot up", "knotted up", "knots up". */
const VERB_AFTER = /^\s+up\b/i;
/** What the muscle turns into: "into a tight, screaming knot", "in knots", "in a knot". */
const KNOT_WORDS = String.raw`(?:(?:a|one|big|huge|massive|tight|hard|painful|solid|[a-z]+ing)\s*,?\s+){0,3}$`;
const INTO_BEFORE = new RegExp(String.raw`\b(?:into|in)\s+` + KNOT_WORDS, 'i');
/** A knot supposed, the feel of a cramp: "as if a big knot", "as though there was a knot". */
const AS_IF_BEFORE = new RegExp(String.raw`\bas\s+(?:if|though)\s+(?:there\s+(?:was|were|is)\s+)?` + KNOT_WORDS, 'i');

/** The matches that are not a cramp's knot. */
export function withoutCrampKnots(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isCrampKnot);
}

/** Is `match` a form of "knot" said of a muscle a cramp ties, not of a lump? */
export function isCrampKnot(text: string, match: RawMatch): boolean {
  if (!isFormShaped(text, match, 'k', 4, 8)) return false;
  const form = text.slice(match.start, match.end);
  if (!KNOT_FORM.test(form)) return false;
  // "knotted", "knotting": a verb's or a participle's, a muscle tied up, never a lump's noun.
  if (/t(?:ed|ing)$/i.test(form)) return true;
  if (VERB_AFTER.test(text.slice(match.end, match.end + 8))) return true;
  const before = text.slice(Math.max(0, match.start - 60), match.start);
  return INTO_BEFORE.test(before) || AS_IF_BEFORE.test(before);
}
