/**
 * "Tight" and "stiff" are the muscle-stiffness card's only where a muscle of a limb is what is tight.
 * Said of what is worn on the leg they are a fit ("These compression stockings are too tight around
 * the top of my thigh", "Her shoe was so tight on her left foot"), and said of the airways they are
 * asthma's ("the muscles around the airways squeeze tight"); the thigh, the foot or "muscles" nearby
 * anchored them (issue 11, the clot-place round's second part: docs/sense.md "A clot in another
 * place"). The negative contexts list "shoes too tight" and the like one phrase at a time; this reads
 * the shape. These uses are dropped before any sense rule reads the block, so they neither mark nor
 * anchor. Only forms whose text is "tight", "stiff", "tightness" or "stiffness" (and "-er") are read.
 */
import type { RawMatch } from './apply-sense.ts';
import { withoutUses } from './without-uses.ts';
import { LEG_PART } from './leg-part.ts';
import { lastIndexNear, stopAfter } from './long-sentence.ts';

const TIGHT_FORM = /^(?:tight|stiff)(?:er|ness)?$/i;
/** The warmth card's "hot" and "warm": said of shoes or clothes ("new trainers feel hot and tight"), their heat. */
const HEAT_FORM = /^(?:hot|warm)$/i;
/** What is worn and holds heat: not a care item (a cast or a bandage that feels hot may be the sign). */
const CLOTHES =
  /\b(?:socks?|stockings?|boots?|shoes?|trainers|sneakers|cleats|liners?|sandals|slippers|jeans|trousers|leggings|wellies|wellingtons?|wetsuits?|insoles?|footwear|cloth(?:es|ing)|garments?)\s+\S*\s*\S*\s*\S*\s*\S*\s*$/i;

/** What is worn on a body, or tied round it. */
export const WORN = String.raw`(?:socks?|stockings?|boots?|shoes?|trainers|sneakers|cleats|liners?|toe\s*box(?:es)?|sandals|slippers|jeans|trousers|chinos|pants|leggings|shorts|skirts?|dress(?:es)?|waistbands?|belts?|collars?|cuffs?|sleeves?|gaiters?|wellies|wellingtons?|wetsuits?|straps?|laces|bandages?|casts?|braces?|splints?|wraps?|tape|insoles?|(?:mid|out)soles?|footwear|cloth(?:es|ing)|garments?)`;

/**
 * The worn thing, then a verb of being, feeling or fitting with words of degree or time, then the
 * form ("stockings are too ", "the boots felt ", "socks that are a bit "): said of it. Not any word
 * between: "off came the socks and my calf felt tight" says the calf is.
 */
const WORN_BEFORE = new RegExp(
  String.raw`\b${WORN}\s+(?:(?:that|which)\s+)?(?:(?:is|are|was|were|be|been|being|will|would|should|shouldn['’]t|must|can|could|may|might|do|does|did|don['’]t|doesn['’]t|not|never|feels?|felt|feeling|fits?|fitted|fitting|pulled|laced|tied|done\s+up|wrapped|strapped|fastened|seems?|seemed|gets?|got|getting|looks?|looked|stays?|stayed|still|always|now|quite|too|so|very|really|pretty|super|rather|far|way|less|more|much|even|no|any|a\s+bit|a\s+little|slightly|kind\s+of|bit)\s+){1,4}(?:(?!my\b|your\b|his\b|her\b|the\b)[a-z]+(?:,|\s+and)\s+){0,2}$`,
  'i',
);

/** The form before the worn thing, maybe after one word ("tight compression socks", "stiff new boots"), or its "tightness of the stockings". */
const WORN_AFTER = new RegExp(
  String.raw`^(?:[\s-]+(?!calf\b|calves\b|leg|muscle|hamstring|achilles)[a-z]+)?\s+${WORN}\b|^\s+of\s+(?:the|my|your|his|her|their|these|those|new)\s+(?:[a-z]+\s+)?${WORN}\b`,
  'i',
);

/** The airways, where a muscle that squeezes tight is asthma's; the sentence must name no part of the leg. */
const AIRWAYS = /\b(?:airways?|bronch(?:i|ial|ioles?|us)|windpipe|trachea)\b/i;

/** The matches that are not "tight" or "stiff" said of what is worn or of the airways. */
export function withoutWornUses(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isWornUse);
}

/** Is `match` "tight" or "stiff" said of what is worn ("socks are too tight") or of the airways? */
export function isWornUse(text: string, match: RawMatch): boolean {
  // Asked of every form of every block: length and first letter first, so others cost no slice.
  const length = match.end - match.start;
  if (length < 3 || length > 9) return false;
  const first = text.charCodeAt(match.start) | 0x20;
  if (first !== 0x74 && first !== 0x73 && first !== 0x68 && first !== 0x77) return false;
  const form = text.slice(match.start, match.end);
  const isHeat = HEAT_FORM.test(form);
  if (!isHeat && !TIGHT_FORM.test(form)) return false;
  const before = text.slice(Math.max(0, match.start - 60), match.start);
  if (isHeat) return WORN_BEFORE.test(before) && CLOTHES.test(before);
  if (WORN_BEFORE.test(before) || WORN_AFTER.test(text.slice(match.end, match.end + 50))) return true;
  const from = Math.max(lastIndexNear(text, '. ', match.start), lastIndexNear(text, '; ', match.start)) + 1;
  const sentence = text.slice(from, stopAfter(text, match.end, /[.;?!](?:\s|$)/));
  return AIRWAYS.test(sentence) && !LEG_PART.test(sentence);
}
