/**
 * The form is said of something named before: "it was swollen and ", "they're so ", "if it's
 * swollen, warm and ", "the area feels ". The pointing word, a verb of being or feeling, a word of
 * degree or of how often ("they are always hot, red, and swollen by bedtime", the eighteenth
 * session), then the form or a list that ends in it, an Oxford comma's "and" too; denied too ("they aren't numb, or tingly, or
 * swollen": a denial names the sign as a report does, the blow16 round). Not any word between: "It's a stretch to say",
 * "It was the swollen river", "this weekend it's all about tender pork" say nothing of a leg.
 */
export const SAID_OF_IT = new RegExp(
  String.raw`\b(?:(?:it|they|mine|this one|that one|the area|the spot)` +
    String.raw`(?:['’]s|['’]re|\s+(?:is|are|was|were|has|have|had|gets?|got|feels?|felt|looks?|looked|seems?|went|goes|became|turned|stays?|stayed|keeps?|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|(?:don['’]t|doesn['’]t|didn['’]t)\s+(?:feel|look)))|its)` +
    String.raw`(?:\s+(?:been|getting|feeling|looking|not|so|really|very|quite|still|also|now|even|kind of|a bit|a little|more|all|always|often|usually|sometimes|constantly|slightly|visibly))*` +
    String.raw`\s+(?:(?:(?:or|and|nor)\s+)?[a-z]+(?:,|\s+and|\s+or)\s+){0,4}(?:or\s+|nor\s+|and\s+)?(?:(?:so|really|very|quite|also|still|a bit|a little|kind of)\s+)?$`,
  'i',
);

/**
 * "its" right before the form: phone-typed "it's" before a state ("my calf is sore. its swollen and
 * warm now"), the possessive before a noun ("the river and its swelling").
 */
export const ITS_BEFORE = /\bits\s+$/i;

/**
 * A state of "it" or "they" measured against another time, which `SAID_OF_IT` leaves out: "Should it
 * be this swollen?", "It's a bit less numb each week", "they're no less puffy".
 */
export const COMPARED_OF_IT =
  /\b(?:it|they)(?:['’]s|['’]re|\s+(?:be|is|are|was|were|feels?|felt|looks?|looked|seems?))\s+(?:(?:a\s+bit|a\s+little|much|any|even|no|still)\s+)?(?:this|that|so|too|less|more)\s+$/i;

/** "it" or "they" right before the sign, a word of time or degree between or not: "It swells up", "it still tingles". */
const IT_SUBJECT =
  /(?:^|[\s\u00a0])(?:it|they)[\s\u00a0]+(?:(?:still|also|now|always|sometimes|often|just|only|really|even|usually|then)[\s\u00a0]+)?$/i;
/** The signs that are verbs of their own: "swells", "tingles", "cramps", "spasms", "twitches". */
const SIGN_VERB = /^(?:swell|swells|swelled|tingle|tingles|tingled|cramps|cramped|spasms|spasmed|twitches|twitched)$/i;
/** A word after the verb that makes it another sense's: an object ("It cramps our style"), "with" ("it swells with pride"). */
const NOT_A_SIGN_AFTER = /^[\s\u00a0]+(?:the|your|my|his|her|their|our|its|us|me|him|them|with|into|to)\b/i;

/**
 * "I broke my ankle in March. It swells up by evening.": the sign said as the verb of "it" or
 * "they" at its sentence's start, which `SAID_OF_IT` (a verb of being or feeling before a state)
 * leaves out (the block17 grid: every such post was unmarked). The rules that read it back
 * (sentence-before.ts, line-before.ts) lend only the sentence right before, in the normal colour.
 */
export function isSignVerbOfIt(
  text: string,
  match: { start: number; end: number },
  sentence: [number, number],
  lead: string,
): boolean {
  if (!SIGN_VERB.test(text.slice(match.start, match.end)) || !IT_SUBJECT.test(lead)) return false;
  if (text.slice(sentence[0], match.start).trim().split(/\s+/).length > 3) return false;
  return !NOT_A_SIGN_AFTER.test(text.slice(match.end, sentence[1]));
}
