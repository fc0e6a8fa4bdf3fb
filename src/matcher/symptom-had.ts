import type { RawMatch } from './apply-sense.ts';
import { isSymptomNoun } from './symptom-list.ts';
import { isOfNature, isOfOtherThing } from './symptom-pair.ts';

/**
 * The symptom nouns a person is said to have, get or notice, each with the verbs that say so:
 * "I noticed swelling", "started having swelling", "you can develop numbness", "when I began
 * experiencing pins and needles" (the held10 round's posts that name no part of the body). Numbness
 * only got or noticed: grief's and trauma's numbness is had, experienced and developed ("after the
 * funeral I had numbness for weeks", "people often experience numbness after trauma"); tingling
 * only noticed or developed (ASMR's tingling is experienced); pins and needles never had (the
 * wait's: "we had pins and needles until the result"). Not tenderness, weakness, warmth or redness,
 * the most ambiguous forms (issue 11 §2), nor adjectives ("I get swollen", "I felt numb").
 */
const HAVE = 'have|has|had|having|get|gets|got|getting';
const GET = 'get|gets|getting';
const NOTICE = 'notice|notices|noticed|noticing';
const DEVELOP = 'develop|develops|developed|developing';
const EXPERIENCE = 'experience|experiences|experienced|experiencing';
const verbs = (...groups: string[]) => new RegExp(`^(?:${groups.join('|')})$`, 'i');
const HAD_WORD: ReadonlyMap<string, RegExp> = new Map([
  ['swelling', verbs(HAVE, NOTICE, DEVELOP, EXPERIENCE)],
  ['bruising', verbs(HAVE, NOTICE, DEVELOP)],
  ['bruises', verbs(HAVE, NOTICE)],
  ['numbness', verbs(GET, NOTICE)],
  ['tingling', verbs(NOTICE, DEVELOP)],
  ['pins and needles', verbs(GET, DEVELOP, EXPERIENCE)],
]);

/**
 * Before the form: a person ("I", "we", "you", "he", "she", "they", patients, people), up to three
 * words of time, degree or a helping verb ("first started", "may also", "began"), the verb, and one
 * word of amount or none ("some", "a little", "the same", "no").
 */
const HAD_BEFORE = new RegExp(
  String.raw`\b(?:I|I['’]ve|I['’]d|we|we['’]ve|you|you['’]ve|he|she|they|they['’]ve|patients|people)` +
    String.raw`(?:\s+(?:also|still|often|sometimes|just|now|then|first|usually|may|might|can|could|will|would|even|really|never|always|already|again|started|start|starts|began|begin|keep|kept|been|to|am|was|is|are|were|did|do|does))*` +
    String.raw`\s+([a-z]+)(?:\s+(?:some|any|a little|a bit of|mild|slight|more|less|the same|severe|persistent|occasional|constant|bad|much|no|new))?\s+$`,
  'i',
);

/**
 * After the form, what a feeling is about or with: "numbness to the news", "tingling with
 * excitement"; not a time ("swelling about a year after the surgery").
 */
const FEELING_AFTER =
  /^[\s\u00a0]+(?:to|towards?|with|over|at|about(?![\s\u00a0]+(?:a|an|one|two|three|four|five|six|ten|\d+)\b))\b/i;

/**
 * Is `match` a symptom a person is said to have or notice ("But the other day I noticed
 * swelling")? It anchors itself, in the normal colour: it names no part, so no leg. Read only in
 * its sentence `[from, to)`; what it is of or where after it must be a body's ("I noticed swelling
 * in the walls" is not: symptom-pair.ts), nor may the sentence name plants, the sea or the sky ("I
 * noticed swelling after I watered the plant"); another region is read later (other-region.ts).
 */
export function isSymptomHad(text: string, match: RawMatch, [from, to]: [number, number]): boolean {
  const verbs = HAD_WORD.get(
    text
      .slice(match.start, match.end)
      .toLowerCase()
      .replace(/[\s\u00a0-]+/g, ' '),
  );
  if (!verbs || !isSymptomNoun(text, match.start, match.end, to)) return false;
  const verb = HAD_BEFORE.exec(text.slice(Math.max(from, match.start - 80), match.start))?.[1];
  if (verb === undefined || !verbs.test(verb)) return false;
  const after = text.slice(match.end, to);
  return !FEELING_AFTER.test(after) && !isOfOtherThing(after) && !isOfNature(text, [from, to]);
}

/** Could a block say a symptom is had (a verb of having or noticing before such a word)? Asked before sentences are read. */
export const mayBeHad = (text: string): boolean => MAY_BE_HAD.test(text);

const MAY_BE_HAD =
  /\b(?:ha(?:ve|s|d|ving)|get(?:s|ting)?|got|notic\w*|develop\w*|experienc\w*)\s+(?:[a-z]+\s+){0,3}?(?:numbness|tingling|pins and needles|swelling|bruising|bruises)\b/i;
