/**
 * The numbness card explains a loss of feeling in the leg or the foot. Numbing as an act of relief
 * is another thing: a doctor who will "numb the nerve before the injection", a cream that "numbs
 * sore joints", lidocaine that "numbs the skin" (issue 11, the stretch-and-stiffness round:
 * docs/sense.md "A reach's stretch, a joint's stiffness, a cramp elsewhere"). The verb has an
 * object; the symptom's adjective does not ("my foot went numb the whole night" has a time after
 * it). And the act is one of relief, said with what relieves or where it is done: "sitting on the
 * loo numbs my legs" is the symptom, told as a verb, and keeps its card. These uses are dropped
 * before any sense rule reads the block, so they neither mark nor anchor. Only forms whose text is
 * "numb", "numbs" or "numbed" are read.
 */
import type { RawMatch } from './apply-sense.ts';
import { isFormShaped, withoutUses } from './without-uses.ts';
import { lastIndexNear, stopAfter } from './long-sentence.ts';

/** An owner or an article after the verb: its object ("numb the", "numbs your"), not a time. */
const OBJECT_AFTER =
  /^\s+(?!(?:the|a|this|that)\s+(?:moment|second|minute|instant|whole|entire|next|same|other|rest|day|night|morning|time)\b)(?:the|a|an|your|my|his|her|their|its|this|that|these|those|any|some|it|them|you)\b/i;
/** A bare noun after "numbs" or "numbed": "numbs sore joints", "numbed skin around the cut". */
const BARE_OBJECT_AFTER = /^\s+(?:sore|aching|painful|nerves?|skin|areas?|pain|joints?|gums?)\b/i;
/** Words before the verb's bare form: "will numb", "to numb", "can help numb". */
const HELPING_BEFORE =
  /\b(?:to|will|would|can|could|may|might|should|must|help|helps|helped)\s+(?:(?:first|gently|quickly|briefly|also|then)\s+)?$/i;
/** What relieves, who relieves, or what is relieved, somewhere in the sentence. */
const RELIEF =
  /\b(?:creams?|gels?|sprays?|ice|(?:cold|ice)\s+packs?|an(?:a)?esthe\w*|lidocaine|lignocaine|benzocaine|injections?|jabs?|needles?|nurses?|doctors?|surgeons?|dentists?|physios?|local|blocks?|patch(?:es)?|ointments?|rubs?|balms?|procedures?|biops(?:y|ies)|stitch\w*|painkillers?|relie\w+|sooth\w*|site|area)\b/i;

/** The matches that are not numbing as an act of relief. */
export function withoutNumbingActs(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isNumbingAct);
}

/** Is `match` "numb", "numbs" or "numbed" said as a verb of relief with an object? */
export function isNumbingAct(text: string, match: RawMatch): boolean {
  if (!isFormShaped(text, match, 'n', 4, 6)) return false;
  const form = text.slice(match.start, match.end);
  if (!/^numb(?:s|ed)?$/i.test(form)) return false;
  const after = text.slice(match.end, match.end + 30);
  const isInflected = form.length > 4;
  if (!OBJECT_AFTER.test(after) && !(isInflected && BARE_OBJECT_AFTER.test(after))) return false;
  // Bare "numb" is the verb only after a helping word: "Can numb feet mean diabetes?" asks of a sign.
  if (!isInflected && !HELPING_BEFORE.test(text.slice(Math.max(0, match.start - 30), match.start))) return false;
  const from =
    Math.max(
      lastIndexNear(text, '. ', match.start),
      lastIndexNear(text, '? ', match.start),
      lastIndexNear(text, '! ', match.start),
    ) + 1;
  return RELIEF.test(text.slice(from, stopAfter(text, match.end, /[.?!](?:\s|$)/)));
}
