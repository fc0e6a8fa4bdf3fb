import { CAUSE } from './skin-mark-cause.ts';
import { isBruiseOnBody } from './bruise-body.ts';

/**
 * A bruise asked after or denied: "Any bruising?", "Was there bruising?", "No bruising at all, just
 * pain." (the bruise16 round, issue 11). A question or a denial alone says nothing of whose bruise
 * it is ("Any bruising on the apples?", "No bruising on the paint after the hail"), so it needs a
 * body's complaint in its own sentence or the one right before: a pain or an injury, a knock or a
 * fall (skin-mark-cause.ts), or a part of a person's body. The caller sets aside fruit, markets and
 * a block's animals, and reads the sentence before in the block or in the blocks before
 * (earlier-blocks.ts): a forum reply's "Any bruising?" is often its own line.
 */

/** "any", "no", "was there", "there's no", "did you get": what asks after a bruise or denies one. */
const ASKED_BEFORE =
  /(?:^|[\s\u00a0(])(?:any|no|was[\s\u00a0]+there|is[\s\u00a0]+there|were[\s\u00a0]+there|there['’]?s[\s\u00a0]+no|there[\s\u00a0]+(?:is|was)[\s\u00a0]+no|did[\s\u00a0]+(?:you|she|he)[\s\u00a0]+(?:get|have|notice|see)|do[\s\u00a0]+you[\s\u00a0]+have|have[\s\u00a0]+you[\s\u00a0]+got|without)[\s\u00a0]+(?:(?:any|obvious|visible|real|major|big|much|signs?[\s\u00a0]+of)[\s\u00a0]+)?$/i;
const DENIED =
  /(?:^|[\s\u00a0(])(?:no|there['’]?s[\s\u00a0]+no|there[\s\u00a0]+(?:is|was)[\s\u00a0]+no|without)[\s\u00a0]/i;
/** A body's complaint: a pain or an injury, or a part of a person's body. */
const COMPLAINT =
  /\b(?:pain|painful|aches?|aching|achy|hurts?|hurting|sore|injur(?:y|ies|ed)|sprain(?:ed|s)?|strain(?:ed)?|fainted|hit[\s\u00a0]+(?:my|his|her|their)|came[\s\u00a0]+off|landed[\s\u00a0]+on|(?:my|his|her|your|their)[\s\u00a0]+(?:(?:left|right|upper|lower)[\s\u00a0]+)?(?:head|face|arms?|elbows?|wrists?|hands?|shoulders?|ribs?|back|hips?|chest|legs?|knees?|shins?|ankles?|feet|foot|thighs?|calf|calves|cheek|eye|nose|forehead))\b/i;

/** A pet or a horse hurt: "The dog fell down the stairs. Any bruising?" is a vet's question (the block's animal words leave pets out). */
const PET = /\b(?:dogs?|pupp(?:y|ies)|cats?|kittens?|horses?|pony|ponies|rabbits?)\b/i;
/** A bruise placed after the form: only a person's place, as bruise-body.ts reads it ("Any bruising on the melon?" is not). */
const PLACED_AFTER = /^[\s\u00a0]+(?:on|to|in|of|over|around|across)\b/i;

/**
 * Is the form at `[start, end)` a bruise asked after or denied, in a sentence `[from, to)` of `text` with a body's complaint in it or in the sentence `prior`?
 */
export function isBruiseAsked(
  text: string,
  [start, end]: [number, number],
  [from, to]: [number, number],
  prior: [number, number] | undefined,
): boolean {
  const before = text.slice(from, start);
  if (!ASKED_BEFORE.test(before)) return false;
  const sentence = text.slice(from, to);
  if (!/\?/.test(sentence) && !DENIED.test(before.slice(-25))) return false;
  const after = text.slice(end, to);
  if (PET.test(sentence) || (PLACED_AFTER.test(after) && !isBruiseOnBody(before, after))) return false;
  if (COMPLAINT.test(sentence) || CAUSE.test(sentence)) return true;
  if (!prior) return false;
  const said = text.slice(prior[0], prior[1]);
  return !PET.test(said) && (COMPLAINT.test(said) || CAUSE.test(said));
}
