/**
 * Fitting guides and product pages say how a boot, a shoe or a pair of jeans fits the body: "if the
 * boot feels tight across the toes, go up half a size", "they should feel snug but not tight across
 * your toes", "Tight around the calf? Try the wide-fit boot". The toes, the ankle or the calf named
 * there anchored "tight" to the muscle-stiffness card; and "young feet are tender and easily hurt, so
 * cleats need padding" (delicate) got the tenderness card, red (issue 11, the fit round: docs/sense.md
 * "Fit and sizing"). worn-uses.ts reads the worn thing right before or after the form; this reads the
 * wider shapes of fit: a pronoun standing for the worn thing, "tight" placed on a part by a
 * preposition where nothing of the body is its subject, and a child's tender feet. What decides is
 * the subject of "tight": a garment (or "they" after one) is tight on the calf; "my calves felt tight
 * in the new shoes" is the muscle. These uses are dropped before any sense rule reads the block, so
 * they neither mark nor anchor. Only forms whose text is "tight", "tighter" or "tender" are read.
 */
import type { RawMatch } from './apply-sense.ts';
import { WORN } from './worn-uses.ts';
import { FITTED } from './fit-words.ts';
import { isStretchHeld, isTightFitTalk } from './fit-talk.ts';
import { withoutUses } from './without-uses.ts';
import { MAX_SENTENCE, lastIndexNear } from './long-sentence.ts';

const TIGHT_FORM = /^tight(?:er)?$/i;
const TIGHTNESS_FORM = /^tightness$/i;
const STRETCH_FORM = /^stretch$/i;
const TENDER_FORM = /^tender$/i;

const FITTED_WORD = new RegExp(String.raw`\b${FITTED}\b`, 'i');

/** A part the worn thing sits on, or a side of it: "across your toes", "around the calf", "at the front". */
const FIT_PLACE = new RegExp(
  String.raw`^\s+(?:across|around|round|at|on|in|through|over|along|against|under)\s+(?:(?:the|your|my|his|her|their|a|both|each)\s+)?(?:(?:left|right|big|little|upper|lower|whole)\s+)?` +
    String.raw`(?:toes?|toe\s*box|forefoot|midfoot|instep|foot|feet|ankles?|heels?|calf|calves|shins?|thighs?|knees?|hips?|waist|bum|seat|top|front|back|sides?|width|widest\s+part)\b`,
  'i',
);

/** Words between a subject and the form: being, feeling, helping verbs, degree, "snug but not". */
const STATE = String.raw`(?:is|are|was|were|be|been|being|feels?|felt|feeling|fits?|fit|gets?|got|getting|seems?|looks?|stays?|will|would|should|shouldn['’]t|must|can|could|may|might|do|does|not|never|ever|too|so|very|quite|a\s+bit|a\s+little|slightly|still|always|rather|at\s+all|[a-z]+\s+(?:but|and|or)(?:\s+not)?)`;

/** A pronoun subject, then the state words: "they should feel snug but not ", "it's a bit ". */
const PRONOUN_BEFORE = new RegExp(
  String.raw`\b(?:they|it|these|those|this\s+one|that\s+one)(?:['’]re|['’]s)?\s+(?:${STATE}\s+){0,5}$`,
  'i',
);

/** "nothing should feel ", "anything that is ": no part is the subject. */
const NOTHING_BEFORE = new RegExp(
  String.raw`\b(?:nothing|anything|none\s+of\s+it)\s+(?:that\s+)?(?:${STATE}\s+){0,5}$`,
  'i',
);

/** A part of the body or a person as the subject: "my calves felt ", "I feel ", "your feet get ". */
const BODY_SUBJECT =
  /\b(?:i|i['’]m|i['’]ve|we|you|he|she|legs?|feet|foot|toes?|knees?|ankles?|calf|calves|shins?|thighs?|heels?|hamstrings?|muscles?|achilles|quads?|hips?)\b/i;
/** Words of sizing and adjusting, which a lead that names no subject needs after the form. */
const FIT_TALK =
  /\b(?:sizes?|sizing|narrow|wider|roomier|loosen|adjust|adjustable|buckles?|laces|shafts?|fit|fitting|too\s+(?:small|short|tight|snug))\b/i;
const FIRST_PERSON = /\b(?:i|i['’]m|i['’]ve|my|me|mine)\b/i;
/** Places after the worn thing, where it is worn or roomy: "on my knee", "in the thigh", "around the left ankle". */
const WORN_ON =
  /\b(?:on|in|at|around|round|over|under|below|above|across|through)\s+(?:(?:my|your|his|her|their|the|one|both)\s+)?(?:(?:left|right|bad|sore)\s+)?[a-z]+/gi;
/** Worn things named in the sentence before the pronoun, nearest last. */
const FITTED_ALL = new RegExp(String.raw`\b${FITTED}\b`, 'gi');

/**
 * A child's feet or skin, which are tender as in delicate: "young feet are tender", "a baby's toes
 * are tender", "children's skin is tender and easily hurt". Also "tender and easily hurt".
 */
const YOUNG_PART_BEFORE =
  /\b(?:young|little|small|growing|newborn|children['’]s|kids['’]?|child['’]s|baby['’]s|babies['’]|toddlers?['’]s?|infants?['’]s?)\s+(?:(?:skin|feet|foot|toes|heels|legs)\s+(?:and\s+)?)+(?:is|are|can\s+be|may\s+be|stay|remain)\s+(?:still\s+|very\s+|so\s+|quite\s+)?(?:[a-z]+\s+and\s+)?$/i;
const DELICATE_AFTER = /^\s+and\s+(?:easily|quickly)\s+(?:hurt|harmed|damaged|injured|blistered|rubbed)\b/i;

/** The matches that are not "tight" said of a fit or "tender" said of a child's delicate feet. */
export function withoutFitUses(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isFitUse);
}

/** Is `match` "tight" said of how something worn fits, or "tender" said of a child's feet? */
export function isFitUse(text: string, match: RawMatch): boolean {
  // Asked of every form of every block: length and first letter first, so others cost no slice.
  const length = match.end - match.start;
  if (length < 5 || length > 9) return false;
  const first = text.charCodeAt(match.start) | 0x20;
  if (first !== 0x74 && first !== 0x73) return false;
  const form = text.slice(match.start, match.end);
  if (first === 0x73)
    return STRETCH_FORM.test(form) && (isFabricStretch(text, match) || isStretchHeld(text, match.start, match.end));
  if (TENDER_FORM.test(form)) return isDelicate(text, match);
  const isNoun = TIGHTNESS_FORM.test(form);
  if (!isNoun && !TIGHT_FORM.test(form)) return false;
  const from = sentenceStart(text, match.start);
  const lead = text.slice(from, match.start);
  // Fit talk with no subject before the form: "…, but not too tight", "Tight at the Toe Box" (fit-talk.ts).
  if (isTightFitTalk(text, match.start, match.end, lead, text.slice(sentenceStart(text, from - 2), from))) return true;
  const pronoun = PRONOUN_BEFORE.exec(lead);
  // "When you try ski boots on, they should feel snug but not tight": the pronoun stands for the
  // worn thing named before it, with no part of the body named between.
  if (pronoun && !isNoun) return lastNamed(lead.slice(0, pronoun.index)) === FITTED_LAST;
  // "…the front of the boot when you stand, and nothing should feel tight across the forefoot".
  if (!isNoun && NOTHING_BEFORE.test(lead) && FITTED_WORD.test(lead)) return true;
  if (!FIT_PLACE.test(text.slice(match.end, match.end + 40))) return false;
  // "the boot feels tight across the toes" is the boot's; "my calves felt tight across the back" the
  // calves'. A lead that names neither ("Tight around the calf? Try the wide-fit boot.") takes the
  // fit from the rest of its sentence and the next.
  const named = lastNamed(lead);
  if (named !== NEITHER) return !isNoun && named === FITTED_LAST;
  // Not where a person speaks of themself: "Feels tight around the calf when I run in my new shoes".
  const next = text.slice(match.end, match.end + MAX_SENTENCE).search(/[.?!](?:\s|$)/);
  const rest = text.slice(match.end, match.end + (next < 0 ? MAX_SENTENCE : next + 120));
  return FITTED_WORD.test(rest) && FIT_TALK.test(rest) && !FIRST_PERSON.test(rest);
}

/** Where the sentence holding `at` starts: after the last stop or line break before it (0 if `at` < 0). */
function sentenceStart(text: string, at: number): number {
  if (at <= 0) return 0;
  return Math.max(
    lastIndexNear(text, '. ', at) + 1,
    lastIndexNear(text, '? ', at) + 1,
    lastIndexNear(text, '! ', at) + 1,
    lastIndexNear(text, '\n', at) + 1,
  );
}

const NEITHER = 0;
const FITTED_LAST = 1;
const BODY_LAST = 2;

/** Which of the worn things and the body's parts (or a person) `lead` names last, if any. */
function lastNamed(lead: string): number {
  let fitted = -1;
  for (const found of lead.matchAll(FITTED_ALL)) fitted = found.index + found[0].length;
  if (fitted < 0) return BODY_SUBJECT.test(lead) ? BODY_LAST : NEITHER;
  // "a brace on my knee and it's tight", "roomy in the thigh and tight": a part after a preposition
  // is the worn thing's place, not a subject.
  return BODY_SUBJECT.test(lead.slice(fitted).replace(WORN_ON, '')) ? BODY_LAST : FITTED_LAST;
}

/**
 * "stretch" said of a fabric: "stretch denim", "four-way stretch leggings", "a jean with stretch
 * through the thigh and calf", and of a bandage or hosiery, "a short-stretch bandage" (the tissue17
 * round: a held-out article's compression advice). Only right after the garment: "start with stretch work for the calves"
 * is the exercise.
 */
const FABRIC_BEFORE = new RegExp(
  String.raw`\b(?:(?:two|four|2|4)[-\s]way|(?:${WORN}|jeans?|denim|fabrics?|cotton|chinos)\s+with(?:\s+(?:a\s+bit\s+of|a\s+little|some|more|added|extra|plenty\s+of))?)\s+$`,
  'i',
);
const FABRIC_AFTER =
  /^\s+(?:denim|fabrics?|materials?|cotton|jersey|twill|knit|panels?|waist(?:band)?s?|jeans|trousers|pants|leggings|chinos|fit|bandages?|wraps?|hosiery|stockings?)\b/i;

function isFabricStretch(text: string, match: RawMatch): boolean {
  return (
    FABRIC_AFTER.test(text.slice(match.end, match.end + 20)) ||
    FABRIC_BEFORE.test(text.slice(Math.max(0, match.start - 40), match.start))
  );
}

/** "young feet are tender", "tender and easily hurt": delicate, not sore to the touch. */
function isDelicate(text: string, match: RawMatch): boolean {
  const before = text.slice(Math.max(0, match.start - 60), match.start);
  return YOUNG_PART_BEFORE.test(before) || DELICATE_AFTER.test(text.slice(match.end, match.end + 40));
}
