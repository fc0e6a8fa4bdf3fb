/**
 * Numb as a feeling, not a leg's loss of it: "the story's ending left me numb", "it felt numb, that
 * whole week of news", "we went numb when the verdict came". A person (or "it", a time) said to feel
 * or be left numb, in a sentence that names what moves the heart — a story, the news, a loss — is
 * grief or shock; the red rule read a foot or an ankle nearby as its anchor (two false reds in the
 * corpus, everyday.redhunt and everyday.pointback). Dropped before the sense rules read the block.
 * Not when the numbness has a place ("left me numb in my left foot", "numb from the waist down") or
 * a part is its subject ("my leg went numb when I heard the news"): the red rule decides then.
 * The cause may be in the sentence before where a person feels it and that sentence names no part
 * ("The verdict came in. I felt numb for days": the falsered15 round).
 */
import type { RawMatch } from './apply-sense.ts';
import { sentenceAround, sentenceBefore } from './sentence-around.ts';
import { isFormShaped, withoutUses } from './without-uses.ts';
import { LEG_PART } from './leg-part.ts';

/** "left me", "I felt", "it went so": a person or "it" left or feeling numb, no part named; `who` says who may feel. */
const feelerBefore = (who: string) =>
  new RegExp(
    String.raw`\b(?:(?:left|leaves|leaving|leave)\s+(?:me|us|him|her|them|everyone|everybody)|(?:${who})\s+(?:just\s+|still\s+)?(?:felt|feel|feels|feeling|went|go|goes|was|were|am|are|is|['’]m|['’]re|['’]s))\s+(?:(?:so|completely|totally|utterly|just|quite|a\s+bit|kind\s+of|sort\s+of|all)\s+)?$`,
    'i',
  );
const FEELER_BEFORE = feelerBefore('i|we|he|she|they|it|everyone|everybody');
/** A person left or feeling numb, not "it" (the foot named before, maybe): "I felt ", "left us ". */
const PERSON_BEFORE = feelerBefore('i|we|he|she|they|everyone|everybody');
/** A place for the numbness: "numb in my foot", "numb from the knee down", "numb to the touch". */
const PLACE_AFTER = /^\s+(?:in|from|down|below|up|on|around|to\s+the\s+touch)\b/i;
/** What moves the heart: a story, the news, a loss. */
const MOVING =
  /\b(?:news|headlines?|stor(?:y|y['’]s|ies)|ending|films?|movies?|books?|novels?|episodes?|series|song|album|letter|verdict|jury|funeral|grief|griev\w*|lost\s+the|death|died|passed\s+away|break-?up|divorce|defeat|election|heartbreak\w*)\b/i;

/** The matches that are not numb as a feeling. */
export function withoutNumbFeelings(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isNumbFeeling);
}

/** Is `match` "numb" said of a person's (or a time's) feeling, beside what moved them? */
export function isNumbFeeling(text: string, match: RawMatch): boolean {
  if (!isFormShaped(text, match, 'n', 4)) return false;
  if (!/^numb$/i.test(text.slice(match.start, match.end))) return false;
  if (!FEELER_BEFORE.test(text.slice(Math.max(0, match.start - 50), match.start))) return false;
  if (PLACE_AFTER.test(text.slice(match.end, match.end + 20))) return false;
  if (MOVING.test(sentenceAround(text, match))) return true;
  // "The election results came in at midnight. I felt numb for days": the cause said just before,
  // only for a person's feeling ("it went numb" after the news may be the foot named there) and
  // only where that sentence names no part ("Got the letter about my leg. I felt numb.").
  if (!mayBeFeelingOfBefore(text, match)) return false;
  const before = sentenceBefore(text, match);
  return MOVING.test(before) && !LEG_PART.test(before);
}

/**
 * Could `match` be a person's numb feeling whose cause is said before, by its own sentence alone:
 * "numb" after "I felt" or "left me", with no place after it? (cause-before.ts asks the page for
 * the block before only then.)
 */
export function mayBeFeelingOfBefore(text: string, match: RawMatch): boolean {
  if (!isFormShaped(text, match, 'n', 4)) return false;
  if (!/^numb$/i.test(text.slice(match.start, match.end))) return false;
  if (!PERSON_BEFORE.test(text.slice(Math.max(0, match.start - 50), match.start))) return false;
  return !PLACE_AFTER.test(text.slice(match.end, match.end + 20));
}
