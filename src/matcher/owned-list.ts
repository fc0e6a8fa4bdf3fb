import type { AnchorFinder } from './anchor-finder.ts';
import { BETWEEN, CLOTHES, isAfterAnimal, OF_AFTER } from './limb-list.ts';
import { REGION } from './other-region.ts';

// A person's possessive that opens the list, or "both" before a pair of limbs ("weakness in both
// arms and legs"). Not "the" (limb-list.ts reads the lists of the leg's parts it opens: "the feet,
// ankles and legs"), nor "their", a herd's as often as people's.
// Forum posts drop the possessive after a symptom's "in": "twitching in eyelids, calves and feet",
// "numbness in arms and legs" (the body-list round). The list opens right after "in" (the symptom
// stays out of the frame, which must not hold the form it anchors), and its first item must be
// another region's part, as every list here: "cramps in calves" alone is no list. Health articles
// say it "of" and with a swelling too: "swelling in an arm or leg", "numbness of the arms and legs"
// (the article16 round).
const SYMPTOM_IN = String.raw`(?<=\b(?:twitch(?:es|ing)|spasms?|spasming|cramps?|cramping|tingling|numbness|weakness|swelling|pains?|aches?|aching)[\s\u00a0]+(?:in|of)[\s\u00a0]+)(?=[a-z])`;
const OWNER = new RegExp(String.raw`\b(?:my|your|his|her|our|both)[\s\u00a0]+|${SYMPTOM_IN}`, 'gi');
// A part of another region, as an item of the list: "eyelids", "abdomen", "arms", and the back,
// which after a possessive is a body's ("my back, hips and calves"); and the head's and the seat's
// parts, which other-region.ts does not count as regions ("on the face of it", "the head of the
// queue") but which after a possessive are a body's ("my face, arms, legs and feet", "my head,
// shoulders and knees", "my bum, thighs and feet": the body-list round). A side may lead it: "my
// left arm and leg".
const OTHER_PART = new RegExp(
  String.raw`^(?:(?:left|right|upper|lower)[\s\u00a0]+)?(?:${REGION}|back|face|head|scalp|cheeks?|chin|temples|torso|bum|buttocks|groin)\b`,
  'i',
);
// A part of the foot or the leg named "of" it, as the list's last item: "the soles of my feet",
// "the arches of my feet", "the backs of my knees". It counts as a part of the leg, its span ending
// before "of", so the frame "my feet" inside it stays the finder's own.
const PART_OF_LEG =
  /^(?:soles?|arch(?:es)?|balls?|tops?|bottoms?|backs?|fronts?|sides?)(?=[\s\u00a0]+of[\s\u00a0]+(?:my|your|his|her|our|the|both)[\s\u00a0]+(?:feet|foot|legs?|knees?|ankles?|calf|calves|thighs?|heels?|toes?)\b)/i;
// Hands with feet are the whole body's extremities, what nerve damage, chemo and the cold reach
// ("numbness and tingling in my hands and feet since starting chemo"): the pack's `body` word
// "hands and feet" anchors them in the normal colour, and a list holding a hand is no leg's frame
// (red twice in the corpus's forum lines without this).
const HAND = /^(?:hands?|palms?|fingers?|thumbs?)\b/i;
// After a comma, a word that opens a clause or a phrase of time or manner, not another item: the
// list ended before the comma ("twitching in my neck and legs, mostly at night"; -1 before the
// body-list round). "Your arms, legs, stamina" still is no list: an item that is no part.
const CLAUSE_AFTER =
  /^(?:mostly|mainly|especially|particularly|usually|always|often|sometimes|constantly|every|each|all|since|for|from|after|before|during|when|whenever|while|at|on|but|which|that|it|its|it['’]s|i|i['’]m|i['’]ve|then|now|plus|worse|even|like|just|only|almost|no|not|so|esp|along|also|too|and\s+(?:it|i|then|now|also|sometimes))\b/i;
// An article before an item, as articles write a list of regions: "in an arm or a leg", "in the arms
// and legs" (the article16 round). The item is the part after it.
const ARTICLE = /^(?:an?|the)[\s\u00a0]+/i;
// A face in a list no one owns is a stroke's warning list, not the leg's ("sudden numbness of the face,
// arm or leg": other-medical.third.txt, red once the article was read).
const FACE = /^(?:face|head)\b/i;
const BARE_COMMA = /^[\s\u00a0]*,[\s\u00a0]*$/;
// A comma, "and" and an owner again start a clause of their own, not the list's next item: "a hot
// flush rose to his face, and his knees went weak" (an idiom's knees, framed by the list before).
const CLAUSE_JOIN = /,[\s\u00a0]*(?:and|or)[\s\u00a0]+(?:my|your|his|her|our)[\s\u00a0]+$/i;
/** How far after an item the next one is looked for, in characters. */
const BETWEEN_REACH = 16;

/**
 * The lists of parts of a body that a person's possessive opens and a part of the leg ends, as
 * `[start, end]` pairs, in the sentence `[from, to)` of the block the finder read: "twitching in my
 * eyelids and calves", "cramps in my abdomen, calves and the soles of my feet", "spasms in my back,
 * hips and calves". The possessive is every part's: "my eyelids and calves" is "my calves". The
 * first part after the owner is the finder's frame already ("my calves"); a list of the leg's parts
 * alone is limb-list.ts's. So the list holds another region's part before a part of the leg, and
 * each item is a part: "my wallet, keys and feet" is none. A symptom's "in" opens one too, as
 * forum posts drop the possessive ("twitching in eyelids, calves and feet"). Not before "of" ("your
 * feet, knees and ankles of the old chair"), not beside clothes or after an animal, as
 * limb-list.ts. Issue 11 anatomy-and-care round, from the lead's report of the newest held-out
 * round's misses; widened in the body-list round (docs/sense.md).
 */
export function ownedListSpans(finder: AnchorFinder, from: number, to: number): number[] {
  const spans = listsIn(finder, from, to);
  if (spans.length === 0) return spans;
  return CLOTHES.test(finder.text.slice(from, to)) || isAfterAnimal(finder, from) ? [] : spans;
}

/** Does a block hold such a list (clothes aside: the block's sentences judge those)? The block is read whole. */
export const hasOwnedList = (text: string, finder: AnchorFinder): boolean => listsIn(finder, 0, text.length).length > 0;

function listsIn(finder: AnchorFinder, from: number, to: number): number[] {
  const sentence = finder.text.slice(from, to);
  if (!/[,&]| and | or /.test(sentence)) return [];
  const spans: number[] = [];
  OWNER.lastIndex = 0;
  for (let owner = OWNER.exec(sentence); owner; owner = OWNER.exec(sentence)) {
    const end = listEnd(finder, from, to, from + owner.index + owner[0].length, owner[0].length > 0);
    // An opening of no length (after a symptom's "in") must move on by hand.
    if (end < 0 && owner[0].length === 0) OWNER.lastIndex++;
    if (end < 0) continue;
    spans.push(from + owner.index, end);
    OWNER.lastIndex = end - from;
  }
  return spans;
}

/**
 * The end of the last part of the leg in the list that starts at `at`, or -1 where it is no such
 * list: no part of another region before a part of the leg, a hand in it, an item that is no part
 * ("your arms, legs and stamina"; after a comma, a clause's first word ends the list instead:
 * `CLAUSE_AFTER`), or "of" after its last item ("my back, knees and elbows of the old armchair").
 * A part named "of" the foot or the leg (`PART_OF_LEG`) is the list's last item.
 */
function listEnd(finder: AnchorFinder, from: number, to: number, at: number, isOwned: boolean): number {
  const text = finder.text;
  let [hasOther, end, isAfterComma] = [false, -1, false];
  for (;;) {
    at += ARTICLE.exec(text.slice(at, to))?.[0].length ?? 0;
    const partOf = hasOther ? PART_OF_LEG.exec(text.slice(at, to)) : null;
    const legEnd = partOf ? at + partOf[0].length : finder.phraseEnd('framed', from, to, at);
    if (partOf) return legEnd;
    const other = legEnd < 0 ? OTHER_PART.exec(text.slice(at, to)) : null;
    if (!other && legEnd < 0) return isAfterComma && CLAUSE_AFTER.test(text.slice(at, to)) ? end : -1;
    if (other && (HAND.test(other[0]) || (!isOwned && FACE.test(other[0])))) return -1;
    if (other) hasOther = true;
    else if (hasOther) end = legEnd;
    const itemEnd = other ? at + other[0].length : legEnd;
    const between = BETWEEN.exec(text.slice(itemEnd, Math.min(to, itemEnd + BETWEEN_REACH)));
    isAfterComma = between !== null && BARE_COMMA.test(between[0]);
    if (between && CLAUSE_JOIN.test(between[0])) return end;
    if (between) at = itemEnd + between[0].length;
    else return OF_AFTER.test(text.slice(itemEnd, Math.min(to, itemEnd + 4))) ? -1 : end;
  }
}
