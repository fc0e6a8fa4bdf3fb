import type { RawMatch } from './apply-sense.ts';
import { isMedicineNamed, isMedicineTaken } from './medicine-words.ts';

/** The forms of a medicine's unwanted effect: "side effect(s)", "adverse effect(s)". */
const EFFECT_FORM = /^(?:side|adverse)[\s\u00a0-]+effects?$/i;
/** What the effect is of, from or on, up to the clause's end: "of statins", "from the booster shot". */
const OBJECT = /^[\s\u00a0]+(of|from|on)[\s\u00a0]+([^,;:.!?()]{1,80})/i;
/** Where the object's noun phrase ends: a verb or a clause word after it ("of the tablets is…"). */
const OBJECT_END =
  /[\s\u00a0]+(?:is|are|was|were|has|have|had|will|would|can|could|may|might|include|includes|that|which|who|because|but|so|when|if|as)\b/i;
/**
 * An object that points back ("a side effect of it") or a time ("side effects on the first day"),
 * which say nothing of what the effect is of: the sentence and those before decide.
 */
const POINTING =
  /^(?:it|this|that|them|these|those|the[\s\u00a0]+(?:same|latter|former)|which|(?:[\w'’-]+[\s\u00a0]+){0,2}?(?:days?|weeks?|months?|years?|nights?|mornings?|evenings?|hours?)\b)/i;
/** How many sentences back a medicine taken may be named ("Started gabapentin last week. The side effects…"). */
const MEDICINE_REACH = 2;

/**
 * "Dizziness is a known side effect of statins", "Most vaccine side effects are mild", "Started
 * gabapentin last week. The side effects have been rough": the side-effect card explains an unwanted
 * effect of a medicine, whatever part of the body it touches, so a medicine, a vaccine or a
 * treatment named for it anchors the form (medicine-words.ts), in the normal colour (the card is not
 * urgent). Where the form says what it is of ("of the rate cut", "on house prices", "of fame"),
 * only that object decides: a medicine elsewhere in the sentence is not what the effect is of ("The
 * drug companies fear the side effects of the tariff war"). Otherwise a medicine anywhere in its
 * sentence anchors it, or a medicine taken that one of the two sentences before names: a drug's
 * name, or a medicine after a verb of taking ("My mum was switched to atorvastatin"), not one merely
 * named ("The clinic moved its vaccine stock").
 */
export function isMedicineEffect(
  text: string,
  match: RawMatch,
  sentence: [number, number],
  sentenceAt: (at: number) => [number, number],
): boolean {
  if (!isEffectForm(text, match)) return false;
  const object = objectOf(text, match, sentence[1]);
  if (object !== undefined) return isMedicineNamed(object);
  if (isMedicineNamed(text.slice(sentence[0], sentence[1]))) return true;
  for (let back = 0, before = sentence; back < MEDICINE_REACH && before[0] > 0; back++) {
    before = sentenceAt(before[0] - 1);
    if (isMedicineTaken(text.slice(before[0], before[1]))) return true;
  }
  return false;
}

/**
 * "a side effect of dialysis", "the side effects of the rate cut", "an adverse effect on house
 * prices": the form says what the effect is of, and it is no medicine, so no anchor makes it the
 * card's (an effect of a flight or a surgeon's approach is not a medicine's either).
 */
export function isOtherEffect(text: string, match: RawMatch, end: number): boolean {
  if (!isEffectForm(text, match)) return false;
  const object = objectOf(text, match, end);
  return object !== undefined && !isMedicineNamed(object);
}

/** Is the form a side effect's? Words of exercise anchor other relaxed forms, never this: "side effects after a run". */
export function isEffectForm(text: string, match: RawMatch): boolean {
  // Asked of every weak form a block judges, up to three times: "side effect" is the shortest form,
  // so one that cannot be it costs no slice (docs/performance.md "The sense rules' cost, the
  // fourteenth session": `node tests/bench/match-forum-ab.ts MAIN THIS` with a profile).
  const first = text.charCodeAt(match.start) | 0x20;
  if (match.end - match.start < 11 || (first !== 0x73 && first !== 0x61)) return false;
  return EFFECT_FORM.test(text.slice(match.start, match.end));
}

/**
 * May the blocks before name the medicine (earlier-blocks.ts)? A form with no object of its own,
 * whose sentence names no medicine: "The side effects have been rough so far" after a line that
 * names the drug.
 */
export function mayTakeMedicineBefore(text: string, match: RawMatch, sentence: [number, number]): boolean {
  if (!isEffectForm(text, match)) return false;
  return objectOf(text, match, sentence[1]) === undefined;
}

/**
 * May a block with no other anchor hold such a form (block-anchoring.ts)? The form first, then the
 * block's words: most blocks pay one test of the form's text.
 */
export function mayBeMedicineEffect(text: string, match: RawMatch): boolean {
  return isEffectForm(text, match) && isMedicineNamed(text);
}

/**
 * The noun phrase the effect is of, from or on, in the sentence; undefined for none or a pointing
 * word. What it is on is a place as often as a cause ("side effects on my skin", "on house prices"):
 * only a medicine there counts ("on statins"); otherwise the sentence decides.
 */
function objectOf(text: string, match: RawMatch, end: number): string | undefined {
  const found = OBJECT.exec(text.slice(match.end, end));
  if (!found) return undefined;
  const phrase = found[2]!;
  if (POINTING.test(phrase)) return undefined;
  const stop = OBJECT_END.exec(phrase);
  const object = stop ? phrase.slice(0, stop.index) : phrase;
  return found[1]!.toLowerCase() === 'on' && !isMedicineNamed(object) ? undefined : object;
}
