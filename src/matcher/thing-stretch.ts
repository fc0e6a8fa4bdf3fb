/**
 * A thing that stretches: a boot, its leather or a sock that gives with wear ("leather boots rarely
 * stretch or break in", "the socks stretched after a wash"), and time or a road that runs on ("the
 * hours stretching endlessly before you", "the road stretched ahead"). The stretching card explains
 * the exercise, whose subject is a person and whose object is a part; fitting guides and travel pages
 * said these, and a foot or a calf in the same sentence anchored them (issue 11, the fit-page round:
 * docs/sense.md "Fitting pages and period posts"). tissue-stretch.ts reads a tissue's stretch, and
 * fit-uses.ts a fabric's ("stretch denim"). These uses are dropped before any sense rule reads the
 * block, so they neither mark nor anchor. Only forms whose text is "stretch", "stretches",
 * "stretched" or "stretching" are read.
 */
import type { RawMatch } from './apply-sense.ts';
import { FITTED } from './fit-words.ts';
import { isFormShaped, withoutUses } from './without-uses.ts';
import { lastIndexNear, stopAfter } from './long-sentence.ts';

const STRETCH_FORM = /^stretch(?:es|ed|ing)?$/i;

/** Adverbs and helping verbs between a subject and its verb: "will eventually", "rarely", "do not". */
export const HELPERS = String.raw`(?:(?:will|would|can|could|may|might|should|do|does|did|don['’]t|doesn['’]t|won['’]t|not|never|rarely|seldom|hardly|barely|usually|often|always|also|eventually|gradually|slowly|naturally|tend\s+to|a\s+bit|a\s+little|slightly)\s+)`;

export const MATERIAL = String.raw`(?:leather|suede|canvas|mesh|knit|fabric|material|elastic|wool|merino|cotton|nylon|lycra|spandex|neoprene)`;
/** What is worn, or what it is made of, right before the verb: "leather boots rarely ", "socks in merino ", "the upper will ". */
const WORN_SUBJECT = new RegExp(
  String.raw`\b(?:${FITTED}|${MATERIAL})(?:\s+(?:in|of|with|made\s+(?:of|from))\s+${MATERIAL})?\s+${HELPERS}{0,3}['‘’"“]?$`,
  'i',
);
/** "they" or "it" right before the verb, standing for a worn thing named before it in the sentence. */
const PRONOUN_SUBJECT = new RegExp(String.raw`\b(?:they|it)\s+${HELPERS}{0,3}['‘’"“]?$`, 'i');
const FITTED_WORD = new RegExp(String.raw`\b${FITTED}\b`, 'i');
/** A person or a part after the verb, its object, or the exercise's time: "stretch your calves", "stretch before a run". */
const EXERCISE_AFTER =
  /^['’"”]?\s+(?:(?:out\s+)?(?:my|your|his|her|their|our|the|each|both)\s+(?:[a-z]+\s+)?(?:calf|calves|legs?|muscles?|hamstrings?|achilles|feet|foot|toes|thighs?|quads?|back|hips?)\b|before|after|every|daily|regularly|gently|for\s+\d)/i;
/** No muscle or exercise in the sentence: "Runners in these shoes say they stretch their calves after" stays. */
const MUSCLE = /\b(?:muscles?|hamstrings?|calf|calves|exercises?|yoga|warm[\s-]?up)\b/i;

/** Time or a road running on: "the hours stretching", "the road stretched", "those days stretch". */
const EXTENT_SUBJECT =
  /\b(?:the|those|these|its|long|endless|empty)\s+(?:(?:long|endless|empty|dark|lonely)\s+)?(?:hours|days|weeks|months|years|nights|minutes|road|roads|path|trail|queue|line|beach|coast(?:line)?|river|horizon|shadows?|fields?|plains?)\s+(?:(?:seemed\s+to|seem\s+to|that|which|just|now|still)\s+)?$/i;

/** A time it runs on into: "the talks stretched past midnight", "the meeting stretched into the evening". */
const LATE_AFTER =
  /^\s+(?:well\s+)?(?:past|into|until|till|through|beyond)\s+(?:midnight|dawn|the\s+(?:night|evening|early\s+hours|small\s+hours|weekend|next\s+day)|\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|o['’]clock))/i;

/** The matches that are not a worn thing's, a time's or a road's stretch. */
export function withoutThingStretches(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isThingStretch);
}

/** Is `match` a form of "stretch" said of a worn thing, its material, time or a road? */
export function isThingStretch(text: string, match: RawMatch): boolean {
  if (!isFormShaped(text, match, 's', 7, 10)) return false;
  if (!STRETCH_FORM.test(text.slice(match.start, match.end))) return false;
  const from = Math.max(0, lastIndexNear(text, '. ', match.start) + 1, lastIndexNear(text, '\n', match.start) + 1);
  const lead = text.slice(Math.max(from, match.start - 80), match.start);
  if (EXTENT_SUBJECT.test(lead)) return true;
  if (LATE_AFTER.test(text.slice(match.end, match.end + 40))) return true;
  const sentence = text.slice(from, stopAfter(text, match.end, /[.?!](?:\s|$)/));
  if (EXERCISE_AFTER.test(text.slice(match.end, match.end + 40)) || MUSCLE.test(sentence)) return false;
  if (WORN_SUBJECT.test(lead)) return true;
  // "Hiking boots protect your feet, which means they rarely stretch": the pronoun's worn thing.
  const pronoun = PRONOUN_SUBJECT.exec(lead);
  return pronoun !== null && FITTED_WORD.test(text.slice(from, match.start - lead.length + pronoun.index));
}
