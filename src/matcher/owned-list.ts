import type { AnchorFinder } from './anchor-finder.ts';
import { BETWEEN, CLOTHES, isAfterAnimal, OF_AFTER } from './limb-list.ts';
import { REGION } from './other-region.ts';

// A person's possessive that opens the list. Not "the" (limb-list.ts reads the lists of the leg's
// parts it opens: "the feet, ankles and legs"), nor "their", a herd's as often as people's.
const OWNER = /\b(?:my|your|his|her|our)[\s\u00a0]+/gi;
// A part of another region, as an item of the list: "eyelids", "abdomen", "arms", and the back,
// which after a possessive is a body's ("my back, hips and calves").
const OTHER_PART = new RegExp(String.raw`^(?:${REGION}|back)\b`, 'i');
// Hands with feet are the whole body's extremities, what nerve damage, chemo and the cold reach
// ("numbness and tingling in my hands and feet since starting chemo"): the pack's `body` word
// "hands and feet" anchors them in the normal colour, and a list holding a hand is no leg's frame
// (red twice in the corpus's forum lines without this).
const HAND = /^(?:hands?|palms?|fingers?|thumbs?)\b/i;
/** How far after an item the next one is looked for, in characters. */
const BETWEEN_REACH = 16;

/**
 * The lists of parts of a body that a person's possessive opens and a part of the leg ends, as
 * `[start, end]` pairs, in the sentence `[from, to)` of the block the finder read: "twitching in my
 * eyelids and calves", "cramps in my abdomen, calves and the soles of my feet", "spasms in my back,
 * hips and calves". The possessive is every part's: "my eyelids and calves" is "my calves". The
 * first part after the owner is the finder's frame already ("my calves"); a list of the leg's parts
 * alone is limb-list.ts's. So the list holds another region's part before a part of the leg, and
 * each item is a part: "my wallet, keys and feet" is none. Not before "of" ("your feet, knees and
 * ankles of the old chair"), not beside clothes or after an animal, as limb-list.ts. Issue 11
 * anatomy-and-care round, from the lead's report of the newest held-out round's misses.
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
    const end = listEnd(finder, from, to, from + owner.index + owner[0].length);
    if (end < 0) continue;
    spans.push(from + owner.index, end);
    OWNER.lastIndex = end - from;
  }
  return spans;
}

/**
 * The end of the last part of the leg in the list that starts at `at`, or -1 where it is no such
 * list: no part of another region before a part of the leg, a hand in it, an item that is no part
 * ("your arms, legs and stamina"), or "of" after its last item ("my back, knees and elbows of the
 * old armchair").
 */
function listEnd(finder: AnchorFinder, from: number, to: number, at: number): number {
  const text = finder.text;
  let [hasOther, end] = [false, -1];
  for (;;) {
    const legEnd = finder.phraseEnd('framed', from, to, at);
    const other = legEnd < 0 ? OTHER_PART.exec(text.slice(at, to)) : null;
    if (!other && legEnd < 0) return -1;
    if (other && HAND.test(other[0])) return -1;
    if (other) hasOther = true;
    else if (hasOther) end = legEnd;
    const itemEnd = other ? at + other[0].length : legEnd;
    const between = BETWEEN.exec(text.slice(itemEnd, Math.min(to, itemEnd + BETWEEN_REACH)));
    if (between) at = itemEnd + between[0].length;
    else return OF_AFTER.test(text.slice(itemEnd, Math.min(to, itemEnd + 4))) ? -1 : end;
  }
}
