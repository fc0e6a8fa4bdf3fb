/**
 * A ladder's, a table's or a chair's leg is no body's: "a weak leg on the ladder is a hazard", "the
 * legs can swell if the wood gets wet, so seal the timber". "Leg" anchored the sign beside it, red
 * (two false reds in the corpus, everyday.redhunt and everyday.probe-5). A sign form in a sentence
 * that names such a thing and a leg with an article or "its" before it ("a leg", "the legs", "its
 * leg"), and no person (I, my, he, his, she, her, we, our, your leg), is dropped before the sense
 * rules read the block. A person in the sentence keeps it: "my leg is weak and I can't climb the
 * ladder" is the red rule's.
 */
import type { RawMatch } from './apply-sense.ts';
import { sentenceAround } from './sentence-around.ts';
import { withoutUses } from './without-uses.ts';

const SIGN_FORM = /^(?:weak|weaker|weakness|swell|swells|swelled|swelling|swollen|wobbly|unstable)$/i;
/** Things that stand on legs, and the wood they are made of. */
const THING =
  /\b(?:ladders?|stepladders?|chairs?|tables?|stools?|desks?|sofas?|couch(?:es)?|benches|tripods?|easels?|cabinets?|bed[\s\u00a0-]?frames?|trestles?|timber|wooden|wood|pianos?|furniture|workbench(?:es)?)\b/i;
/** A leg with an article or "its": the thing's. */
const THING_LEG = /\b(?:a|the|its|their|each|one|every)\s+(?:[a-z]+\s+)?legs?\b/i;
/**
 * A person in the sentence: the leg may be theirs. Not "you" alone: a guide's reader ("replace it
 * before you climb"); "your leg" is an owner's.
 */
const PERSON = /\b(?:i|i['’]m|i['’]ve|my|me|he|his|him|she|her|we|our|us)\b|\byour\s+(?:[a-z]+\s+)?legs?\b/i;

/** The matches that are not a thing's leg's sign. */
export function withoutThingLegSigns(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isThingLegSign);
}

/** Is `match` a sign form said in a sentence of a thing's leg, with no person in it? */
export function isThingLegSign(text: string, match: RawMatch): boolean {
  // Asked of every form of every block: first letter first (w, s, u), so others cost no slice.
  const first = text.charCodeAt(match.start) | 0x20;
  if (first !== 0x77 && first !== 0x73 && first !== 0x75) return false;
  if (!SIGN_FORM.test(text.slice(match.start, match.end))) return false;
  const sentence = sentenceAround(text, match);
  return THING.test(sentence) && THING_LEG.test(sentence) && !PERSON.test(sentence);
}
