import type { RawMatch } from './apply-sense.ts';
import {
  DEGREE,
  hasSecondSymptom,
  ING_BEFORE_NOUN,
  LIST_ITEMS,
  NEW_CAUSE,
  OBJECT_AFTER,
  PLACE_AFTER,
  TRAIT,
  VERB_BEFORE,
} from './bare-symptom.ts';
import { type DiscourseContext, MAX_BACK } from './discourse-anchor.ts';
import { OTHER_PART } from './other-body-part.ts';
import type { SentenceAnchors } from './sentence-anchors.ts';

/**
 * A sign or an exercise named as a noun, the way a post names again what it is about: "the lump",
 * "the swelling", "more stretching", "same cramp", "my cramps", "the stretches you mentioned".
 * Adjectives and verbs are left out ("a warm welcome", "it cramped my style"): the post rule
 * (post-anchor.ts) reads those of them a writer says of their own leg.
 */
const REPEAT_FORM = /^(?:[a-z]+ness|[a-z]+ing|cramps?|spasms?|clots?|bruises?|lumps?|stretches)$/i;
/**
 * An owner before the form that is not the writer: "the team's weakness", "its swelling", "their
 * cramps". "my cramps" and "a cramp" are the post's own ("It was like a sharp cramp").
 */
const OTHER_OWNER_BEFORE = /(?:['’]s?|\b(?:its|their|his|her|our|your|whose))(?:[\s\u00a0]+[a-z]+){0,1}[\s\u00a0]+$/i;
/** After the form, an object the everyday verb takes: "stretching it out", "lump it", "out on the sofa". */
export const IT_AFTER = /^[\s\u00a0]+(?:it|out[\s\u00a0]+(?:on|in|across|along|under|beside|over))\b/i;
/** The one word before a form opening its sentence, where it says "the one before": "Same cramp." */
const SAME = /^(?:same|more|much|such|extra|my|these|those)$/i;
const OPENING_WORD = /^[\s\u00a0]*([a-z]+)[\s\u00a0]+$/i;
/**
 * A lump is the sign only where the post points back to it ("why is the lump still there?"): a
 * kitchen's lumps are as near ("stir until no lump remains", "sugar lumps").
 */
export const LUMP = /^lumps?$/i;
export const POINTING_BEFORE = /\b(?:the|this|that|these|those|same)(?:[\s\u00a0]+[a-z-]+)?[\s\u00a0]+$/i;

/**
 * "…a lump in the muscle above my thigh near the knee. The bruise is starting to fade, but why is
 * the lump still there?": once a block marked a form of an entry in its sense, a post names that
 * sign or exercise again by name, sentences on, with no anchor of its own (the block misses of the
 * forum-style held-out text, docs/sense.md "Discourse context, round 3"). A noun form takes, in the
 * normal colour, the sense of a mark of the same entry earlier in the block, in its sentence or one
 * of the few before it, where no sentence from that mark to the form is of another sense or names
 * another part of the body. The discourse rule's guards hold: not before what it is of or an object
 * ("the swelling of the river", "stretching the budget"), not an "-ing" adjective or verb ("swelling
 * crowds", "rates are swelling"), not after another owner ("the pound's weakness"), not where its
 * sentence opens on a condition of its own; "weakness" and "tenderness", the nouns of a trait as
 * often, need a second symptom in their sentence.
 */
export function isRepeatAnchored(
  match: RawMatch,
  sentence: [number, number],
  anchors: SentenceAnchors,
  context: DiscourseContext,
): boolean {
  const { text, kept, sentenceAt, anchorsAt } = context;
  if (match.sense === 'paired' || anchors.isOtherSense) return false;
  const earlier = lastKept(kept, match);
  if (earlier === undefined || !REPEAT_FORM.test(text.slice(match.start, match.end))) return false;
  if (!hasNounUse(match, sentence, context)) return false;
  if (TRAIT.test(text.slice(match.start, match.end)))
    if (!hasSecondSymptom(match, sentence, anchors, context.raw, context.symptoms)) return false;
  for (let back = 0, before = sentence; before[0] > earlier; back++) {
    if (back === MAX_BACK) return false;
    before = sentenceAt(before[0] - 1);
    if (anchorsAt(before).isOtherSense || OTHER_PART.test(text.slice(before[0], before[1]))) return false;
  }
  return true;
}

/** Where the last mark of the entry of `match` before it starts (`kept` is in block order). */
function lastKept(kept: DiscourseContext['kept'], match: RawMatch): number | undefined {
  for (let k = kept.length - 1; k >= 0; k--) if (kept[k]!.entryId === match.entryId) return kept[k]!.start;
  return undefined;
}

/** Is the form used as the noun of the sign or the exercise, by the guards of `isRepeatAnchored`? */
function hasNounUse(match: RawMatch, [from, to]: [number, number], { text }: DiscourseContext): boolean {
  const after = text.slice(match.end, to);
  if (PLACE_AFTER.test(after.replace(LIST_ITEMS, '')) || OBJECT_AFTER.test(after) || IT_AFTER.test(after)) return false;
  const form = text.slice(match.start, match.end);
  const lead = text.slice(Math.max(from, match.start - 40), match.start);
  if (/ing$/i.test(form) && (ING_BEFORE_NOUN.test(after) || VERB_BEFORE.test(lead))) return false;
  if (OTHER_OWNER_BEFORE.test(lead) || (LUMP.test(form) && !POINTING_BEFORE.test(lead))) return false;
  const own = text.slice(from, to);
  if (OTHER_PART.test(own) || NEW_CAUSE.test(own)) return false;
  const opening = OPENING_WORD.exec(text.slice(from, match.start));
  return !opening || DEGREE.test(opening[1]!) || SAME.test(opening[1]!);
}
