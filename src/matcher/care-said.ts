import type { RawMatch } from './apply-sense.ts';
import { isSymptomNoun } from './symptom-list.ts';
import { isOfNature, isOfOtherThing } from './symptom-pair.ts';

/**
 * Care given to a body, said in the words posts use: a wound ("the incision"), its stitches or drain
 * coming out, the days after an operation ("post-op", "since my surgery", "after the op"), crutches,
 * statins or chemo someone is on, an injection site or one's own jab, an ice pack. Each is said so that it is a
 * patient's: "a drain on resources", "in stitches", "tight stitches", "statin makers", "the surgery
 * closures", "after surgery on its balance sheet" and "the chemo ward's new wing" are not (the
 * round's probe, `everyday.probe-anatomy14.txt`). Not a vaccine, a jab or a shot in general ("the
 * boxer's jab", "a shot of espresso", "an injection of cash", "vaccine makers"), tablets (a shop's), a cast (a play's) or icing (a cake's).
 */
const CARE = new RegExp(
  [
    String.raw`\bincisions?\b`,
    String.raw`\bstitch(?:es)?\s+(?:out|removed|taken\s+out|came\s+out)\b`,
    String.raw`\b(?:surgical\s+drains?|drains?\s+(?:came\s+out|out|(?:was|were)\s+(?:removed|taken\s+out)))\b(?!\s+of\b)`,
    String.raw`\bpost[\s-]?(?:op|operative|surgery|surgical)\b(?![\s-]+review)`,
    String.raw`\b(?:since|after)\s+(?:my|the|her|his)\s+(?:surgery|op|operation)\b`,
    String.raw`\b(?:on|off|my)\s+crutches\b`,
    String.raw`\b(?:on|my|take|takes|taking|took|started|starting|stopped|new)\s+statins\b`,
    String.raw`\b(?:my\s+chemo(?:therapy)?\b|(?:since|after|during|on|from)\s+chemo(?:therapy)?(?=[\s\u00a0]*(?:[,.;!?]|$)|\s+(?:started|began|ended|finished|and|I|my|the|it)\b))`,
    String.raw`\binjection\s+sites?\b`,
    // A jab or a shot only as the writer's ("after my jab"): "after the jab" is a boxer's as often.
    // Not the jab's news: "after the vaccine rollout", "an injection of cash".
    String.raw`\b(?:after|since|from)\s+(?:my\s+(?:jabs?|boosters?|vaccines?|vaccinations?|injections?|shots?)|the\s+(?:injections?|vaccines?|vaccinations?|boosters?))\b(?!\s+(?:of|roll-?outs?|programm?es?|campaigns?|makers?|stocks?|shares?|mandates?|passports?|drives?|cent(?:re|er)s?|hesitancy|supply|supplies|deals?|news|rows?|debates?|sales)\b)`,
    String.raw`\b(?:vaccine|jab|injection|needle)\s+went\s+in\b`,
    String.raw`\bice\s*packs?\b`,
  ].join('|'),
  'i',
);

/**
 * The forms care says of a body: swelling, bruising, numbness, tingling, cramp and a lump, named or said
 * as a state. Not tender, weak, warm, red, hot or tight, which a story, a market or a room are as
 * often ("after surgery, the surgeon's voice turns tender").
 */
const CARED_FORM =
  /^(?:swelling|swollen|puffy|puffiness|bruising|bruises?|bruised|numbness|numb|tingling|tingly|pins and needles|cramps?|cramping|crampy|lumps?|knots?)$/i;
/** Always a noun, beside care: "a hard knot where the vaccine went in", "the lump by the incision". */
const LUMP = /^(?:lumps?|knots?)$/i;
const STATE = /^(?:swollen|puffy|bruised|numb|tingly|crampy)$/i;
/** Before a state: a verb of being or becoming, perhaps words of degree ("is still a bit swollen", "stayed numb"). */
const STATE_BEFORE =
  /\b(?:is|are|was|were|been|stayed|stays|feels?|felt|gets?|got|looks?|went|goes|still|(?:swollen|puffy|bruised|numb|tingly),?\s+(?:and|or))(?:\s+(?:still|a bit|a little|really|so|very|quite|all|kind of|kinda))*\s+$/i;
/**
 * An "-ing" form after an article or "there is" and before an adverb is a noun too, where
 * isSymptomNoun reads no verb after it: "the swelling finally eased", "there is bruising all around".
 */
/** An "-ing" form after these is a verb: "the crowd was swelling", "costs keep swelling". */
const VERB_BEFORE = /(?<!\bthere\s)\b(?:is|are|was|were|be|been|keeps?|kept|started|starts|stopped)\s+$/i;
/** After a state, what it is full of: "the plaster was swollen with damp". */
const WITH_AFTER = /^\s+with\b/i;
const ING_BEFORE = /\b(?:the|my|some|any|no|is|was|there['’]s|get|gets|got)\s+$/i;
const ING_AFTER = /^\s+(?:[a-z]+ly|all|down|up|around|along)\b/i;
/** A symptom in general, not the writer's: "the pain of a bruise", "the sting of a cramp". */
const GENERIC_BEFORE = /\bof\s+an?\s+$/i;

/**
 * Is `match` a symptom said beside care given to a body, in its sentence `[from, to)` ("Since the
 * op the incision has stayed numb", "I started statins and now I get cramp", "Still on crutches and
 * the swelling is worse by evening")? It anchors itself, in the normal colour: care names no part,
 * so no leg, and the caller takes it only where no other region is named ("after my shoulder
 * surgery", "post-op my gums were swollen": other-region.ts). Guards as for a symptom had: not of
 * another thing or place after it, not in a sentence of plants, the sea or the sky (symptom-pair.ts).
 */
export function isCareSaid(text: string, match: RawMatch, [from, to]: [number, number]): boolean {
  const form = text.slice(match.start, match.end).replace(/[\s\u00a0-]+/g, ' ');
  if (!CARED_FORM.test(form) || !CARE.test(text.slice(from, to))) return false;
  const before = text.slice(Math.max(from, match.start - 40), match.start);
  const isSaid = STATE.test(form)
    ? STATE_BEFORE.test(before) && !WITH_AFTER.test(text.slice(match.end, to))
    : !VERB_BEFORE.test(before) &&
      isNoun(text, match, [from, to]) &&
      !GENERIC_BEFORE.test(text.slice(from, match.start));
  return isSaid && !isOfOtherThing(text.slice(match.end, to)) && !isOfNature(text, [from, to]);
}

function isNoun(text: string, match: RawMatch, [from, to]: [number, number]): boolean {
  if (LUMP.test(text.slice(match.start, match.end)) || isSymptomNoun(text, match.start, match.end, to)) return true;
  return ING_BEFORE.test(text.slice(from, match.start)) && ING_AFTER.test(text.slice(match.end, to));
}

/** Could a block say care beside a symptom? Asked before sentences are read. */
export const mayBeCared = (text: string): boolean => CARE.test(text);
