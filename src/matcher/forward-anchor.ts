import type { RawMatch } from './apply-sense.ts';
import { type DiscourseContext, namesLimb } from './discourse-anchor.ts';
import { isBareSymptom } from './bare-symptom.ts';
import { JOINT, STIFFNESS } from './joint-stiffness.ts';
import { OTHER_PART } from './other-body-part.ts';
import { FIRST_PERSON, isWritersExercise } from './post-anchor.ts';
import type { SentenceAnchors } from './sentence-anchors.ts';

/**
 * How far a post's opening reaches: its first two sentences (a title run on into the post, or a
 * question first: "Is this normal? Tightness every morning…") hold the form, and the one or two
 * sentences after it name the leg.
 */
const MAX_AHEAD = 2;
/**
 * The writer's own leg: "my left calf", "both calves", "my right leg" (a frame or a lower-limb word
 * whose first or second word is the writer's), not "the ankle", "his calf" or "my dog's front leg".
 */
const WRITERS_FRAME = /^(?:[a-z]+\s+)?(?:my|both|left|right)\s(?![a-z]+['’]s\s)/i;

/**
 * "Horrible cramps last night. Woke up with my left calf rock hard.": a post that opens with its
 * complaint and names the leg after. A symptom noun with the discourse rule's guards
 * (discourse-anchor.ts), or an exercise or cramp said by the writer (post-anchor.ts), in the first
 * two sentences of a block, takes in the normal colour (never red) the writer's leg that one of
 * the next two sentences names in the first person ("my calf", "both calves"), where no sentence
 * before it in the block names a leg, a body or a term of the glossary, and none before or between is of another sense,
 * another part of the body or an animal.
 */
export function isForwardAnchored(
  match: RawMatch,
  sentence: [number, number],
  anchors: SentenceAnchors,
  context: DiscourseContext,
): boolean {
  const { text, sentenceAt, anchorsAt } = context;
  // The cheap tests first: most forms asked are past a block's opening, or end it.
  const before = sentence[0] > 0 ? sentenceAt(sentence[0] - 1) : undefined;
  if (sentence[1] >= text.length || (before && before[0] > 0) || anchors.hasAnimalWord) return false;
  if (!isBareSymptom(match, sentence, anchors, context) && !isWritersExercise(match, sentence, text)) return false;
  // A leg or a term named before is the backward rules' to take or leave: "I got a knee brace for
  // the knee that bothered me. Hours after a run the cramping would begin." (a knee's, not a leg cramp).
  if (before) {
    const prior = anchorsAt(before);
    if (!isClear(before, prior, text) || namesLimb(prior) || context.raw.some((other) => isIn(other, before)))
      return false;
  }
  const isStiffness = STIFFNESS.test(text.slice(match.start, match.end));
  for (let ahead = 0, next = sentence; ahead < MAX_AHEAD && next[1] < text.length; ahead++) {
    next = sentenceAt(next[1]);
    const later = anchorsAt(next);
    const said = text.slice(next[0], next[1]);
    if (!isClear(next, later, text) || (isStiffness && JOINT.test(said))) return false;
    if (FIRST_PERSON.test(said) && (isWriters(text, later.limbs) || (later.hasFrame && isWriters(text, later.frames))))
      return true;
  }
  return false;
}

/** A sentence the post may pass over: no other sense, no other part of the body, no animal. */
const isClear = ([from, to]: [number, number], anchors: SentenceAnchors, text: string) =>
  !anchors.isOtherSense && !anchors.hasAnimalWord && !OTHER_PART.test(text.slice(from, to));

const isIn = (match: RawMatch, [from, to]: [number, number]) => match.start >= from && match.end <= to;

function isWriters(text: string, spans: readonly number[]): boolean {
  for (let k = 0; k < spans.length; k += 2)
    if (WRITERS_FRAME.test(`${text.slice(spans[k], spans[k + 1])} `)) return true;
  return false;
}
