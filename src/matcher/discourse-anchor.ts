import type { RawMatch } from './apply-sense.ts';
import { hasSecondSymptom, isBareSymptom, TRAIT } from './bare-symptom.ts';
import { JOINT, STIFFNESS } from './joint-stiffness.ts';
import type { Match } from './matcher.ts';
import { OTHER_PART } from './other-body-part.ts';
import type { SentenceAnchors } from './sentence-anchors.ts';
import { isLumpForm, isThereSign } from './there-is-sign.ts';

/** What `isDiscourseAnchored` reads of the block beyond the match. */
export interface DiscourseContext {
  text: string;
  raw: readonly RawMatch[];
  symptoms: ReadonlySet<string>;
  sentenceAt: (at: number) => [number, number];
  anchorsAt: (sentence: [number, number]) => SentenceAnchors;
  /** The marks kept so far, in block order (repeat-anchor.ts). */
  kept: readonly Match[];
}

/**
 * How many sentences back a paragraph's leg may be named. Patient pages name the part in the
 * paragraph's first sentence and go on about it for two or three ("A calf strain is a tear of the
 * muscles at the back of the lower leg. Pain and tenderness are present… Swelling follows…"). On
 * the real held-out health text as blocks (`node tests/sense/score-text.ts DIR --blocks`) one back
 * marked 662 of 742 uses, two 667, three to ten 669, with the same 10 wrong marks; the corpus's
 * figures were the same for all but one back, which added one wrong mark (docs/sense.md, "Discourse
 * context"). Four keeps a long forum block from reading far back for each form.
 */
export const MAX_BACK = 4;

/**
 * "A calf strain is a tear of the muscles at the back of the lower leg. While pain and localized
 * tenderness are present…": patient pages and long posts name the leg once and go on about its
 * symptoms in the sentences after, with no anchor of their own (the largest class of misses on real
 * health text held out, docs/sense.md). A symptom named as a noun, in a sentence with no other
 * sense and no other part of the body, takes in the normal colour (never red) the anchor of one of
 * the few sentences before it in the same block that names the lower limb — a lower-limb word, a
 * body frame, a body word or a strong form — where no sentence between is of another sense. Not
 * after an owner or an article of a trait ("the team's weakness", "a tenderness he had not known"),
 * nor before what it is of ("weakness in defence", "the swelling of the river"), nor an "-ing"
 * form before its noun ("swelling crowds").
 */
export function isDiscourseAnchored(
  match: RawMatch,
  sentence: [number, number],
  anchors: SentenceAnchors,
  context: DiscourseContext,
): boolean {
  if (!isBareSymptom(match, sentence, anchors, context) && !isLumpThere(match, sentence, anchors, context))
    return false;
  const { text, sentenceAt, anchorsAt } = context;
  const isStiffness = STIFFNESS.test(text.slice(match.start, match.end));
  let isAnchored = false;
  // A sign there or had (there-is-sign.ts) takes only the sentence right before: "I broke my leg as a
  // child. Last month I had a tooth out. I still have a lump" is the mouth's (thread-leg.test.ts).
  const reach = isThereOnly(match, sentence, anchors, context) ? 1 : MAX_BACK;
  for (let back = 0, before = sentence; back < reach && before[0] > 0; back++) {
    before = sentenceAt(before[0] - 1);
    const prior = anchorsAt(before);
    // Another sense, or another part of the body, between: the paragraph has moved on ("A stress
    // fracture of the foot is common. Lower back pain… Shingles causes a rash and tingling").
    if (prior.isOtherSense || OTHER_PART.test(text.slice(before[0], before[1]))) break;
    if (isStiffness && JOINT.test(text.slice(before[0], before[1]))) return false;
    if (isAnchored || !namesLimb(prior)) continue;
    isAnchored = true;
    if (!isStiffness) break;
  }
  return isAnchored;
}

/** "There is a hard lump": a lump there or had, alone in a sentence of no other sense or part (there-is-sign.ts). */
const isLumpThere = (
  match: RawMatch,
  sentence: [number, number],
  anchors: SentenceAnchors,
  { text }: DiscourseContext,
) =>
  !anchors.isOtherSense &&
  match.sense !== 'paired' &&
  isLumpForm(text.slice(match.start, match.end)) &&
  isThereSign(text, match, sentence) &&
  !OTHER_PART.test(text.slice(...sentence));

/** Is the form taken only as a sign there or had: a lump, or a trait with no second symptom? */
function isThereOnly(match: RawMatch, sentence: [number, number], anchors: SentenceAnchors, context: DiscourseContext) {
  const form = context.text.slice(match.start, match.end);
  if (isLumpForm(form)) return true;
  return TRAIT.test(form) && !hasSecondSymptom(match, sentence, anchors, context.raw, context.symptoms);
}

/** Does a sentence name the lower limb or the body: a lower-limb word, a frame, a body word, a strong form? */
export const namesLimb = (prior: SentenceAnchors) =>
  prior.limbs.length > 0 || prior.hasFrame || prior.strongs.length > 0 || prior.bodies.length > 0;
