import type { RawMatch } from './apply-sense.ts';
import { blockTestOf } from './block-test.ts';
import { HEAD, REGION } from './other-region.ts';

/**
 * Red or warm said of the skin: "Red skin, particularly at the back of your leg", "Warm skin in the
 * area of the clot", "Skin that feels warm or hot to the touch" (the nineteenth session: held-out
 * DVT leaflets list the signs as skin's, with no leg and no second symptom beside them). The cards
 * explain exactly that ("Skin that turns red…", "Skin that feels warmer than usual…"), so the skin is
 * the sign's place and its company. Normal colour: red is the leg's sign, and a leg word in the
 * sentence makes it red by the older rules.
 *
 * Not a fruit's, a fish's or a roast's skin, a skin of something ("the skin of the custard"), a skin
 * red from the sun, the cold or a blush, nor the skin of another region ("red skin on her cheeks").
 * The caller sets aside sentences of another sense or with an animal.
 */

/** The paired forms and their nouns: "red", "redness", "warm", "hot", "warm to the touch". */
const SIGN = /^(?:red|redness|reddened|warm|warmth|hot|(?:warm|hot)\s+to\s+(?:the\s+)?touch)$/i;

/** Right after the form: the skin, maybe after another colour or sign ("red or darkened skin", "warm, shiny skin"). */
const SKIN_AFTER =
  /^(?:(?:,\s*|\s+(?:or|and)\s+)[a-z-]+)?\s+skin\b(?!\s+of\s+(?!(?:the|your|my|his|her|their)\s+(?:legs?|calf|calves|feet|foot|ankles?|shins?)\b))/i;

/**
 * Before the form: the skin as the subject, with up to four words of being, seeming or degree
 * between ("Skin that feels warm", "Skin will be warm to touch", "skin that is warm or hot to the touch").
 */
const SKIN_BEFORE =
  /\bskin\s+(?:(?:that|which|will|may|might|can|could|is|are|was|were|be|been|becomes?|became|feels?|felt|feel|looks?|looked|look|turns?|turned|turn|gets?|got|get|very|more|slightly|quite|often|also|noticeably|unusually|warm|red|or|and)\s+){1,5}$/i;

/** What gives the skin its colour or heat that is no sign, and skins that are no person's. */
const NOT_A_SIGN =
  /\b(?:sun|sunburn(?:t|ed)?|tan(?:ned)?|blush(?:es|ed|ing)?|embarrass\w*|shame|anger|angry|rage|cold|wind|frost|bath|shower|sauna|chicken|duck|pork|crackling|sausages?|potato(?:es)?|apples?|peach(?:es)?|tomato(?:es)?|peppers?|chill(?:i|ies)|fish|salmon|onions?|fruit|grapes?|plums?|bake[ds]?|roast(?:ed)?|grill(?:ed)?|cris(?:p|py)|drum|snake|lizard|frog)\b/i;

/** Another region named in the sentence: its skin is that region's ("red skin on her cheeks", "warm skin over the wrist"). */
const ELSEWHERE = new RegExp(String.raw`\b(?:${REGION}|${HEAD}|back(?!\s+of\b))\b`, 'i');

/** Is `match` red or warm said of the skin, in its sentence `[from, to)`? */
export function isSkinSign(text: string, match: RawMatch, [from, to]: [number, number]): boolean {
  if (!SIGN.test(text.slice(match.start, match.end))) return false;
  const isSkins =
    SKIN_AFTER.test(text.slice(match.end, Math.min(to, match.end + 40))) ||
    SKIN_BEFORE.test(text.slice(Math.max(from, match.start - 60), match.start));
  if (!isSkins) return false;
  const sentence = text.slice(from, to);
  return !NOT_A_SIGN.test(sentence) && !ELSEWHERE.test(sentence);
}

const namesSkin = blockTestOf((text) => /\bskin\b/i.test(text));

/** Could the block hold such a sign (a sign's form and the word "skin" anywhere in it)? Asked before sentences are read. */
export const mayBeSkinSign = (text: string, match: RawMatch): boolean =>
  SIGN.test(text.slice(match.start, match.end)) && namesSkin(text);
