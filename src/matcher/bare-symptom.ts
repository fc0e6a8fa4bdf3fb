import type { RawMatch } from './apply-sense.ts';
import type { DiscourseContext } from './discourse-anchor.ts';
import { formsIn } from './forms-in.ts';
import { JOINT, STIFFNESS } from './joint-stiffness.ts';
import { OTHER_PART } from './other-body-part.ts';
import type { SentenceAnchors } from './sentence-anchors.ts';
import { isThereSign } from './there-is-sign.ts';

/**
 * A symptom named as a noun, a state in its own right: "swelling", "numbness", "tightness",
 * "cramping", "cramps", "a spasm", "the clot". Adjectives are where the everyday senses are ("the
 * market looked weak", "a tight game", "tender pork"), so they take nothing here.
 */
const SYMPTOM_NOUN = /^(?:[a-z]+ness|[a-z]+ing|cramps?|spasms?|clots?|bruises?)$/i;
/** Condition forms that are symptoms in all but category: a cramp, a spasm, a clot. */
const SYMPTOM_LIKE = /^(?:cramp|spasm|twitch|clot)/i;
/**
 * After the form, a word that names what it is of or where: "weakness in defence", "the tightness
 * of the title race", "numbness in your fingers", "the swelling is on the river now". A symptom of the leg
 * would have named it there, and anchored itself.
 */
export const PLACE_AFTER =
  /^[\s\u00a0]+(?:(?:is|are|was|were)[\s\u00a0]+)?(?:in|of|on|around|round|at|over|under|behind|along|across|to|for|between|within|inside|throughout|from|among|against|towards?|into|about|above|below|beneath|beside|near|next\s+to|up|down)\b/i;
/**
 * A time after the form, which `PLACE_AFTER` would read as a place: "the cramps at night", "some
 * swelling in the evenings", "during sleep". "I broke my ankle in March. I still get some swelling
 * at night." says when, not what of (the block17 grid: every such post was unmarked).
 */
export const TIME_AFTER =
  /^[\s\u00a0]+(?:at|in|during|through|over)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:night|nights|morning|mornings|evening|evenings|bed|sleep|day|days|week|weeks)\b/i;
/** The other items of a list the form starts: "any swelling or warping of the floorboards". */
export const LIST_ITEMS = /^(?:(?:[\s\u00a0]*,[\s\u00a0]*(?:and|or)?|[\s\u00a0]+(?:and|or))[\s\u00a0]+[a-z]+)+/i;
/**
 * An object after the form: a verb, not a symptom ("the new rules cramp the style", "cramping your
 * routine", "rules that cramp an athlete's freedom"), but for time: "persistent swelling a week after flying".
 */
export const OBJECT_AFTER =
  /^[\s\u00a0]+(?:the|your|my|his|her|their|our|its|these|those|him|them|us|me|an?(?![\s\u00a0]+(?:week|day|month|year|fortnight|few|couple|bit|little|lot|while)\b))\b/i;
/**
 * An "-ing" form before the noun it describes is an adjective: "swelling ranks", "a bruising defeat".
 * Not before a preposition, which no noun is ("some swelling at night", "tingling by evening").
 */
export const ING_BEFORE_NOUN =
  /^[\s\u00a0]+(?!(?:and|or|but|nor|that|which|who|where|when|while|whilst|as|if|is|are|was|were|be|been|may|might|can|could|will|would|should|must|has|have|had|does|do|did|often|usually|sometimes|also|then|gets?|got|goes|went|comes?|came|sets?|starts?|stops?|occurs?|seems?|lasts?|persists?|after|before|until|during|a|an|the|with|without|like|than|so|too|up|down|away|off|again|at|in|on|by|during|through|over)\b)[a-z]/i;
/** A verb before an "-ing" form: "the rates are swelling", "it keeps tingling" (its subject is named). */
export const VERB_BEFORE =
  /\b(?:is|are|was|were|be|been|being|am|keeps?|kept|started|starts?|stopped|stops?|began|begins?)(?:[\s\u00a0]+[a-z]+){0,1}[\s\u00a0]+$/i;
/**
 * A helping verb before "clot", "bruise" or "cramp" makes it a verb of the kitchen, the orchard or
 * the economy ("The milk will clot if you add the lemon too quickly", "Rising rates could cramp
 * spending"; a cramp said of "it", "it will cramp up again", is the post rule's); a
 * hyphen after a form, the first half of a compound ("the bruise-coloured sky"). Each was a wrong
 * mark of an everyday sentence after a leg's, in a block of its own (`node
 * tests/sense/pair-text.ts --earlier`). Other forms keep it: "Starting to cramp", "it may spasm
 * again", "leading to swelling" were right marks on the held-out health text.
 */
const VERB_FORM = /^(?:clots?|bruises?|cramps?)$/i;
const MODAL_BEFORE =
  /\b(?:will|would|can|could|may|might|must|should|shall|does|did|do|won['’]t|can['’]t|didn['’]t|doesn['’]t|don['’]t)[\s\u00a0]+$/i;
const COMPOUND_AFTER = /^[-\u2010\u2011]\p{L}/u;
/**
 * Before the form, an owner or an article of a trait or a feeling: "the team's weakness", "its
 * weakness", "a tenderness he had not known", "with great tenderness", "a numbness settled over
 * her". Patient pages name a symptom bare or with "the", "this", "some" or a word of degree.
 */
const OWNER_BEFORE =
  /(?:(?<!\b(?:there|here))['’]s?|\b(?:its|their|his|her|our|my|your|whose|a|an|with))(?:[\s\u00a0]+[a-z]+){0,1}[\s\u00a0]+$/i;
/**
 * A cramp or a spasm as what a pain is likened to: "It felt like a cramp that just wouldn't quit",
 * "pain (like a cramp or soreness)", "described as a cramp". The article is no trait's there.
 */
const LIKENED_TO = /\b(?:like|as)[\s\u00a0]+an?(?:[\s\u00a0]+[a-z]+){0,1}[\s\u00a0]+$/i;
/**
 * A sentence that opens on a condition of its own as the cause ("Shingles causes a painful rash and
 * tingling", "Rosacea causes facial redness"): its symptoms are that condition's. "This injury
 * causes…", "It can cause…" point back.
 */
export const NEW_CAUSE =
  /^[\s\u00a0]*(?!(?:This|That|These|Those|It|They|The|A|An|Such|Which|Its|Their)\b)[A-Z][\w'’-]*(?:[\s\u00a0]+[a-z][\w'’-]*){0,2}[\s\u00a0]+(?:(?:can|may|often|also|usually|sometimes)[\s\u00a0]+)?(?:causes?|brings?|leads?[\s\u00a0]+to|triggers?)\b/;
/**
 * The one word before a form that opens its sentence, where it is not a word of degree or time: a
 * noun naming whose symptom it is ("Sole tingling? No, just a great pair of trainers", "Breast
 * tenderness", "Market weakness").
 */
const OPENING_WORD = /^[\s\u00a0]*([a-z]+)[\s\u00a0]+$/i;
export const DEGREE =
  /^(?:the|this|that|any|some|no|mild|slight|severe|sudden|persistent|constant|horrible|terrible|awful|nasty|intense|agonising|agonizing|excruciating|localized|localised|temporary|visible|noticeable|increased|new|more|less|extreme|occasional|frequent|general|generalized|worse|painful|muscle)$/i;
/**
 * "Weakness" and "tenderness" are the nouns of a trait or a feeling as often as of a muscle ("He
 * injured his knee in training. The weakness showed after the break", "Critics praised the
 * tenderness the film shows"): they need a second symptom in their sentence ("pain and localized
 * tenderness", "tenderness to severe weakness", "numbness or weakness").
 */
export const TRAIT = /^(?:weakness|tenderness)/i;

/**
 * A symptom named as a noun, bare, in a sentence of no other sense and no other part of the body:
 * the discourse rule's guards (above), which the forward rule (forward-anchor.ts) keeps too.
 */
export function isBareSymptom(
  match: RawMatch,
  sentence: [number, number],
  anchors: SentenceAnchors,
  { text, raw, symptoms }: DiscourseContext,
): boolean {
  if (match.sense === 'paired' || anchors.isOtherSense) return false;
  const form = text.slice(match.start, match.end);
  if (!isSymptomNoun(form, match.entryId, symptoms)) return false;
  const after = text.slice(match.end, sentence[1]);
  const placed = after.replace(LIST_ITEMS, '');
  if ((PLACE_AFTER.test(placed) && !TIME_AFTER.test(placed)) || OBJECT_AFTER.test(after)) return false;
  if (isAdjectiveIn(sentence, text, raw)) return false;
  const lead = text.slice(Math.max(sentence[0], match.start - 40), match.start);
  const isLikened = SYMPTOM_LIKE.test(form) && LIKENED_TO.test(lead);
  if ((OWNER_BEFORE.test(lead) && !isLikened) || (/ing$/i.test(form) && VERB_BEFORE.test(lead))) return false;
  if ((VERB_FORM.test(form) && MODAL_BEFORE.test(lead)) || COMPOUND_AFTER.test(after)) return false;
  const own = text.slice(sentence[0], sentence[1]);
  if (OTHER_PART.test(own) || NEW_CAUSE.test(own)) return false;
  const opening = OPENING_WORD.exec(text.slice(sentence[0], match.start));
  if (opening && !DEGREE.test(opening[1]!)) return false;
  // "There is still some tenderness": a trait there or had, alone in its sentence (there-is-sign.ts).
  if (TRAIT.test(form) && !hasSecondSymptom(match, sentence, anchors, raw, symptoms))
    if (!isThereSign(text, match, sentence)) return false;
  // Stiffness reads all the sentences it may reach for a joint, not only those up to its anchor.
  return !(STIFFNESS.test(form) && JOINT.test(own));
}

/** A symptom named as a noun: the only forms the rule takes. */
export const isSymptomNoun = (form: string, entryId: string, symptoms: ReadonlySet<string>) =>
  SYMPTOM_NOUN.test(form) && (symptoms.has(entryId) || SYMPTOM_LIKE.test(form));

/**
 * Is a form of the sentence an "-ing" adjective before its noun ("Analysts flagged weakness,
 * tightness and swelling inventories")? Then its symptom words are a business's or a crowd's, as in
 * "swelling crowds", and none of them is the leg's.
 */
function isAdjectiveIn([from, to]: [number, number], text: string, raw: readonly RawMatch[]): boolean {
  for (const other of formsIn(raw, from, to))
    if (other.start >= from && other.end <= to && /ing$/i.test(text.slice(other.start, other.end)))
      if (ING_BEFORE_NOUN.test(text.slice(other.end, to)) || OBJECT_AFTER.test(text.slice(other.end, to))) return true;
  return false;
}

/** Another symptom in the sentence: a form of a symptom entry, or a symptom word ("pain", "sore"). */
export function hasSecondSymptom(
  match: RawMatch,
  [from, to]: [number, number],
  anchors: SentenceAnchors,
  raw: readonly RawMatch[],
  symptoms: ReadonlySet<string>,
): boolean {
  if (anchors.symptomWords.length > 0) return true;
  return formsIn(raw, from, to).some(
    (other) => other !== match && other.start >= from && other.end <= to && symptoms.has(other.entryId),
  );
}
