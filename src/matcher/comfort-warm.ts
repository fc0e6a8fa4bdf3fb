/**
 * Warmth as comfort, not a sign: "my feet stayed warm all night in the new sleeping bag", "wool
 * socks keep your toes warm", "the shop moulds the liners to a warm, snug fit". The warmth card
 * explains skin warmer than it should be, urgent beside a swollen calf; feet kept warm by bedding,
 * clothes or a fire are what the writer wanted, and the feet named there made "warm" red (issue 11,
 * the falsered15 round: docs/sense.md "Comfort, a thing's colour, a dish's or an animal's leg"). Two
 * shapes, dropped before any sense rule reads the block so they neither mark nor anchor:
 * - "warm" after a verb of keeping ("stayed", "kept", "keep … warm"), in a sentence that names
 *   bedding, clothes, footwear or a source of heat, and no sign beside it (swollen, red, tender, pain);
 * - "warm" right before what is worn or its fit, maybe after another word ("warm socks", "a warm,
 *   snug fit"): the thing's warmth. Not "warm under the bandage": a word of place ends the shape.
 * Only forms whose text is "warm" or "warmer" are read.
 */
import type { RawMatch } from './apply-sense.ts';
import { sentenceAround } from './sentence-around.ts';
import { isFormShaped, withoutUses } from './without-uses.ts';

const WARM_FORM = /^warm(?:er)?$/i;
/** How far either side of the form a sign keeps it ("stayed warm and swollen", "red, swollen and stayed warm"). */
const SIGN_REACH = 40;
/** Where a clause ends: a comma, a semicolon, "but". */
const CLAUSE_BREAK = /[,;]|\bbut\b/i;

/** What keeps a body warm on purpose: bedding, clothes and footwear, a fire. No care item (a bandage, a cast). */
const COMFORT = String.raw`(?:sleeping[\s-]+bags?|duvets?|quilts?|blankets?|bed|beds|covers|sheets|(?:hot[\s-]+)?water[\s-]+bottles?|electric\s+blankets?|socks?|slippers?|boots?|shoes?|trainers|wellies|liners?|insoles?|gloves|mittens|layers|thermals|fleece|jumpers?|sweaters?|coats?|jackets?|fires?|fireplace|stove|heaters?|radiators?|underfloor\s+heating|tent|camping)`;
const COMFORT_WORD = new RegExp(String.raw`\b${COMFORT}\b`, 'i');
/** A verb of keeping before the form, maybe with its object and a word of degree: "stayed ", "keep your toes nice and ". */
const KEEP_BEFORE =
  /\b(?:stay|stays|stayed|staying|kept|keep|keeps|keeping|remain|remains|remained)\s+(?:(?:my|your|his|her|their|our|the|both)\s+(?:[a-z]+\s+)?)?(?:(?:nice\s+and|lovely\s+and|toasty|perfectly|really|so|very|lovely|nice|and)\s+)*$/i;
/** A sign beside the form: then the warmth may be one too, and the sense rules decide. */
const SIGN =
  /\b(?:swollen|swelling|swell(?:s|ed)?|red|redness|tender|sore|pain|painful|hurts?|throbb\w*|clot|dvt|inflamed|hot\s+to\s+the\s+touch)\b/i;
/**
 * What is worn, or its fit, right after the form: "warm socks", "a warm, snug fit", "warm wool socks",
 * "an oh-so warm and comforting water bottle" (held23's forum post, whose foot swells: no sign may be
 * among the words between).
 */
const WORN_AFTER = new RegExp(
  String.raw`^(?:,?\s+(?:and\s+)?(?!(?:under|beneath|below|around|round|through|in|inside|on|at|near|by|the|my|a|an|to|and|from|after|with)\b)[a-z-]+){0,2},?\s+(?:${COMFORT}|fit|fitting)\b`,
  'i',
);

/** The matches that are not warmth as comfort. */
export function withoutComfortWarmth(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isComfortWarmth);
}

/** Is `match` "warm" said of feet kept warm on purpose, or of what is worn? */
export function isComfortWarmth(text: string, match: RawMatch): boolean {
  if (!isFormShaped(text, match, 'w', 4, 6)) return false;
  if (!WARM_FORM.test(text.slice(match.start, match.end))) return false;
  const worn = WORN_AFTER.exec(text.slice(match.end, match.end + 50));
  if (worn && !SIGN.test(worn[0])) return true;
  if (!KEEP_BEFORE.test(text.slice(Math.max(0, match.start - 50), match.start))) return false;
  // A sign in the form's clause, not anywhere in the sentence: "the red one" of two bags, "but my
  // calf is red" are no sign of the feet kept warm.
  const before =
    text
      .slice(Math.max(0, match.start - SIGN_REACH), match.start)
      .split(CLAUSE_BREAK)
      .pop() ?? '';
  const after = text.slice(match.end, match.end + SIGN_REACH).split(CLAUSE_BREAK)[0] ?? '';
  return COMFORT_WORD.test(sentenceAround(text, match)) && !SIGN.test(before + after);
}
