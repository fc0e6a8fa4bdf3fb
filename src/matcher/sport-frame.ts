import type { RawMatch } from './apply-sense.ts';
import type { DiscourseContext } from './discourse-anchor.ts';
import { blockTestOf } from './block-test.ts';
import { namesMenses } from './menses.ts';
import type { SentenceAnchors } from './sentence-anchors.ts';
import { isSportBefore } from './sport-before.ts';
import { isSportClear } from './sport-clear.ts';
import { ACTIVITY, EFFORT } from './sport-words.ts';

/**
 * What a workout does to a body, said with no part named: a cramp, a spasm, a muscle's tightness or
 * stiffness ("a mile into the jog I felt the tightness building", "cramp when swimming", "I cramped
 * up at mile 20": the cramp15 round). Weak forms: only a sport's frame in their sentence anchors them here.
 */
const EFFECT_FORM = /^(?:cramps?|cramping|crampy|cramped[\s\u00a0]+up|spasms?|spasming|tightness|stiffness)$/i;
/**
 * The exercise itself: relaxed forms the pack's words of exercise already anchor ("stretching before
 * a run"), taken here beside the sports those words do not list ("stretching before tennis").
 * "stretched" and "stretches" are left out: a sport's report stretches a lead, a defence, a course
 * ("the defence was stretched", "the course stretches along the river").
 */
const EXERCISE_FORM =
  /^(?:stretch|stretching|warm[\s\u00a0-]?ups?|warming[\s\u00a0-]up|flexibility|overuse|overtraining)$/i;

/**
 * "Cramp when swimming", "a mile into the jog I felt the tightness building", "stretching before
 * tennis": a cramp, a spasm, a muscle's tightness or stiffness, or an exercise form, with no part of
 * the body named, in a sentence that says a sport is done. Anchored in the normal colour (no
 * urgent entry is among the forms): the cramp is the leg-cramp card's (a swimmer's and a runner's
 * cramp is the calf's or the foot's), the tightness the muscle-stiffness card's. Another part of
 * the body, another kind of cramp ("stomach cramps"), an animal, a meal or another sense in the
 * sentence leave it alone, as do the everyday verbs' objects and places ("stretch the lead",
 * "cramp their style", "tightness in the race").
 */
export function isSportSaid(
  text: string,
  match: RawMatch,
  [from, to]: [number, number],
  anchors: SentenceAnchors,
): boolean {
  const isEffect = EFFECT_FORM.test(text.slice(match.start, match.end));
  if (!isEffect && !isExerciseForm(text, match)) return false;
  const own = text.slice(from, to);
  if (!isSportClear(text, match, from, to, isEffect)) return false;
  // The pack's words of exercise ("yoga", "workout", "exercise-induced") already anchor the exercise forms.
  return ACTIVITY.test(own) || (isEffect && (EFFORT.test(own) || anchors.exercise.length > 0));
}

/** A word of sport or a workout's effort anywhere in a block, read once a block (block-test.ts). */
const namesSport = blockTestOf((text) => ACTIVITY.test(text) || EFFORT.test(text));

/** Either rule: the sport in the form's sentence, or, for "the cramps", in one of the two before. */
export function isSportFramed(
  match: RawMatch,
  sentence: [number, number],
  anchors: SentenceAnchors,
  context: DiscourseContext,
): boolean {
  if (/^(?:cramp|spasm)/i.test(context.text.slice(match.start, match.end)) && namesMenses(context.text)) return false;
  if (isSportSaid(context.text, match, sentence, anchors)) return true;
  return sentence[0] > 0 && isSportBefore(match, sentence, context);
}

/**
 * May a block with no other anchor hold such a form (block-anchoring.ts)? Its form first, then the
 * block's words: most blocks pay one test of the form's text.
 */
export function mayBeSport(text: string, match: RawMatch): boolean {
  const form = text.slice(match.start, match.end);
  return (EFFECT_FORM.test(form) || EXERCISE_FORM.test(form)) && namesSport(text);
}

function isExerciseForm(text: string, match: RawMatch): boolean {
  return match.sense === 'relaxed' && EXERCISE_FORM.test(text.slice(match.start, match.end));
}
