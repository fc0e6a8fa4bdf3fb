/**
 * The form is said of something named before: "it was swollen and ", "they're so ", "if it's
 * swollen, warm and ", "the area feels ". The pointing word, a verb of being or feeling, a word of
 * degree, then the form or a list that ends in it; denied too ("they aren't numb, or tingly, or
 * swollen": a denial names the sign as a report does, the blow16 round). Not any word between: "It's a stretch to say",
 * "It was the swollen river", "this weekend it's all about tender pork" say nothing of a leg.
 */
export const SAID_OF_IT = new RegExp(
  String.raw`\b(?:(?:it|they|mine|this one|that one|the area|the spot)` +
    String.raw`(?:['’]s|['’]re|\s+(?:is|are|was|were|has|have|had|gets?|got|feels?|felt|looks?|looked|seems?|went|goes|became|turned|stays?|stayed|keeps?|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|(?:don['’]t|doesn['’]t|didn['’]t)\s+(?:feel|look)))|its)` +
    String.raw`(?:\s+(?:been|getting|feeling|looking|not|so|really|very|quite|still|also|now|even|kind of|a bit|a little|more|all))*` +
    String.raw`\s+(?:(?:(?:or|and|nor)\s+)?[a-z]+(?:,|\s+and|\s+or)\s+){0,4}(?:or\s+|nor\s+)?(?:(?:so|really|very|quite|also|still|a bit|a little|kind of)\s+)?$`,
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
