import type { AnchorFinder } from './anchor-finder.ts';

// Who or what the list's parts are: an article or an owner right before its first part ("the feet,
// ankles and legs", "your knees and hips"). Not any word: "table legs and feet", "the ladder's legs
// and feet" name no one's body; nor "their", a herd's as often as people's ("The fawns wobble on
// their knees and ankles, so weak at first").
const LEAD = /\b(?:the|my|your|his|her|our|both)[\s\u00a0]+/gi;
// Between two parts: a comma, perhaps "and" or "or", or "and", "or", "&"; an article or owner may
// come again ("the feet and the ankles").
export const BETWEEN =
  /^(?:[\s\u00a0]*,[\s\u00a0]*(?:(?:and|or)[\s\u00a0]+)?|[\s\u00a0]+(?:and|or|&)[\s\u00a0]+)(?:(?:the|my|your|his|her|their|our)[\s\u00a0]+)?/i;
// Parts of something else: "the legs and feet of the table", "the knee and ankle of a cabriole leg".
export const OF_AFTER = /^[\s\u00a0]+of\b/i;
// A heel and a toe are a sock's, a shoe's or a dance's as often as a foot's ("knit the heel and toe",
// "heel and toe"): they go on a list but do not count as its parts ("the toes, feet and ankles").
const SHOE_PART = /^(?:heel|toe)/i;
// Clothes fit at the parts: "leggings tight around the calves and ankles", "boots stiff at the ankle
// and calf" would mark the tightness and stiffness (the round's probe, `everyday.probe-limbs.txt`).
export const CLOTHES =
  /\b(?:socks?|stockings?|boots?|shoes?|trainers|sneakers|jeans|trousers|pants|leggings|tights|skirts?|dress(?:es)?|fabric|sleeves?|gaiters?|wellies|wellingtons?|cloth(?:es|ing))\b/i;
// Furniture has legs and feet ("where the legs and feet meet, the joint is weak"), and a chicken legs
// and thighs ("Brown the thighs and legs in batches, then cook until tender" was red): a list of
// those alone says nothing.
const NOT_ONLY_A_BODY = new Set(['leg', 'foot', 'thigh']);
/** How far after a part the next one is looked for, in characters. */
const BETWEEN_REACH = 16;

/** One word of a part, as its singular: "feet" and "foot", "calves" and "calf" are one part. */
const partOf = (word: string) =>
  word
    .toLowerCase()
    .replace(/^feet$/, 'foot')
    .replace(/^calve/, 'calf')
    .replace(/['’]?s$/, '');

/**
 * The lists of two or more parts of the lower limb that an article or owner opens, as `[start, end]`
 * pairs, in the sentence `[from, to)` of the block the finder read: "fluid pools in the feet, ankles,
 * and legs", "swelling, particularly around the ankles and feet", "the foot and ankle often appear
 * puffy". Named together, the parts are a body's: furniture, meat and idioms say one part ("the
 * table's legs", "leg of lamb", "cold feet"). Not the same part twice ("the leg and the other leg"),
 * not a part of something ("…of the table"), not beside clothes or after an animal, not legs, feet
 * and thighs alone (a chair's, a chicken's). Issue 11 limbs round, from the held-out misses
 * (`bash /tmp/held8/rescore.sh CHECKOUT OUT`: class B; docs/sense.md, "Limbs round").
 */
export function limbListSpans(finder: AnchorFinder, from: number, to: number): number[] {
  const spans = listsIn(finder, from, to);
  if (spans.length === 0) return spans;
  return CLOTHES.test(finder.text.slice(from, to)) || isAfterAnimal(finder, from) ? [] : spans;
}

/**
 * Does the block name an animal, pets too, before `at` (a one-word word of `otherSenses`: "mare",
 * "dog", "lamb")? Then the parts are the animal's as likely as anyone's: "Our mare came back a little
 * sore. Check the knees and ankles for heat and swelling after every ride" was red (the round's
 * probe). Asked only where a list was found.
 */
export function isAfterAnimal(finder: AnchorFinder, at: number): boolean {
  if (at === 0) return false;
  const text = finder.text;
  const others = finder.wholeSpans('otherSenses');
  for (let k = 0; k < others.length && others[k + 1]! <= at; k += 2)
    if (!/[\s\u00a0-]/.test(text.slice(others[k], others[k + 1]))) return true;
  return false;
}

/** Does a block hold such a list, clothes aside (the block's sentences judge those)? The block is read whole. */
export const hasLimbList = (text: string, finder: AnchorFinder): boolean => listsIn(finder, 0, text.length).length > 0;

function listsIn(finder: AnchorFinder, from: number, to: number): number[] {
  const text = finder.text;
  const sentence = text.slice(from, to);
  if (!/[,&]| and | or /.test(sentence)) return [];
  const spans: number[] = [];
  LEAD.lastIndex = 0;
  for (let lead = LEAD.exec(sentence); lead; lead = LEAD.exec(sentence)) {
    const start = from + lead.index;
    const parts = new Set<string>();
    let at = start + lead[0].length;
    let end = -1;
    for (;;) {
      const partEnd = finder.phraseEnd('framed', from, to, at);
      if (partEnd < 0) break;
      if (!SHOE_PART.test(text.slice(at, partEnd))) parts.add(partOf(text.slice(at, partEnd)));
      end = partEnd;
      const between = BETWEEN.exec(text.slice(partEnd, Math.min(to, partEnd + BETWEEN_REACH)));
      if (!between) break;
      at = partEnd + between[0].length;
    }
    const isBodyOnly = [...parts].some((part) => !NOT_ONLY_A_BODY.has(part));
    if (parts.size >= 2 && isBodyOnly && !OF_AFTER.test(text.slice(end, Math.min(to, end + 4)))) spans.push(start, end);
    if (end > 0) LEAD.lastIndex = end - from;
  }
  return spans;
}
