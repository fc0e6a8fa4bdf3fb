import type { RawMatch } from './apply-sense.ts';
import {
  hasLegWord,
  isBareLegAccount,
  isCaredLeg,
  isDoneToLegBefore,
  isNamedLeg,
  mayNameLegBare,
} from './cared-leg.ts';
import { prefixTestOf } from './prefix-test.ts';
import { hasOwnedFrame } from './block-anchor.ts';
import { type DiscourseContext } from './discourse-anchor.ts';
import { JOINT } from './joint-stiffness.ts';
import { OTHER_PART as OTHER_BODY_PART } from './other-body-part.ts';
import { FIRST_PERSON, OTHER_PART } from './post-anchor.ts';
import type { SentenceAnchors } from './sentence-anchors.ts';
import { threadShapeOf } from './thread-shape.ts';
import { theyBackOf } from './they-back.ts';
import { isOtherTopic } from './other-topic.ts';

/**
 * How many sentences back the writer's leg may be named: the page gives at most four blocks and
 * 800 characters before a block (src/page/earlier-blocks.ts), a post split in lines rarely holds
 * more sentences than this in them.
 */
export const MAX_THREAD_BACK = 8;

/** A lower-limb word the writer owns: "my right shin", "my left lower leg" (a limb word is no frame). */
const MY_LIMB = /\b(?:my|our)\s+(?:(?:left|right|lower|upper|poor|bad|injured|sore|other)\s+)*$/i;
const STIFF = /^(?:stiff|tight)/i;
/** `FIRST_PERSON.test(text.slice(0, end))`, the block read once for its signs (prefix-test.ts). */
const isFirstPersonBefore = prefixTestOf(FIRST_PERSON);
/**
 * What swells in the everyday sense, named between the leg and a swelling: "My calf has been sore.
 * Floodwater covered the high street by Friday. The swelling took a week to go down" is the
 * flood's (`node tests/sense/pair-text.ts`, the threadsign round).
 */
const SWELL = /^(?:swell|swollen|swolen)/i;
const SWELLS_ITSELF =
  /\b(?:rivers?|flood(?:s|water|ing)?|tides?|streams?|seas?|waves?|crowds?|dough|balloons?|sails?|music|orchestra|strings|choir|chorus|organ|ranks|numbers|prices|population)\b/i;
/**
 * Parts the older rules' lists leave out, named nearer than the leg: "Last month I had a tooth out.
 * The numbness lasted…" (the symptom-noun rule keeps a tooth's swelling, which held11's labels take
 * for the swelling card's sense).
 */
const NEARER_PART = /\b(?:tooth|teeth|dental|dentist|mouth|cheeks?|gums?)\b/i;

/**
 * "<p>Rolled my left ankle on the trail on Sunday.</p><p>By Tuesday the bruise had spread.</p>
 * <p>I was still swollen on Friday.</p>": a post, or a thread's post, goes on about the writer's leg
 * in sentences that name no leg, further back than the block rules read (one sentence, or four for
 * a symptom noun). A sign (thread-shape.ts) takes, in the normal
 * colour (never red), the leg that one of the `MAX_THREAD_BACK` sentences before it names as the
 * writer's own — a first-person sentence with an owned frame or lower-limb word ("my calf", "my
 * left knee"), or one of what the writer did to "the" leg ("I rolled the ankle": cared-leg.ts) —
 * where that sentence and every sentence between name no other region of the body
 * ("my back", "my period", "the wrist": the nearer region wins) and no other sense, and where the
 * sign's own sentence has one of the post's shapes: said of "it" or "they" ("it felt numb and
 * tingly"), said of "I" ("I was still swollen": swollen and bruised only, not "I felt numb"), a
 * fragment ("Still swollen."), or a symptom noun, bare or the writer's ("the numbness lingered",
 * "my bruise", "a lump has come up"). docs/sense.md, "A thread's posts that name no leg".
 * `headingEnd`: where the title the text opens with ends, if it names the writer's leg
 * (heading-leg.ts): reached with every sentence between passing, it stands for the leg.
 */
export function isThreadLegTaken(
  match: RawMatch,
  sentence: [number, number],
  anchors: SentenceAnchors,
  context: DiscourseContext,
  headingEnd = 0,
): boolean {
  const { text, sentenceAt, anchorsAt } = context;
  if (anchors.isOtherSense || anchors.regions.length > 0) return false;
  const shape = threadShapeOf(match, sentence, anchors, context);
  if (shape === undefined) return false;
  const own = text.slice(...sentence);
  if (OTHER_PART.test(own) || OTHER_BODY_PART.test(own) || NEARER_PART.test(own)) return false;
  // The writer's leg is named in a first-person sentence before, or in what the writer did to "the"
  // leg with no "I" ("Iced the calf all evening. The bruising came out."): where none can be, nothing
  // is read, but for a title that names the writer's leg (`headingEnd`). Asked after the sign's shape:
  // an article's long text with no "I" would be read again for each of its signs.
  // "Went for a run yesterday. The knee gave way…": a post that is the writer's own account
  // (own-account.ts), to the sign's sentence, lets a leg named bare stand for theirs; asked once.
  let isAccount: boolean | undefined;
  const isOwn = () => (isAccount ??= isBareLegAccount(text.slice(0, sentence[1])));
  // The block read once, not once a sign, where it can (prefix-test.ts, cared-leg.ts's `hasLegWord`).
  const isOpened = () =>
    isFirstPersonBefore(text, sentence[0]) ||
    isDoneToLegBefore(text, sentence[0]) ||
    (hasLegWord(text) && mayNameLegBare(text.slice(0, sentence[0])));
  if (headingEnd === 0 && !isOpened()) return false;
  // Stiffness of a joint is no muscle's (joint-stiffness.ts): "over went my ankle… now it's all stiff".
  const isStiff = STIFF.test(text.slice(match.start, match.end));
  const isSwell = SWELL.test(text.slice(match.start, match.end));
  if (isStiff && JOINT.test(own)) return false;
  for (let back = 0, before = sentence; back < MAX_THREAD_BACK && before[0] > 0; back++) {
    before = sentenceAt(before[0] - 1);
    // The title, judged whole already: "Knee diary, week 3" over "The swelling goes down overnight".
    if (before[0] < headingEnd) return true;
    const prior = anchorsAt(before);
    const priorText = text.slice(...before);
    if (prior.isOtherSense || prior.regions.length > 0) return false;
    if (OTHER_PART.test(priorText) || OTHER_BODY_PART.test(priorText) || NEARER_PART.test(priorText)) return false;
    if ((isStiff && JOINT.test(priorText)) || (isSwell && SWELLS_ITSELF.test(priorText))) return false;
    // "He showed me his ankles. They were really puffy." but "I ordered two jackets. They were really puffy."
    const they =
      shape === 'of it' ? theyBackOf(text.slice(sentence[0], match.start), priorText, back === 0) : undefined;
    if (they !== undefined) return they === 'limbs';
    // "it" is the leg only where no one else was said between, as in the post rule (post-anchor.ts):
    // "I rolled my ankle. The crowd went quiet. It was numb in the stands" is the crowd's.
    // "I rolled the ankle on a kerb", "Iced the calf all evening": the writer's leg without "my".
    if (isCaredLeg(priorText) || (isNamedLeg(priorText) && !prior.hasAnimalWord && isOwn())) return true;
    if (!FIRST_PERSON.test(priorText)) {
      if (shape !== 'own' || isOtherTopic(priorText)) return false;
      continue;
    }
    if (hasOwnedFrame(text, prior.limbs) || (prior.hasFrame && hasOwnedFrame(text, prior.frames))) return true;
    if (isWritersLimb(text, before[0], prior.limbs)) return true;
    if (shape === 'placed') return false;
  }
  return false;
}

/** Does one of the lower-limb words (start, end pairs) have "my" before it in its sentence? */
function isWritersLimb(text: string, from: number, limbs: readonly number[]): boolean {
  for (let k = 0; k < limbs.length; k += 2)
    if (MY_LIMB.test(text.slice(Math.max(from, limbs[k]! - 30), limbs[k]))) return true;
  return false;
}
