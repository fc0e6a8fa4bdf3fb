/**
 * The overweight card explains a body carrying more fat than is healthy ("carrying extra weight
 * puts pressure on your knees"). A pregnancy's added weight is the baby's, the womb's and the
 * fluid's, which the card does not explain: "the extra weight of the baby", "the extra weight you
 * carry in pregnancy" (issue 11, the tissue17 round: docs/sense.md "Another tissue's stiffness,
 * stretch and tendonitis": a held-out health article's leg-cramp advice marked it). Read: "extra",
 * "excess" or "added" weight said of a baby, a bump or a pregnancy right after it, or in a sentence
 * that names a pregnancy and no weight gained before it ("weight gained before pregnancy" is the
 * card's). "Overweight" itself is not read: "overweight in pregnancy" is still the card's. These
 * uses are dropped before any sense rule reads the block, so they neither mark nor anchor.
 */
import type { RawMatch } from './apply-sense.ts';
import { lastIndexNear, stopAfter } from './long-sentence.ts';
import { withoutUses } from './without-uses.ts';

const FORM = /^(?:extra|excess|added)\s+weight$/i;
const PREGNANT = String.raw`(?:pregnan(?:cy|cies|t)|bab(?:y|ies)|bump|womb|uterus|f[oe]etus|twins|expecting|trimester)`;
/** The weight's owner right after it: "of the baby", "of pregnancy", "from the bump". */
const OWNER_AFTER = new RegExp(
  String.raw`^\s+(?:of|from)\s+(?:(?:the|a|your|her|my|their|growing|unborn|late|twin)\s+){0,2}${PREGNANT}\b`,
  'i',
);
const PREGNANT_SENTENCE = new RegExp(String.raw`\b${PREGNANT}\b`, 'i');
/** Weight put on before a pregnancy, or kept after it, is the card's. */
const BEFORE_OR_AFTER = /\b(?:before|prior\s+to|after|since)\s+(?:(?:the|a|your|her|my)\s+)?(?:pregnan|bab|birth)/i;

/** The matches that are not a pregnancy's added weight. */
export function withoutPregnancyWeight(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isPregnancyWeight);
}

/** Is `match` "extra weight" said of a baby or a pregnancy? */
export function isPregnancyWeight(text: string, match: RawMatch): boolean {
  const length = match.end - match.start;
  if (length < 12 || length > 13) return false;
  if (!FORM.test(text.slice(match.start, match.end))) return false;
  if (OWNER_AFTER.test(text.slice(match.end, match.end + 40))) return true;
  const from = Math.max(lastIndexNear(text, '. ', match.start), lastIndexNear(text, '? ', match.start)) + 1;
  const sentence = text.slice(from, stopAfter(text, match.end, /[.?!](?:\s|$)/));
  return PREGNANT_SENTENCE.test(sentence) && !BEFORE_OR_AFTER.test(sentence);
}
