import type { RawMatch } from './apply-sense.ts';

/**
 * "fractured" said of a person's own bone, as a deed or a fear: "Could I have fractured something?",
 * "I think he's fractured it", "she fractured a bone in her foot" (the blow16 round, issue 11: a
 * held-out Q&A post after a kick to the thigh). A person who fractured something, it or a bone is
 * the card's broken bone; normal colour (the card is not urgent). Not a thing or a group that
 * fractured ("the coalition fractured", "a fractured society", "the deal fractured the party"):
 * the subject is a person and the object the body's.
 */
const FRACTURED = /^fractured$/i;
const PERSON_BEFORE = new RegExp(
  String.raw`\b(?:I|I['’]ve|I['’]d|you|you['’]ve|he|he['’]s|she|she['’]s|we|they|they['’]ve)\s+` +
    String.raw`(?:(?:could|might|may|must|should|have|has|had|think|probably|possibly|definitely|actually|not|never)\s+){0,3}$`,
  'i',
);
/** "have I fractured", "has he fractured": the question's order. */
const ASKED_BEFORE = /\b(?:have|has|had)\s+(?:I|you|he|she|we|they)\s+(?:(?:actually|really|possibly)\s+)?$/i;
const BODY_AFTER = /^\s+(?:something|anything|it|a\s+bone|bones|(?:my|his|her|your|their)\s+(?:[a-z]+\s+)?[a-z]+)\b/i;
/** What a person fractures that is no bone: "fractured my relationship", "fractured the team". */
const NOT_BODY_AFTER =
  /^\s+(?:(?:my|his|her|your|their)\s+)?(?:relationships?|friendships?|marriage|family|team|party|trust|career|confidence|english|french|german|spanish)\b/i;

/**
 * "fractured" before a part of the leg that a person owns or an article names: "physical therapy
 * for my fractured ankle", "he has a fractured tibia" (the block17 round: the adjective was never
 * marked, the part's frame holding the form itself). A thing's is not a leg's: "the fractured
 * coalition", "a fractured leg of the table" (the part's "of").
 */
const OWNER_BEFORE = /\b(?:my|his|her|your|their|our|a|the)\s+(?:(?:left|right|badly|recently)\s+)?$/i;
const PART_AFTER =
  /^\s+(?:(?:left|right)\s+)?(?:ankles?|legs?|foot|feet|shins?|knees?|kneecaps?|tibia|fibula|femur|toes?|calf|metatarsals?|patella)\b(?!\s+of\b)/i;

/** Is `match` "fractured" said of a person's own bone in its sentence `[from, to)`? */
export function isOwnFracture(text: string, match: RawMatch, [from, to]: [number, number]): boolean {
  if (!FRACTURED.test(text.slice(match.start, match.end))) return false;
  const before = text.slice(Math.max(from, match.start - 40), match.start);
  const after = text.slice(match.end, Math.min(to, match.end + 40));
  if (OWNER_BEFORE.test(before) && PART_AFTER.test(after)) return true;
  return (
    (PERSON_BEFORE.test(before) || ASKED_BEFORE.test(before)) && BODY_AFTER.test(after) && !NOT_BODY_AFTER.test(after)
  );
}

/** Could the block say so (a "fractured" form)? Asked before sentences are read. */
export const mayBeOwnFracture = (text: string, match: RawMatch): boolean =>
  FRACTURED.test(text.slice(match.start, match.end));
