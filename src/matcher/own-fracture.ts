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

/**
 * A fracture as a noun, a person's or a body's (the eighteenth session: held-out parents' posts about
 * a child's sport): "his fracture", "her first fracture", "a fracture to his growth plate", "an
 * avulsion fracture of the pelvis", "the X-ray showed a fracture". Not a group's or a thing's: "the
 * party's fracture" (nor a name's: "Labour's fracture"), "a fracture in the coalition", "a fracture of the pipe" name no person or part.
 */
const FRACTURE = /^fractures?$/i;
const OWNED_BEFORE =
  /\b(?:my|his|her|your|their|our)\s+(?:(?:first|second|third|latest|old|new|recent|last|previous|stress|hairline|bad|nasty|avulsion|ankle|wrist|leg|arm)\s+){0,2}$/i;
/** Parts a fracture is of or to: bones and places of a body, after a person's word or "the". */
const BODY_PART = String.raw`(?:(?:left|right|upper|lower)\s+)?(?:growth\s+plates?|bones?|pelvis|hips?|spine|vertebrae?|ribs?|skull|collarbone|clavicle|wrists?|arms?|elbows?|hands?|fingers?|thumbs?|shoulders?|ankles?|legs?|foot|feet|shins?|knees?|kneecaps?|tibia|fibula|femur|toes?|heels?|metatarsals?|patella|radius|ulna|humerus|scaphoid)`;
const PART_OF_AFTER = new RegExp(
  String.raw`^\s+(?:to|of|in|on)\s+(?:the|his|her|my|your|their|one)\s+${BODY_PART}\b`,
  'i',
);
/** Care that finds a fracture: "the X-ray showed a fracture", "the scan found no fracture". */
const FOUND_BY = /\b(?:x-?rays?|scans?|MRI|CT|orthop(?:a)?edic|plaster|splint|crutches|A&E|fracture\s+clinic)\b/i;
const FOUND_BEFORE = /\b(?:a|the|no|any)\s+(?:(?:small|tiny|hairline|clear|possible|stress)\s+)?$/i;
/** A group's or a thing's fracture in the sentence: a party, a coalition, a pipe, the ice. */
const NOT_BODY =
  /\b(?:party|parties|coalition|alliance|union|society|community|movement|team|club|church|market|economy|pipes?|glass|ice|rock|rocks|concrete|wall|walls|plate\s+tectonics|fault|shale|well|wells)\b/i;

/** Is `match` "fracture(s)" said of a person's or a body's broken bone in its sentence `[from, to)`? */
function isOwnFractureNoun(text: string, match: RawMatch, [from, to]: [number, number]): boolean {
  const sentence = text.slice(from, to);
  if (NOT_BODY.test(sentence)) return false;
  const before = text.slice(Math.max(from, match.start - 40), match.start);
  const after = text.slice(match.end, Math.min(to, match.end + 40));
  return (
    OWNED_BEFORE.test(before) || PART_OF_AFTER.test(after) || (FOUND_BEFORE.test(before) && FOUND_BY.test(sentence))
  );
}

/** Is `match` "fractured" said of a person's own bone in its sentence `[from, to)`, or a fracture a person's? */
export function isOwnFracture(text: string, match: RawMatch, [from, to]: [number, number]): boolean {
  if (FRACTURE.test(text.slice(match.start, match.end))) return isOwnFractureNoun(text, match, [from, to]);
  if (!FRACTURED.test(text.slice(match.start, match.end))) return false;
  const before = text.slice(Math.max(from, match.start - 40), match.start);
  const after = text.slice(match.end, Math.min(to, match.end + 40));
  if (OWNER_BEFORE.test(before) && PART_AFTER.test(after)) return true;
  return (
    (PERSON_BEFORE.test(before) || ASKED_BEFORE.test(before)) && BODY_AFTER.test(after) && !NOT_BODY_AFTER.test(after)
  );
}

/** Could the block say so (a "fractured" or "fracture" form)? Asked before sentences are read. */
export const mayBeOwnFracture = (text: string, match: RawMatch): boolean =>
  /^fracture[sd]?$/i.test(text.slice(match.start, match.end));
