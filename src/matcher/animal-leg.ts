/**
 * A dish's or an animal's leg, named in the sentence before: "Still have half the turkey left. The
 * leg was tender and the skin went crisp."; "The calf in the next field was bruised from the fence.
 * Its leg was swollen too."; "Pulling a calf is hard work, and the feet can swell if you leave the
 * chains on too long." The leg word anchored the sign beside it to the lower limb, red (three false
 * reds in the corpus, the ownerless and bare-anatomy rounds' probes; issue 11, the falsered15 round:
 * docs/sense.md "Comfort, a thing's colour, a dish's or an animal's leg"). A sign form in a sentence
 * whose leg is "the", "a" or "its" leg (or feet, hooves), with no person in it, is dropped before the
 * sense rules read the block when that sentence or the one before names a meat or a farm animal, or
 * (for "its" leg only) any animal, and names no person's leg. "Its" is never the writer: "the" may
 * be, so a pet walked in the sentence before owns nothing ("Walked the dog. The leg is swollen
 * again" keeps its red), and a calf is an animal only beside a farm's word (a field, chains, a cow).
 * A person in the sign's sentence keeps it: "After the roast turkey my leg was swollen" is the red rule's.
 */
import type { RawMatch } from './apply-sense.ts';
import { sentenceAround, sentenceBefore } from './sentence-around.ts';
import { withoutUses } from './without-uses.ts';

const SIGN_FORM =
  /^(?:tender|tenderness|swollen|swell|swells|swelled|swelling|puffy|puffiness|weak|weakness|red|redness|warm|hot|bruised|bruising|stiff|stiffness|numb)$/i;
/** The leg said with an article or "its": "the leg", "its legs", "the feet", "a hoof". */
const THE_LEG =
  /\b(?:the|a|its|their|each|one)\s+(?:(?:front|back|hind|left|right|other)\s+)?(?:legs?|feet|foot|hoof|hooves|knees?|thighs?|drumsticks?)\b/i;
const ITS_LEG =
  /\b(?:its|their)\s+(?:(?:front|back|hind|left|right|other)\s+)?(?:legs?|feet|foot|hoof|hooves|knees?|thighs?)\b/i;
/** A person in the sign's sentence: the leg may be theirs. Not "you" alone, a guide's reader; "your leg" is an owner's. */
const PERSON =
  /\b(?:i|i['’]m|i['’]ve|my|me|he|his|him|she|her|we|our|us)\b|\byour\s+(?:[a-z]+\s+)?(?:legs?|feet|foot)\b/i;
/** A person's leg in the sentence before: then "the leg" may be that one. */
const PERSONS_LEG =
  /\b(?:my|his|her|your|our)\s+(?:[a-z]+\s+)?(?:legs?|feet|foot|toes?|knees?|ankles?|calf|calves|shins?|thighs?|achilles)\b/i;
/** A meat or a farm's animal, which owns "the leg" as well as "its leg". */
const MEAT_OR_STOCK =
  /\b(?:turkeys?|chickens?|geese|goose|lambs?|mutton|pork|beef|veal|venison|carcass(?:es)?|cows?|cattle|heifers?|bullocks?|oxen|horses?|pon(?:y|ies)|foals?|mares?|sheep|ewes?|goats?|piglets?|deer|rabbits?)\b/i;
/**
 * Words that are a meat or an animal only as a noun after a determiner, in lower case: "half the
 * ham", "a whole duck", "the Sunday roast", "the sows". Not "I had to duck under the fence", "a
 * roasting hot day", "the Rams game", "the Bulls" or a hen party's "hens" (the review of the
 * falsered15 round: each of these had taken the next sentence's red sign away).
 */
const MEAT_OR_STOCK_NOUN =
  /\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Ss]ome|whole|[Ss]unday|roast|roasted)\s+(?:(?:whole|roast|roasted|cold|leftover|baked|glazed)\s+)?(?:ducks?|hams?|roast|rams?|bulls?|steers?|sows?|pigs?)\b/;
/** Any animal: "its leg" after one of these is the animal's. */
const ANIMAL = /\b(?:dogs?|pupp(?:y|ies)|cats?|kittens?|birds?|fox(?:es)?|hares?|squirrels?|animals?|pets?)\b/i;
/** A calf is an animal beside a farm's word. */
const FARM_CALF =
  /\bcal(?:f|ves)\b[^.!?]*\b(?:field|fields|farm|herd|barn|shed|pen|pasture|paddock|chains?|calving|mart|dairy|udder|newborn|mother|cow|cows|heifer)\b|\b(?:field|farm|herd|barn|shed|pasture|paddock|chains?|calving|mart|dairy|cow|cows|heifer)\b[^.!?]*\bcal(?:f|ves)\b/i;

/**
 * Could `match` be such a sign, by its own sentence alone: a sign form, "the" or "its" leg, no
 * person? (cause-before.ts asks the page for the block before only then.)
 */
export function mayBeAnimalLegSign(text: string, match: RawMatch): boolean {
  return signSentenceOf(text, match) !== undefined;
}

/** The sign's sentence where `mayBeAnimalLegSign` holds, else undefined: read once a form. */
function signSentenceOf(text: string, match: RawMatch): string | undefined {
  const length = match.end - match.start;
  if (length < 3 || length > 10) return undefined;
  if (!SIGN_FORM.test(text.slice(match.start, match.end))) return undefined;
  const sentence = sentenceAround(text, match);
  return THE_LEG.test(sentence) && !PERSON.test(sentence) ? sentence : undefined;
}

/** The matches that are not a sign of a dish's or an animal's leg. */
export function withoutAnimalLegSigns(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isAnimalLegSign);
}

/** Is `match` a sign said where "the leg" or "its leg" is a dish's or an animal's named just before? */
export function isAnimalLegSign(text: string, match: RawMatch): boolean {
  const sentence = signSentenceOf(text, match);
  if (sentence === undefined) return false;
  const before = sentenceBefore(text, match);
  if (PERSONS_LEG.test(before)) return false;
  const isStock = (said: string) => MEAT_OR_STOCK.test(said) || MEAT_OR_STOCK_NOUN.test(said) || FARM_CALF.test(said);
  if (isStock(sentence) || isStock(before)) return true;
  return ITS_LEG.test(sentence) && (ANIMAL.test(sentence) || ANIMAL.test(before));
}
