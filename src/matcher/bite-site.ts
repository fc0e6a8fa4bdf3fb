import type { RawMatch } from './apply-sense.ts';
import { blockTestOf } from './block-test.ts';
import { HEAD, REGION } from './other-region.ts';

/**
 * A sign said of a bite's, a sting's or a jab's site: "The injection site is red and swollen", "a
 * red ring around the bite and it feels warm", "the swelling spread after a horsefly bite", "my arm
 * has been numb since the booster" (the nineteenth session: held-out posts about tick bites and
 * vaccination sites named no leg, so their signs stayed unmarked). The site is a place on a person's
 * skin, so the sign is its card's (swelling, redness, warmth, tenderness, numbness, tingling), and it
 * is its own company: a paired "red" or "warm" there needs no second symptom. Normal colour: red is
 * the leg's sign, and a leg word in the sentence makes it red by the older rules.
 *
 * Not a bite to eat, a sound bite, winter's bite, a clutch's bite point, a market "stung" by news or
 * a writer "bitten by the travel bug": the bite or sting must be an insect's or a tick's, the site an
 * injection's or a jab's, or "the bite" or "the sting" after a word of place ("around the bite"). The
 * caller sets aside sentences of another sense (a dog's bite is the dog's word) or with an animal;
 * this file those that name another region ("a red ring around the bite on her arm").
 */

/** The signs a site can have, by their forms. */
const SIGN =
  /^(?:swell(?:ing|ings|s|ed)?|swollen|puff(?:y|iness)|red(?:ness)?|reddened(?:\s+skin)?|warm(?:th)?|hot|tender(?:ness)?|numb(?:ness)?|tingl(?:y|ing|e|es|ed)|pins\s+and\s+needles|prickling)$/i;

/** What bites or stings a person: "a tick bite", "mosquito bites", "a wasp sting". */
const BITER = String.raw`(?:insect|bug|mosquito|mozzie|midge|gnat|tick|spider|horse-?\s?fly|deer-?\s?fly|sand-?\s?fly|black-?\s?fly|flea|bed-?\s?bug|fire\s+ant|ant|wasp|bee|hornet|jellyfish|chigger)s?`;
/** A jab by its names: "the flu jab", "my second vaccination", "the booster". */
const JAB = String.raw`(?:jabs?|injections?|vaccinations?|vaccines?|immuni[sz]ations?|boosters?|shots?)`;

/**
 * A jab named as a whole, not as a word before its noun ("the vaccine rollout", "the booster stage",
 * "the injection of cash"): a stop, or a word that starts a clause or a time after it.
 */
const JAB_END = String.raw`(?=[\s\u00a0]*(?:[,.;:!?)]|$)|[\s\u00a0]+(?:and|or|but|so|my|his|her|their|the|a|i|it|she|he|they|we|you|in|on|at|yesterday|today|tonight|last|this|earlier|was|is|had|has|have|went|got|\d)\b)`;

const SITE = new RegExp(
  [
    String.raw`\b${BITER}[\s\u00a0]+(?:bites?|stings?)\b`,
    String.raw`\b(?:bitten|stung)[\s\u00a0]+by[\s\u00a0]+(?:an?[\s\u00a0]+|some[\s\u00a0]+)?${BITER}\b`,
    String.raw`\b(?:injection|jab|vaccination|vaccine|shot|needle|cannula|drip|IV)[\s\u00a0]+site\b`,
    String.raw`\bsite[\s\u00a0]+of[\s\u00a0]+(?:the|my|his|her|their|an?)[\s\u00a0]+(?:injection|jab|vaccination|vaccine|shot|bite|sting)\b`,
    // "around the bite", "at the jab": a place on the skin, not a clutch's "bite point".
    String.raw`\b(?:around|round|at|near|on|over|from|under|below|above)[\s\u00a0]+(?:the|my|his|her|their|a)[\s\u00a0]+(?:bites?|stings?|jab|injection)\b(?![-‑]|[\s\u00a0]+(?:point|of)\b)`,
    // "since the booster", "after my second flu jab", not "after the injection of cash", "the booster stage".
    String.raw`\b(?:after|since|following)[\s\u00a0]+(?:(?:my|the|his|her|their|an?|our|this|that|last|first|second|third|fourth|latest|flu|covid|tetanus|b12|steroid|cortisone|allergy|hpv|mmr|shingles|rabies|pneumonia|whooping[\s\u00a0]+cough)[\s\u00a0]+){1,3}${JAB}${JAB_END}`,
  ].join('|'),
  'i',
);

/**
 * Another region named anywhere in the sentence, with or without an owner, or the face: a bite or a
 * jab there is that region's, whose signs the cards leave to other pages ("Her face was swollen and
 * red after the bee sting", "Since the booster my arm has been numb").
 */
const ELSEWHERE = new RegExp(String.raw`\b(?:${REGION}|${HEAD})\b`, 'i');

/**
 * Is `match` a sign whose sentence `[from, to)` names the bite, sting or jab site it is said of, and
 * no other region, even beside a leg ("Swelling in a hand or a leg can follow an insect bite": a list
 * no one owns, which owned-list.ts leaves)?
 */
export function isBiteSiteSign(text: string, match: RawMatch, [from, to]: [number, number]): boolean {
  if (!SIGN.test(text.slice(match.start, match.end))) return false;
  const sentence = text.slice(from, to);
  return SITE.test(sentence) && !ELSEWHERE.test(sentence);
}

const namesSite = blockTestOf((text) => SITE.test(text));

/** Could the block hold such a sign (a sign's form and a site anywhere in it)? Asked before sentences are read. */
export const mayBeBiteSite = (text: string, match: RawMatch): boolean =>
  SIGN.test(text.slice(match.start, match.end)) && namesSite(text);
