/**
 * The muscle-stiffness card explains a stiff or tight muscle ("my calves are so tight", "a stiff
 * hamstring"). Said of a joint, a tendon, fascia, skin or the IT band, "stiff" and "tight" are
 * another thing: arthritis's "joint stiffness", "stiff knees in the morning", "a tight IT band",
 * "tight skin over the swelling" (issue 11, the tissue round: docs/sense.md "A tissue's stretch, a
 * joint's stiffness"). The negative contexts listed such phrases one at a time ("knees are stiff",
 * "stiff ankle") and hid the joint's frame from the other forms; this reads the shape: the form
 * said of the part as its adjective, its state or its noun's place. These uses are dropped before
 * any sense rule reads the block, so they neither mark nor anchor, and the part still anchors the
 * rest. Only forms whose text is "stiff" or "tight" (with "-er" or "-ness") are read.
 */
import type { RawMatch } from './apply-sense.ts';
import { withoutUses } from './without-uses.ts';
import { lastIndexNear, stopAfter } from './long-sentence.ts';

const STIFF_FORM = /^(?:tight|stiff)(?:er|ness)?$/i;

/**
 * Stiffness beside or after a joint is the joint's, which is no muscle's stiffness ("Knee replacement
 * six weeks ago… The stiffness is worst in the morning", "Stiffness and pain: arthritis can cause
 * joint stiffness").
 */
export const STIFFNESS = /^(?:stiffness|tightness)/i;
export const JOINT = /\b(?:knees?|ankles?|hips?|joints?|replacement|arthritis)\b/i;

/**
 * A joint or a tissue that is not a muscle. Hips are stiff as a joint but tight as their flexor
 * muscles ("tight hips" in yoga), so they count only for "stiff".
 */
const PART = String.raw`(?:joints?|knees?|kneecaps?|ankles?|wrists?|elbows?|fingers?|toes?|big\s+toes?|achilles(?:\s+tendons?)?|tendons?|ligaments?|(?:plantar\s+)?fascia|skin|(?:it|iliotibial)\s+bands?|heel\s+cords?|heels?|scar(?:\s+tissue)?|cartilage|(?:joint\s+)?capsules?)`;
const STIFF_PART = String.raw`(?:${PART}|hips?(?!\s+flexors?))`;

/**
 * Words that describe a part between the form and it: "stiff, swollen knees", "stiff left knee",
 * "tight and shiny skin".
 */
const DESCRIBING = String.raw`(?:left|right|old|painful|sore|swollen|achy|aching|arthritic|creaky|inflamed|red|shiny|puffy|hot|bad|dodgy|wobbly|unstable|loose|cold|injured|torn|damaged)`;

/** The part as the form's subject: its noun, then words of being, feeling, time or degree, or a list. */
const STATE_WORDS = String.raw`(?:that|which|is|are|was|were|be|been|being|feels?|felt|feeling|stretched|pulled|drawn|gets?|got|getting|becomes?|became|looks?|seems?|stays?|goes|went|turns?|has|have|had|can|could|may|might|will|would|should|shouldn['’]t|must|not|never|do|does|don['’]t|doesn['’]t|this|often|always|still|now|so|really|very|quite|pretty|super|too|also|more|less|slightly|probably|likely|usually|normally|sometimes|soon|kind\s+of|a\s+bit|a\s+little|bit|[a-z]+s\s+and)`;
/**
 * Not where the part is the place of something else said before it ("the muscles around the knee
 * are tight", "the back of the knee is tight"), nor listed after a muscle ("my calves and knees are
 * stiff": the calves are too).
 */
const AFTER_MUSCLE = String.raw`(?<!\b(?:calf|calves|hamstrings?|muscles?|quads?|thighs?|legs?)\s*(?:,|and|&|or)\s+(?:(?:my|the|both)\s+)?)`;
const NOT_A_PLACE =
  String.raw`(?<!\b(?:around|of|in|on|behind|above|below|near|at|over|under|from|to)\s+(?:(?:the|my|your|his|her|their|both|a|one)\s+)?(?:(?:left|right)\s+)?)` +
  AFTER_MUSCLE;
/** Where on the body the part is: "the skin on my shins is tight", "the tendon at the back of the heel". */
const PLACE_AFTER = String.raw`(?:\s+(?:on|in|of|over|around|along|at|above|below)\s+(?:[a-z]+\s+){0,2}[a-z]+)?`;
export const PART_BEFORE = (part: string) =>
  new RegExp(
    String.raw`${NOT_A_PLACE}\b${part}${PLACE_AFTER}\s+(?:${STATE_WORDS}\s+){1,5}(?:[a-z]+(?:,|\s+and|\s+or)\s+){0,2}$` +
      // "Arthritis in both knees, they're stiff": a pointing word after the part, in its sentence.
      String.raw`|\b${part}\s*,\s+(?:they|it)(?:['’]re|['’]s|\s+(?:are|is|were|was|get|gets|feel|feels))\s+(?:${STATE_WORDS}\s+){0,3}$`,
    'i',
  );
const STIFF_BEFORE = PART_BEFORE(STIFF_PART);
const TIGHT_BEFORE = PART_BEFORE(PART);

/** The adjective before its part: "stiff knees", "a tight IT band", "stiff, swollen joints". */
export const adjectiveOf = (part: string) =>
  new RegExp(String.raw`^(?:,?\s+(?:and\s+)?${DESCRIBING}\b)*,?\s+${part}\b`, 'i');
const STIFF_ADJECTIVE = adjectiveOf(STIFF_PART);
const TIGHT_ADJECTIVE = adjectiveOf(PART);

/**
 * The noun after its part or before its place, maybe in a list: "knee stiffness", "joint pain and
 * stiffness", "stiffness in the ankles", "stiffness and swelling of the knee"; and the adjective
 * before its place, "stiff through your ankles" (the stretch-and-stiffness round). Not "behind the
 * knee", where the hamstring and the calf are.
 */
export const nounPlaceOf = (part: string) =>
  new RegExp(
    String.raw`^(?:\s*(?:,\s*(?:and|or)?|and|or)\s+[a-z]+)*\s+(?:in|of|around|across|at|over|through)\s+(?:(?:the|my|your|his|her|their|both|one|a|an|our)\s+)?(?:(?:left|right|lower)\s+)?${part}\b`,
    'i',
  );
const STIFF_PLACE = nounPlaceOf(STIFF_PART);
const TIGHT_PLACE = nounPlaceOf(PART);
/** A muscle's place after the noun wins over a joint before it: "ankle pain and tightness in the calf". */
const MUSCLE_PLACE =
  /^(?:\s*(?:,|and|or)\s+[a-z]+)*\s+(?:in|of|around|across|at|behind)\s+(?:(?:the|my|your|his|her|their|both|one|a|an|our)\s+)?(?:(?:left|right|lower|upper)\s+)?(?:calf|calves|hamstrings?|muscles?|quads?|thighs?|legs?|shins?)\b/i;
const MUSCLE_WORD = /\b(?:calf|calves|hamstrings?|muscles?|quads?|thighs?|legs?|shins?)\b/i;
const MUSCLE_SUBJECT = /\b(?:calf|calves|hamstrings?|muscles?|quads?|thighs?|legs?|shins?)\s+(?:[a-z'’]+\s+){0,3}$/i;
// "muscle and joint stiffness" is the muscles' too.
export const compoundOf = (part: string) =>
  new RegExp(String.raw`${AFTER_MUSCLE}\b${part}\s+(?:[a-z]+(?:,|\s+and|\s+or)\s+){0,2}$`, 'i');
const STIFF_COMPOUND = compoundOf(STIFF_PART);
const TIGHT_COMPOUND = compoundOf(PART);

/** The matches that are not a joint's or a tissue's stiffness. */
export function withoutJointStiffness(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isJointStiffness);
}

/** Is `match` "stiff" or "tight" said of a joint, a tendon, fascia, skin or the IT band? */
export function isJointStiffness(text: string, match: RawMatch): boolean {
  // Asked of every form of every block: length and first letter first, so others cost no slice.
  const length = match.end - match.start;
  if (length < 5 || length > 9) return false;
  const first = text.charCodeAt(match.start) | 0x20;
  if (first !== 0x74 && first !== 0x73) return false;
  const form = text.slice(match.start, match.end);
  if (!STIFF_FORM.test(form)) return false;
  const isStiff = first === 0x73;
  const before = text.slice(Math.max(0, match.start - 80), match.start);
  const after = text.slice(match.end, match.end + 50);
  if (HEEL_BACK.test(after) && !MUSCLE_SUBJECT.test(before)) return true;
  if (/ness$/i.test(form)) {
    if (MUSCLE_PLACE.test(after)) return false;
    // The sentence cut once for both tests (the cost16 round: it was cut again for the second).
    const sentence = sentenceOf(text, match);
    if ((isStiff && isJointDiseaseSentence(sentence)) || isCystOrNewJointSentence(sentence)) return true;
    return (
      (isStiff ? STIFF_COMPOUND : TIGHT_COMPOUND).test(before) || (isStiff ? STIFF_PLACE : TIGHT_PLACE).test(after)
    );
  }
  if ((isStiff ? STIFF_ADJECTIVE : TIGHT_ADJECTIVE).test(after) || (isStiff ? STIFF_BEFORE : TIGHT_BEFORE).test(before))
    return true;
  // "stiff through your ankles", "tight in the Achilles": the form placed in a joint or a tendon,
  // with no muscle named after it or as its subject ("stiff in my knees and calves", "calves tight
  // around the Achilles" are the calves').
  if ((isStiff ? STIFF_PLACE : TIGHT_PLACE).test(after) && !MUSCLE_WORD.test(after) && !MUSCLE_SUBJECT.test(before))
    return true;
  return isStiff && (STIFF_ACHE.test(after) || (PERSON_BEFORE.test(before) && isJointMoved(text, match)));
}

/**
 * The form placed at the back of the heel, the Achilles' place: "tightness in the back of the heel",
 * "tight at the back of my heel" (the precise16 round). "The back of my knee" is the calf's and the
 * hamstring's, as above, and "my calves feel tight in the back of my heel" the calves'.
 */
const HEEL_BACK =
  /^\s+(?:(?:deep\s+)?(?:in|at|around)\s+)(?:the\s+)?back\s+of\s+(?:the|my|your|his|her)\s+(?:(?:left|right)\s+)?(?:heels?|achilles)\b/i;

/**
 * A stiffness or a tightness where the sentence names a cyst or a replaced joint and no muscle or
 * leg: "a Baker's cyst can cause a feeling of tightness behind the knee", "some stiffness in a new
 * knee joint after replacement" (the precise16 round). The joint is named: "a popliteal cyst, which
 * explains the tightness when I squat" is labelled the muscle's (the corpus). "Calf tightness from a
 * Baker's cyst" is the calf's.
 */
const JOINT_NAMED = /\b(?:knees?|ankles?|hips?|joints?)\b/i;
const CYST_OR_NEW_JOINT =
  /\b(?:cysts?|(?:knee|hip|ankle|joint)\s+replacements?|replacement\s+(?:surgery|operation)|after\s+(?:(?:a|the|your|my|his|her)\s+)?replacement|arthroplasty|new\s+(?:knee|hip|ankle)(?:\s+joint)?|replaced\s+(?:knee|hip|ankle))\b/i;
function isCystOrNewJointSentence(sentence: string): boolean {
  return CYST_OR_NEW_JOINT.test(sentence) && JOINT_NAMED.test(sentence) && !MUSCLE_OR_LEG.test(sentence);
}

/**
 * A stiff ache placed in a joint or a heel: "a stiff, nagging ache deep in the back of my heel" (the
 * joint-sense round). "The back of my knee" is the hamstring's and the calf's, as above.
 */
const STIFF_ACHE = new RegExp(
  String.raw`^(?:\s*,?\s+(?:and\s+)?[a-z]+){0,2}\s*,?\s+(?:ache|pain)\s+(?:deep\s+)?(?:in|at|around)\s+` +
    String.raw`(?:the\s+back\s+of\s+(?:the|my|your|his|her)\s+(?:(?:left|right)\s+)?(?:heels?|achilles|ankles?)|(?:the|my|your|his|her)\s+(?:(?:left|right)\s+)?${STIFF_PART})\b`,
  'i',
);

/**
 * A person stiff where the sentence says which joint will not move: "I am very stiff and afraid to
 * move my foot", "I'm still stiff and can't bend my knee" (the joint-sense round). A muscle named
 * in the sentence keeps the card ("I'm stiff in the calves and can't bend my knee").
 */
const PERSON_BEFORE =
  /\b(?:I|I['’]m|we|we['’]re|he|she|they)\s+(?:(?:am|was|were|is|are|feel|felt|get|got|both|very|so|still|really|quite|pretty|too|a\s+bit|a\s+little)\s+){0,4}$/i;
const JOINT_MOVED =
  /\b(?:move|moving|bend|bending|flex|flexing|straighten|straightening|point|pointing|rotate|rotating|turn|turning)\s+(?:my|the|his|her|their|your)\s+(?:(?:left|right|injured|bad)\s+)?(?:foot|feet|ankles?|knees?|toes?|wrists?|elbows?)\b/i;
function isJointMoved(text: string, match: RawMatch): boolean {
  const sentence = sentenceOf(text, match);
  return JOINT_MOVED.test(sentence) && !MUSCLE_OR_LEG.test(sentence);
}

/** The sentence around `match`, read only for a few shapes: from the last ". " or "? " before it to the next stop. */
function sentenceOf(text: string, match: RawMatch): string {
  const from = Math.max(lastIndexNear(text, '. ', match.start), lastIndexNear(text, '? ', match.start)) + 1;
  return text.slice(from, stopAfter(text, match.end, /[.?!](?:\s|$)/));
}

/**
 * Arthritis's stiffness, where its sentence names a joint disease (or a tendon's or the fascia's,
 * the joint-sense round) or the hand's joints and no muscle or leg: "Symptoms of arthritis in the
 * hands include pain, stiffness and swelling", "the stiffness limits how far the fingers bend" (the
 * general-web round: docs/sense.md), "pain and stiffness … the calling card of Achilles tendinitis".
 */
const JOINT_DISEASE =
  /\b(?:arthritis|arthritic|osteoarthritis|rheumatoid|gout|bursitis|lupus|tend[io]nitis|tendinopathy|fasciitis|knuckles?|fingers?|thumbs?|wrists?)\b/i;
const MUSCLE_OR_LEG =
  /\b(?:muscles?|muscular|calf|calves|hamstrings?|quads?|thighs?|legs?|shins?|glutes?|back|neck|shoulders?)\b/i;
function isJointDiseaseSentence(sentence: string): boolean {
  return JOINT_DISEASE.test(sentence) && !MUSCLE_OR_LEG.test(sentence);
}
