import { blockTestOf } from './block-test.ts';
import { prefixTestOf } from './prefix-test.ts';
import { isOwnAccount } from './own-account.ts';

/**
 * The leg words a post names without "my" once it says what the writer did to it: "I rolled the
 * ankle on a kerb", "Iced the calf all evening", "I have hurt both knees". No "calves" (a farm's as
 * often), no "shank", "thighs" or "heels" (a recipe's, a shoe's).
 */
const LEG = String.raw`(?:calf|knee|knees|ankle|ankles|shin|shins|leg|legs|foot|feet|hamstring|hamstrings|Achilles)`;
/**
 * What the writer does to their own leg, or tells another to do for theirs. Not "turned" (a knitter
 * turns the heel of a sock), nor "raised" or "knocked" (a table's leg), nor "wrapped" (the
 * chicken legs in foil).
 */
const DONE = String.raw`(?:hurt|injured|twisted|rolled|sprained|strained|pulled|tweaked|tore|torn|broke|broken|cracked|bruised|banged|bumped|jarred|whacked|iced|rested|strapped|taped|bandaged|elevated|stretched|massaged|landed on|fell on|went over on)`;
/** An imperative of care at the sentence's start: "Ice the ankle and keep it up." */
const CARE = String.raw`(?:ice|rest|elevate|strap|tape|bandage|stretch|massage)`;
const ADVERBS = String.raw`(?:(?:just|also|then|really|badly|have|had|must have|somehow|accidentally|properly|again)\s+)*`;
/**
 * Gear, a thing's leg, or a part of another thing after the leg word: "the ankle strap", "the
 * knee-high boots", "the leg of the table", "broke the leg off", "the heel of my shoe".
 */
const NOT_THE_LEG = String.raw`(?!\s*[-–]|\s+(?:of|off|strap|straps|brace|braces|support|supports|sleeve|sleeves|boot|boots|sock|socks|high|length|pad|pads|guard|guards|warmer|warmers|joint|bone|bones)\b)`;

/** "the ankle", "both knees", "the same left calf", its noun ending there (`NOT_THE_LEG`). */
const THE_LEG = String.raw`\s+(?:the|both)\s+(?:(?:left|right|lower|upper|same|bad|sore|injured|other)\s+)?${LEG}\b${NOT_THE_LEG}`;
/** A sentence's start: "Rolled the ankle", "…. Then iced the calf". */
const START = String.raw`(?:^|[.!?…]\s+)(?:(?:then|and|so|just|also)\s+)*`;

/**
 * "I rolled the ankle on a kerb", "Rolled the ankle on a kerb", "Ice the ankle": the writer (or an
 * imperative at a sentence's start) did something to "the" or "both" leg words. A report of
 * someone else ("I saw him roll the ankle", "My son rolled the ankle") has no verb of ours right
 * after "I" or the start, and stays out.
 */
const CARED_LEG = new RegExp(
  String.raw`(?:\bI(?:['’]ve|['’]d)?\s+${ADVERBS}${DONE}|${START}(?:${DONE}|${CARE}))${THE_LEG}`,
  'i',
);

/**
 * Does the sentence, or a sentence of the block, tell what the writer did to a leg named without
 * "my" (above)? Asked of a block only where it has no anchor of its own (block-anchoring.ts).
 */
export const isCaredLeg = (text: string): boolean => CARED_LEG.test(text);

/**
 * The same told in the past with no "I": "Iced the calf all evening", "Strapped the ankle before
 * the match". Not an imperative: a recipe's "Rest the leg under foil" is advice, of no one's leg.
 */
const DONE_TO_LEG = new RegExp(String.raw`${START}${DONE}${THE_LEG}`, 'i');

/**
 * Does the text tell, with no first-person word, what the writer did to a leg? The thread rule's
 * opening test beside "I" and "my" (thread-leg.ts; issue 11, the pointback round).
 */
export const isDoneToLeg = (text: string): boolean => DONE_TO_LEG.test(text);
/** `isDoneToLeg(text.slice(0, end))`, the block read once for the thread rule's signs (prefix-test.ts). */
export const isDoneToLegBefore = prefixTestOf(DONE_TO_LEG);

/**
 * A leg word named with no owner and no verb of ours, as a post that is the writer's own account
 * names it: "The knee gave way on the stairs", "Still have pain in both legs", "Ankle still hurts"
 * (a fragment's bare word opening the sentence). The same guards after it (`NOT_THE_LEG`).
 */
const NAMED_LEG = new RegExp(
  String.raw`(?:^\s*|[.!?…]\s+|\b(?:the|both)\s+(?:(?:left|right|lower|upper|same|bad|sore|injured|other)\s+)?)${LEG}\b${NOT_THE_LEG}`,
  'i',
);
/**
 * A thing with legs, a dish, a garment or a farm, named anywhere in the account: "Tried on the new
 * jeans. The knee is ripped. A bit puffy round the waist", "I cooked a leg of lamb… The leg rested",
 * "Spent the afternoon at the vet. The calf was lame". Not socks, shoes or tights (compression wear and
 * running shoes are a leg post's), nor "stand" or "size" ("can't stand on it", "the size of an egg").
 */
const THINGS = String.raw`tables?|chairs?|stools?|desks?|sofa|couch|piano|cabinet|cot|crib|boots|trousers|jeans|dress|skirt|fabric|seam|hem|zip|lamb|chicken|turkey|duck|pork|ham|mutton|goat|oven|roast(?:ed)?|foil|recipe|farm|barn|herd|cows?|heifer|bull|vet|foal|pup|puppy`;
const THING_NAMED = new RegExp(String.raw`\b(?:${THINGS})\b`, 'i');
/**
 * The same, and a journey's, a shop's, a field's or a tree's leg, said in the leg's own sentence: "The
 * leg to Lyon", "The calf in the next field", "The ankle is tight on these trousers", "The stand's leg".
 */
const NOT_A_BODY = new RegExp(
  String.raw`\b(?:${THINGS}|stand|bench|tripod|shoes|trainers|socks?|tights|leggings|sizes?|tour|stage|trip|journey|race|relay|route|field|born|birth|dog|cat|horse|pier|tree|oak)\b|\b[a-z]+['’]s\s+(?:left\s+|right\s+)?${LEG}\b`,
  'i',
);

/**
 * Does the sentence name a leg word bare, with no thing, dish, garment, journey or animal beside it
 * (above)? The leg is the writer's only where the post is their own account (`isBareLegAccount`): the
 * thread rule asks both (thread-leg.ts; issue 11, the ownerless round).
 */
export const isNamedLeg = (sentence: string): boolean => NAMED_LEG.test(sentence) && !NOT_A_BODY.test(sentence);

/**
 * Is the text the writer's own account (own-account.ts), with no thing, dish, garment or farm named in
 * it, so that a leg named bare in it is the writer's?
 */
export const isBareLegAccount = (text: string): boolean => isOwnAccount(text) && !THING_NAMED.test(text);

/**
 * Might the block name the writer's leg bare in their own account? Asked of a block with no anchor
 * of its own (apply-sense.ts), which the thread rule alone then reads, sentence by sentence.
 */
export const mayNameLegBare = (text: string): boolean => NAMED_LEG.test(text) && isBareLegAccount(text);

/** A leg word's start anywhere: every text `NAMED_LEG` matches has one (a superset: "legal" too). */
const LEG_START = new RegExp(String.raw`\b${LEG}`, 'i');
/**
 * Does the block have a leg word at all, read once a block (block-test.ts)? Where it has none, no
 * text of it names a leg bare: the thread rule asks `mayNameLegBare` of the text before each sign
 * (thread-leg.ts), which read a long block with no leg word once a sign ("the apples bruise easily
 * in the crate" repeated to 128k: 0.6 s of 1.0 s, docs/performance.md; `node tests/bench/long-block.ts
 * --phrase 'the apples bruise easily in the crate' --sizes 32,128`).
 */
export const hasLegWord = blockTestOf((text) => LEG_START.test(text));
