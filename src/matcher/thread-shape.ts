import type { RawMatch } from './apply-sense.ts';
import { isFragmentOf, isNounForm } from './block-anchor.ts';
import { type DiscourseContext } from './discourse-anchor.ts';
import { hasSecondSymptom, isBareSymptom } from './bare-symptom.ts';
import { FIRST_PERSON, OF_AFTER, OBJECT_AFTER } from './post-anchor.ts';
import { COMPARED_OF_IT, SAID_OF_IT } from './said-of-it.ts';
import type { SentenceAnchors } from './sentence-anchors.ts';
import { isCourseOfSign } from './sign-course.ts';
import { isPointedPart } from './pointed-part.ts';
import { siteSignOf } from './pointed-site.ts';
import { isSignAtPointedPlace } from './pointed-place.ts';
import { formsIn, hasFormAt } from './forms-in.ts';

/**
 * The signs a post goes on about by themselves once its writer's leg is named: swelling, a bruise,
 * numbness, tingling, a lump, a cramp or a spasm. Their everyday senses ("swollen with pride", "a
 * cramp of fear", "numb with grief", "cramp my style") are caught by what follows them.
 */
const ALONE =
  /^(?:swell(?:ing|ed|s)?|swollen|swolen|puff(?:y|iness)|bruis(?:e|es|ed|ing)|numb(?:ness)?|tingl(?:e|es|ed|ing|y)|pins and needles|lumps?|cramp(?:s|ing|ed|y)?|spasm(?:s|ing|ed)?)$/i;
/**
 * The signs that are a trait, a feeling or a game's as often ("it was tight until the end", "it
 * felt warm", "they were weak", "a tender moment"): only with a second symptom in their sentence
 * ("They are so stiff and sore", "red, and sore to touch").
 */
/** A sign felt to the touch, a form of its own: "warm to the touch". */
const TOUCH_FORM = /^(?:warm|hot|tender)\s+to\s+(?:the\s+)?touch$/i;
const PAIRED_HERE = /^(?:tight(?:ness)?|stiff(?:ness)?|weak(?:ness)?|tender(?:ness)?|warm(?:th)?|hot|red(?:ness)?)$/i;
/** A sign the writer says of their own body: "I was still swollen", "I get swollen", "I bruised". */
const SAID_OF_ME =
  /\bI(?:['’]m|\s+(?:am|was|get|gets|got|stay|stayed|looked|look|keep|kept|end up|ended up))(?:\s+(?:still|so|really|very|quite|all|getting|always|often|a bit|a little))*\s+$/;
/** "I was still cramping on Monday": a cramp the writer says they had, with no object ("cramping my style"). */
const OF_ME = /^(?:swollen|swolen|puffy|bruised|cramping)$/i;
/** The writer's state asked about with no subject: "Is it normal to be this swollen after a strain?" */
const NORMAL_TO_BE = /\b(?:normal|ok|okay|usual|common)\s+to\s+(?:be|get|feel|look|stay)\s+(?:this|that|so|still)\s+$/i;
/**
 * A knot (the lump card's "knot") only with its course: "The knot is still there after a fortnight",
 * "the knot has gone". Its everyday senses ("tied a knot", "a knot in my stomach") have no course.
 */
const KNOT = /^knots?$/i;
/** Owners of a concrete sign: "my bruise", "a lump"; "my" only for the rest ("my swelling"). */
const MY_BEFORE = /\bmy\s+(?:[a-z]+\s+)?$/i;
const A_BEFORE = /\b(?:a|an)\s+(?:[a-z]+\s+)?$/i;
/**
 * "a" after a preposition is a state or a place, not a sign the writer has: "the housing market is
 * still in a cramp" (`node tests/sense/pair-text.ts --earlier`), "went into a spasm of panic".
 */
const IN_A = /\b(?:in|into|of|like|as|for|with|at|on)\s+(?:a|an)\s+(?:[a-z]+\s+)?$/i;
const CONCRETE = /^(?:lumps?|bruises?|cramps?|spasms?)$/i;
/**
 * After a sign said of "it": a place or what it is of ("it was numb in the stands", "it was swollen
 * with rain"); a time may follow ("numb and tingly for ages").
 */
const PLACE_OF_IT =
  /^\s+(?:in|at|on|of|with|about|over|under|across|towards?|into|between|among|inside|throughout|around)\b/i;
/** "numb to the touch" is the sign's, not what it is of. */
const TO_THE_TOUCH = /^\s+to\s+(?:the\s+)?touch\b/i;
/** A time after the sign is no object: "numb and tingly this morning". */
const TIME_AFTER =
  /^\s+(?:(?:this|that|last|every|each)\s+(?:morning|afternoon|evening|night|week|weekend|day|time)|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
/**
 * Words of degree `SAID_OF_IT` leaves out, read as if not there: "it got rather swollen", "they
 * were pretty bruised" (the sign's own guards after it still hold: "pretty swollen with people").
 */
const DEGREE_BEFORE = /\s+(?:rather|pretty|fairly|somewhat)\s+$/i;
const tailOf = (text: string, match: RawMatch, to: number) =>
  text.slice(match.end, to).replace(TO_THE_TOUCH, '').replace(TIME_AFTER, '');

/**
 * Which of the post's shapes (thread-leg.ts) the sign is said in, if any: "of it" reads no one else
 * between, "placed" (a place pointing back: "on the side of it") the sentence right before only.
 */
export function threadShapeOf(
  match: RawMatch,
  sentence: [number, number],
  anchors: SentenceAnchors,
  context: DiscourseContext,
): 'of it' | 'placed' | 'own' | undefined {
  const { text, raw, symptoms } = context;
  // "That same calf went again": the part pointed back to is the writer's, where the walk finds it named.
  if (isPointedPart(text, match, sentence)) return 'own';
  const form = text.slice(match.start, match.end);
  if (KNOT.test(form)) return isCourseOfSign(match, sentence, text) ? 'own' : undefined;
  const isAlone = ALONE.test(form);
  // "The area felt unusually warm to the touch", "the site is still swollen": a site pointed back to (pointed-site.ts).
  const site =
    isAlone || PAIRED_HERE.test(form) || TOUCH_FORM.test(form) ? siteSignOf(text, match, sentence) : undefined;
  if (site === 'touched' || (site === 'said' && isAlone)) return 'own';
  // "There's a lot of bruising in that area now": the place is the sentence right before's (pointed-place.ts).
  if (isAlone && isSignAtPointedPlace(match, sentence, text)) return 'placed';
  if (!isAlone && !PAIRED_HERE.test(form)) return undefined;
  if (!isAlone && !hasOtherSymptom(match, sentence, anchors, raw, symptoms)) return undefined;
  if (site === 'said') return 'own';
  const ofIt = saidOfIt(match, sentence, text);
  if (ofIt !== undefined) return ofIt ?? undefined;
  return isPostShape(match, sentence, anchors, context) ? 'own' : undefined;
}

/**
 * A sign said of "it" or "they" ("it felt numb and tingly"): 'of it'; null where what follows is a
 * place or an object ("it was numb in the stands"); undefined where not said so.
 */
function saidOfIt(match: RawMatch, sentence: [number, number], text: string): 'of it' | null | undefined {
  const lead = text.slice(Math.max(sentence[0], match.start - 60), match.start).replace(DEGREE_BEFORE, ' ');
  if (!(SAID_OF_IT.test(lead) || COMPARED_OF_IT.test(lead)) || isNounForm(text, match)) return undefined;
  const after = tailOf(text, match, sentence[1]);
  return PLACE_OF_IT.test(after) || OBJECT_AFTER.test(after) ? null : 'of it';
}

/** A sign said of "I", a fragment, or a sign noun (above). */
function isPostShape(
  match: RawMatch,
  sentence: [number, number],
  anchors: SentenceAnchors,
  context: DiscourseContext,
): boolean {
  const { text, raw } = context;
  const form = text.slice(match.start, match.end);
  const lead = text.slice(Math.max(sentence[0], match.start - 60), match.start);
  const after = tailOf(text, match, sentence[1]);
  if ((SAID_OF_ME.test(lead) || NORMAL_TO_BE.test(lead)) && OF_ME.test(form)) return !OF_AFTER.test(after);
  const isSymptomAt = (at: number) =>
    hasFormAt(raw, at) || anchors.symptomWords.some((edge, k) => k % 2 === 0 && edge === at);
  if (isFragmentOf(text, sentence, match, raw, isSymptomAt, false)) return true;
  if (isBareSymptom(match, sentence, anchors, context) || isCourseOfSign(match, sentence, text)) return true;
  // The writer's own sign ("my bruise", "my swelling") or a concrete one ("a lump"): the discourse
  // rule's guards, read as if the owner were not there.
  // "a" only where the writer has it: "I got a bruise", not "the market is in a cramp".
  const isWritersA = CONCRETE.test(form) && !IN_A.test(lead) && FIRST_PERSON.test(text.slice(...sentence));
  const owner = MY_BEFORE.exec(lead) ?? (isWritersA ? A_BEFORE.exec(lead) : null);
  if (!owner) return false;
  const at = match.start - owner[0].length;
  const masked = `${text.slice(0, at)}${' '.repeat(owner[0].length)}${text.slice(match.start)}`;
  return isBareSymptom(match, sentence, anchors, { ...context, text: masked });
}

/**
 * A second symptom of another entry in the sentence: a symptom word ("sore", "painful") or another
 * entry's form. The same form said twice is no second symptom ("tight, and tight again").
 */
export function hasOtherSymptom(
  match: RawMatch,
  sentence: [number, number],
  anchors: SentenceAnchors,
  raw: readonly RawMatch[],
  symptoms: ReadonlySet<string>,
): boolean {
  const others = formsIn(raw, sentence[0], sentence[1]).filter((other) => other.entryId !== match.entryId);
  return hasSecondSymptom(match, sentence, anchors, others, symptoms);
}

/**
 * Could the rule take the form, given the sentences before? Asked of a weak form left unanchored
 * before the page is asked for the blocks before it (apply-sense.ts): a sign of `ALONE`, or of
 * `PAIRED_HERE` with its second symptom, so that a news block's "weak" or "tight" does not ask.
 */
export function mayTakeThread(
  match: RawMatch,
  sentence: [number, number],
  anchors: SentenceAnchors,
  { text, raw, symptoms }: Pick<DiscourseContext, 'text' | 'raw' | 'symptoms'>,
): boolean {
  if (match.sense === 'strong') return false;
  const form = text.slice(match.start, match.end);
  if (ALONE.test(form) || KNOT.test(form) || isPointedPart(text, match, sentence)) return true;
  if ((PAIRED_HERE.test(form) || TOUCH_FORM.test(form)) && siteSignOf(text, match, sentence) === 'touched') return true;
  return PAIRED_HERE.test(form) && hasOtherSymptom(match, sentence, anchors, raw, symptoms);
}
