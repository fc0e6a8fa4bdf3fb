import type { RawMatch } from './apply-sense.ts';
import type { DiscourseContext } from './discourse-anchor.ts';
import { OTHER_CRAMP } from './other-cramp.ts';
import { FIRST_PERSON, OTHER_PART } from './post-anchor.ts';
import { isSportClear, OTHER_SENSE, SWIM_OR_GEAR } from './sport-clear.ts';
import { ACTIVITY, EFFORT } from './sport-words.ts';

/** A cramp the post points back to: "the cramps", "these cramps", "that cramp". */
const DEFINITE_BEFORE = /\b(?:the|this|that|these|those)[\s\u00a0]+$/i;
/** How many sentences back a definite cramp looks for its sport ("…my first open-water swim. … the cramps"). */
const SPORT_REACH = 2;

/**
 * "I did my first open-water swim last weekend. … When I picked it up, the cramps got worse.": a
 * cramp the writer points back to ("the cramps") takes the sport one of the two sentences before
 * names, where none between is of another sense.
 */
export function isSportBefore(
  match: RawMatch,
  sentence: [number, number],
  { text, sentenceAt, anchorsAt }: DiscourseContext,
): boolean {
  if (!/^cramp/i.test(text.slice(match.start, match.end)) || !isCrampOfPost(text, match, sentence)) return false;
  if (!isSportClear(text, match, sentence[0], sentence[1], true)) return false;
  for (let back = 0, before = sentence; back < SPORT_REACH && before[0] > 0; back++) {
    before = sentenceAt(before[0] - 1);
    const prior = text.slice(before[0], before[1]);
    if (anchorsAt(before).isOtherSense || OTHER_PART.test(prior) || OTHER_SENSE.test(prior) || SWIM_OR_GEAR.test(prior))
      return false;
    // "Went for a run. Cramps, bloating, the works": the gut's, a meal's, a period's named with the cramp (other-cramp.ts).
    if (OTHER_CRAMP.test(prior)) return false;
    if (ACTIVITY.test(prior) || EFFORT.test(prior)) return true;
  }
  return false;
}

/**
 * A cramp the post's workout may own: pointed back to ("the cramps"), said by the writer ("I thought
 * it was just a cramp and stopped", the cramp16 round) or opening its sentence as an event ("Cramp
 * hit and I walked it off", "Cramped up on the last hill"). A report's "cramps" in the middle of a
 * third-person sentence takes no sport from before, nor a setting (cramp-setting.ts): "Staff cramps".
 */
export function isCrampOfPost(text: string, match: RawMatch, [from, to]: [number, number]): boolean {
  if (DEFINITE_BEFORE.test(text.slice(Math.max(from, match.start - 12), match.start))) return true;
  return FIRST_PERSON.test(text.slice(from, to)) || OPENING.test(text.slice(from, match.start));
}

/** Nothing but an interjection before the form at its sentence's start: "Cramp hit", "Ugh, cramping!" */
export const OPENING = /^[\s\u00a0]*(?:(?:ugh|argh+|ow+|ouch|oh|damn|then|and|more|so[\s\u00a0]+much)[\s\u00a0,!]*)*$/i;
