import type { RawMatch } from './apply-sense.ts';
import { hasOwnedFrame } from './block-anchor.ts';
import type { DiscourseContext } from './discourse-anchor.ts';
import { FIRST_PERSON, OTHER_PART } from './post-anchor.ts';
import type { SentenceAnchors } from './sentence-anchors.ts';
import { isKinSentence } from './kin-frame.ts';

/**
 * The weak forms of an injury or condition a post guesses at: a fracture, tendonitis, nerve
 * damage, overuse, a pulled calf. Not a symptom (the discourse rule's), nor a side effect (a
 * medicine's: medicine-effect.ts).
 */
const CONDITION_FORM =
  /^(?:fractured?|tend[io]nitis|nerve[\s\u00a0]+damage|overuse|overtraining|pulled[\s\u00a0]+calf)$/i;
/**
 * Right before the form, a guess or a diagnosis of "it": "Could it be a", "Is it", "Probably", "The
 * GP thinks it's a", "Sounds like", "diagnosed as", "turned out to be", with an article and a word
 * of size ("a small", "a hairline stress"). Not any word between: "a fractured coalition" is no guess.
 */
const GUESS_BEFORE = new RegExp(
  String.raw`(?:^|[\s\u00a0(])(?:(?:could|might|can|would|is|was)[\s\u00a0]+(?:it|this|that)(?:[\s\u00a0]+be)?|` +
    String.raw`(?:it|this|that)(?:['’]s|[\s\u00a0]+(?:is|was|could[\s\u00a0]+be|might[\s\u00a0]+be|may[\s\u00a0]+be|must[\s\u00a0]+be))|` +
    String.raw`probably|maybe|possibly|perhaps|sounds[\s\u00a0]+like|diagnosed[\s\u00a0]+(?:as|with)|turned[\s\u00a0]+out[\s\u00a0]+to[\s\u00a0]+be)` +
    String.raw`(?:[\s\u00a0]+(?:just|only|probably|likely|definitely|actually|a|an|some|small|tiny|hairline|minor|mild|bad|slight|little|stress))*[\s\u00a0]+$`,
  'i',
);
/** After the form, the guess ends: the sentence, a clause, "again", "or …", "from …". */
const ENDS_AFTER = /^(?:[\s\u00a0]*(?:[.,;:!?)]|$)|[\s\u00a0]+(?:again|or|from|then|maybe|perhaps|though)\b)/i;

/**
 * "My ankle hurts when I land. Could it be fractured?", "My Achilles is sore every morning.
 * Probably tendonitis again.": a post names the writer's leg and then guesses what it has, with no
 * anchor in the guess. A condition's weak form right after a guess of "it" (GUESS_BEFORE), ending
 * the guess, takes in the normal colour the leg the sentence right before names as the writer's own
 * ("my ankle", said by "I"), where that sentence names no other part and is of no other sense. Not
 * a thing's ("The treaty is fractured"), and only one sentence back: "it" is what was just named.
 */
export function isGuessedCondition(
  match: RawMatch,
  sentence: [number, number],
  anchors: SentenceAnchors,
  { text, sentenceAt, anchorsAt }: DiscourseContext,
): boolean {
  if (anchors.isOtherSense || sentence[0] === 0) return false;
  if (!CONDITION_FORM.test(text.slice(match.start, match.end))) return false;
  if (!GUESS_BEFORE.test(text.slice(Math.max(sentence[0], match.start - 60), match.start))) return false;
  if (!ENDS_AFTER.test(text.slice(match.end, sentence[1]))) return false;
  if (OTHER_PART.test(text.slice(sentence[0], sentence[1]))) return false;
  const before = sentenceAt(sentence[0] - 1);
  const prior = anchorsAt(before);
  const priorText = text.slice(before[0], before[1]);
  // The writer's own leg, or a relative's the sentence opens with ("Hubby tore his Achilles": kin-frame.ts).
  if (prior.isOtherSense || OTHER_PART.test(priorText)) return false;
  if (!FIRST_PERSON.test(priorText) && !isKinSentence(priorText)) return false;
  return hasOwnedFrame(text, prior.limbs) || (prior.hasFrame && hasOwnedFrame(text, prior.frames));
}

/** Could the form be a condition guessed at (its form alone)? Asked before the blocks before are read. */
export const mayBeGuessedCondition = (text: string, match: RawMatch): boolean =>
  CONDITION_FORM.test(text.slice(match.start, match.end));
