/**
 * The numbness card explains a loss of feeling in the leg or the foot. Numbing as an act is another
 * thing: a doctor who will "numb the nerve before the injection", a cream that "numbs sore joints",
 * lidocaine that "numbs the skin" (issue 11, the stretch-and-stiffness round: docs/sense.md "A
 * reach's stretch, a joint's stiffness, a cramp elsewhere"). The verb has an object; the symptom's
 * adjective does not ("my foot went numb the whole night" has a time after it, not an object).
 * These uses are dropped before any sense rule reads the block, so they neither mark nor anchor.
 * Only forms whose text is "numb", "numbs" or "numbed" are read.
 */
import type { RawMatch } from './apply-sense.ts';
import { withoutUses } from './without-uses.ts';

/** What is numbed: an owner or article, or a bare noun of the act ("numbs sore joints", "numb skin"). */
const OBJECT_AFTER =
  /^\s+(?!(?:the|a|this|that)\s+(?:moment|second|minute|instant|whole|entire|next|same|other|rest|day|night|morning|time)\b)(?:the|a|an|your|my|his|her|their|its|this|that|these|those|any|some|sore|aching|painful|nerves?|skin|area|pain|site|joints?|gums?|it|them|you)\b/i;
/** Words before the verb's bare form: "will numb", "to numb", "can help numb". */
const HELPING_BEFORE =
  /\b(?:to|will|would|can|could|may|might|should|must|help|helps|helped|used\s+to)\s+(?:(?:first|gently|quickly|briefly|also|then)\s+)?$/i;

/** The matches that are not numbing as an act. */
export function withoutNumbingActs(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isNumbingAct);
}

/** Is `match` "numb", "numbs" or "numbed" said as a verb with an object? */
export function isNumbingAct(text: string, match: RawMatch): boolean {
  // Asked of every form of every block: length and first letter first, so others cost no slice.
  const length = match.end - match.start;
  if (length < 4 || length > 6 || (text.charCodeAt(match.start) | 0x20) !== 0x6e) return false;
  const form = text.slice(match.start, match.end);
  if (!/^numb(?:s|ed)?$/i.test(form)) return false;
  if (!OBJECT_AFTER.test(text.slice(match.end, match.end + 30))) return false;
  // "numbs" and "numbed" with an object are the verb's; bare "numb" only after a helping word.
  return form.length > 4 || HELPING_BEFORE.test(text.slice(Math.max(0, match.start - 30), match.start));
}
