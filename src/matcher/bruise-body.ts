import { FAMILY_WORDS } from './family-words.ts';
import { REGION } from './other-region.ts';

/**
 * A bruise said of a person's body with no course or cause named (the bruise16 round, issue 11:
 * 12 marks of the last held-out round). The bruising card names no part ("marks on the skin where
 * blood has leaked"), so a bruise on a person's arm, hip or ribs is what it explains, as is a person
 * who bruises, and a bruise asked after or denied right after a body's complaint. skin-mark.ts asks
 * these after its own shapes and guards (fruit, markets, pride); never red: none of them names the
 * card's urgent sense.
 */

/** Parts of a body a bruise is seen on, beyond the regions other-region.ts names; the leg's parts too. */
const BODY = String.raw`(?:${REGION}|upper[\s\u00a0]+arms?|face|cheeks?|cheekbones?|forehead|temples?|head|nose|chin|ears?|hips?|back|sides?|torso|bum|buttocks?|bottom|skin|body|shoulder[\s\u00a0-]?blades?|collarbones?|knuckles?|breasts?|legs?|knees?|kneecaps?|shins?|thighs?|calf|calves|ankles?|feet|foot|toes?|heels?)`;
/** The same parts after a bare "the", less the words with an everyday "the" ("the face of the pear", "on the other hand", "the back of the car"). */
const THE_BODY = String.raw`(?:wrists?|elbows?|forearms?|upper[\s\u00a0]+arms?|shoulders?|ribs?|ribcage|abdomen|stomach|tummy|cheeks?|cheekbones?|forehead|hips?|thighs?|shins?|knees?|buttocks?|collarbones?|knuckles?|(?:IV|injection|cannula|drip|jab|needle|puncture)[\s\u00a0]+(?:site|spot))`;
const OWNER = String.raw`(?:my|your|his|her|their|our|both|each)`;
const SIDE = String.raw`(?:(?:left|right|upper|lower|inner|outer|whole)[\s\u00a0]+)?`;
/** Where on a part: "on the back of my hand", "down the inside of her arm". */
const ON_PART = String.raw`(?:(?:the|back|backs|front|fronts|side|sides|top|tops|base|middle|inside|outside|of)[\s\u00a0]+){0,4}`;
/**
 * Words between a bruise and its place: "bruises keep popping up on my arms", "a bruise the size of my
 * palm on my back", "a bruise the size of a small pancake had appeared on his hip" (held23's post).
 */
const BETWEEN = String.raw`(?:the[\s\u00a0]+size[\s\u00a0]+of[\s\u00a0]+(?:an?[\s\u00a0]+)?(?:[a-z]+[\s\u00a0]+){1,2})?(?:(?:that|which|is|are|was|were|has|have|had|keep|keeps|kept|popping|popped|coming|came|showing|showed|appearing|appeared|spreading|spread|up|out|right|just|all|still|now|there|here|the|size|of|my|his|her|a|an|palm|fist|hand)[\s\u00a0]+){0,6}`;
const PREP = String.raw`(?:on|over|around|across|along|down|up|under|below|above|behind|near|inside|all[\s\u00a0]+over|covering)`;

/** A bruise on a person's part: "bruises on her forearms", "bruising all over his hands", "around the IV site". */
const PLACE_AFTER = new RegExp(
  String.raw`^[\s\u00a0]+${BETWEEN}${PREP}[\s\u00a0]+(?:${ON_PART}${OWNER}[\s\u00a0]+${SIDE}${BODY}|the[\s\u00a0]+${SIDE}${THE_BODY})\b(?![\s\u00a0]*(?:of\b|-))`,
  'i',
);
/** "Dark bruises from wrist to elbow", "bruised from head to toe". */
const SPAN_AFTER = new RegExp(
  String.raw`^[\s\u00a0]+(?:(?:all|right)[\s\u00a0]+)?from[\s\u00a0]+(?:(?:my|his|her|the)[\s\u00a0]+)?${BODY}[\s\u00a0]+(?:to|down[\s\u00a0]+to|up[\s\u00a0]+to)[\s\u00a0]+(?:(?:my|his|her|the)[\s\u00a0]+)?${BODY}\b`,
  'i',
);
/** A bruise measured against a body: "a bruise the size of my palm", "the size of a fist" (fruit's are set aside by the caller). */
const SIZE_AFTER = new RegExp(
  String.raw`^[\s\u00a0]+the[\s\u00a0]+size[\s\u00a0]+of[\s\u00a0]+(?:(?:my|his|her|your)[\s\u00a0]+(?:${BODY}|fist|thumbnail)|a[\s\u00a0]+fist|(?:a|my|his|her)[\s\u00a0]+hand)\b`,
  'i',
);
/** A body covered in bruises, or a bruise named as patches: "covered in bruises", "splotches of bruise". */
const SPREAD_BEFORE =
  /\b(?:(?:covered|dotted|speckled|riddled)[\s\u00a0]+(?:in|with)|(?:patch(?:es)?|splotch(?:es)?|blotch(?:es)?)[\s\u00a0]+of)[\s\u00a0]+(?:(?:little|tiny|small|big|huge|dark|purple|yellow|new|old|fresh)[\s\u00a0]+)*$/i;

/** Is a bruise said on a person's body (its place, its size, its spread), read from the text before and after it in its sentence? */
export function isBruiseOnBody(before: string, after: string): boolean {
  if (PLACE_AFTER.test(after) || SPAN_AFTER.test(after) || SIZE_AFTER.test(after)) return true;
  // "Covered in bruises of paint": what the bruises are of is no body's.
  return SPREAD_BEFORE.test(before) && !/^[\s\u00a0]+of\b/i.test(after);
}

/**
 * People whose bruise a post tells of: the writer and the family ("my mum bruises at the slightest
 * knock"): the pronouns, the shared family words (family-words.ts) and the relatives a bruise is
 * told of beside them, the small and the old first among them.
 */
export const PERSON = String.raw`(?:I|I['’]ve|I['’]d|you|you['’]ve|he|she|we|we['’]ve|they|they['’]ve|${FAMILY_WORDS}|mother|father|sister|brother|partner|baby|toddler|child|kid|grandmother|grandfather|aunt|uncle)`;

/** A person who bruises, before the verb: "I bruise", "my mum bruises", "to bruise this badly", "she seems to bruise". */
const PERSON_BRUISES = new RegExp(
  String.raw`\b(?:${PERSON}|to)[\s\u00a0]+(?:(?:still|just|always|now|really|also|do|does|don['’]t|never|seem|seems|tend|tends|to)[\s\u00a0]+){0,2}$`,
  'i',
);
/** How a person bruises, after the verb: "easily", "this badly", "like a ripe plum", "if you so much as touch her". */
const EASILY_AFTER = new RegExp(
  String.raw`^[\s\u00a0]+(?:so[\s\u00a0]+|really[\s\u00a0]+|more[\s\u00a0]+|very[\s\u00a0]+|much[\s\u00a0]+)?(?:easily|a[\s\u00a0]+lot|(?:this|so)?[\s\u00a0]*badly|this[\s\u00a0]+much|like[\s\u00a0]+(?:an?[\s\u00a0]+)?(?:(?:ripe|overripe|soft|old)[\s\u00a0]+)?(?:peach|plum|banana|apple|pear|tomato)|at[\s\u00a0]+the[\s\u00a0]+(?:slightest|smallest|lightest)|if[\s\u00a0]+(?:you|anyone|someone|I|she|he)[\s\u00a0]+(?:so[\s\u00a0]+much[\s\u00a0]+as|even|just)|for[\s\u00a0]+no[\s\u00a0]+reason|out[\s\u00a0]+of[\s\u00a0]+nowhere)\b`,
  'i',
);

/** "is, therefore, easily bruised" (held23's post about a father on a blood thinner): a person's tendency, said of "is". */
const EASILY_BEFORE = new RegExp(
  String.raw`\b(?:${PERSON})\b[^.!?]{0,60}\b(?:is|are|was|were|gets?|got|becomes?|became)[\s\u00a0,]+(?:(?:so|very|really|more|therefore|now|also|quite)[\s\u00a0,]+){0,3}(?:easily|quickly)[\s\u00a0]+$`,
  'i',
);

/** Is the form a person's bruising, said as a tendency: "I bruise so easily", "Dad bruises like a ripe plum", "Dad is easily bruised"? */
export const isPersonWhoBruises = (before: string, after: string): boolean =>
  (PERSON_BRUISES.test(before) && EASILY_AFTER.test(after)) || EASILY_BEFORE.test(before);

/**
 * A likening's object is no subject of its sentence: "Dad bruises like a ripe plum" names no fruit
 * (the caller's nature guard). Not where "they" or "it" may be the fruit: "Plums? They bruise like a
 * peach, so handle them gently."
 */
export const withoutLikening = (sentence: string): string =>
  /\b(?:they|them|it|its)\b/i.test(sentence)
    ? sentence
    : sentence.replace(/\blike[\s\u00a0]+(?:an?[\s\u00a0]+)?(?:(?:ripe|overripe|soft|old)[\s\u00a0]+)?[\w'’-]+/gi, ' ');
