/** "they" or "them" before the sign in its own sentence: "By teatime they are really swollen". */
const THEY = /\b(?:they|them)\b/i;
/**
 * A person's legs, ankles or feet, plural, in the sentence before: "He showed me his ankles", "Her
 * feet are fine in the morning", "Mum's legs". The plural is what "they" can point back to; a
 * single "my ankle" is "it" (the older rules).
 */
const PERSONS_LIMBS =
  /\b(?:my|his|her|their|our|[a-z]+['’]s)\s+(?:(?:left|right|lower|poor|bad|sore|tired|old|bare)\s+)*(?:legs|ankles|feet|calves|shins)\b/i;
/**
 * A plural thing named with a determiner or a number: "I ordered two jackets online", "these
 * boots", "her twins.", what "they" may be instead of the leg. After "the" or an owner the noun must
 * end its phrase (a stop, a comma, a preposition): "my calf has been sore" is no "has". Body words,
 * spans of time and a few verbs of the body ("my calf hurts.") are no things.
 */
const PLURAL_ONLY = String.raw`(?:new|two|three|four|five|six|some|these|those|several|a\s+few|a\s+pair\s+of|a\s+box\s+of|a\s+bag\s+of)`;
const OWNER = String.raw`(?:the|my|our|his|her|their)`;
const NOUN = String.raw`(?:[a-z]+\s+)?([a-z]+[^s\W]s)`;
const PLURAL_THING = new RegExp(
  String.raw`\b(?:${PLURAL_ONLY}\s+${NOUN}\b|${OWNER}\s+(?:new\s+)?${NOUN}(?=\s*[,.;:!?)]|\s*$|\s+(?:in|on|for|from|at|with|online|today|yesterday)\b))`,
  'gi',
);
const NOT_THING =
  /^(?:legs|ankles|feet|calves|shins|knees|toes|heels|muscles|hamstrings|tendons|thighs|days|weeks|months|years|hours|minutes|nights|mornings|evenings|times|ages|pains|cramps|symptoms|physios|doctors|nurses|hurts|aches|throbs|burns|works|looks|feels|is|was|has|does)$/i;

/**
 * What "they" in the sign's sentence points back to, read in one sentence before it (thread-leg.ts):
 * 'limbs' where the sentence right before names a person's legs, ankles or feet ("He showed me his
 * ankles. They were really puffy."), 'things' where a sentence names plural things the writer got
 * or saw ("I ordered two jackets online. They were really puffy."): the nearer plural wins.
 * undefined where the sign says no "they", or the sentence names neither.
 */
export function theyBackOf(lead: string, prior: string, isRightBefore: boolean): 'limbs' | 'things' | undefined {
  if (!THEY.test(lead)) return undefined;
  if (isRightBefore && PERSONS_LIMBS.test(prior) && !namesThings(prior.slice(PERSONS_LIMBS.exec(prior)!.index)))
    return 'limbs';
  return namesThings(prior) ? 'things' : undefined;
}

/** Does the block name a person's legs, ankles or feet? It lets a block with no anchor ask the thread rule. */
export const namesPersonsLimbs = (text: string): boolean => PERSONS_LIMBS.test(text);

function namesThings(text: string): boolean {
  for (const found of text.matchAll(PLURAL_THING)) if (!NOT_THING.test(found[1] ?? found[2]!)) return true;
  return false;
}
