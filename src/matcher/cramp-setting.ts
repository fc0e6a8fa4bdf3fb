import type { RawMatch } from './apply-sense.ts';
import { OBJECT_AFTER, OTHER_KIND_BEFORE, OTHER_PART, OWNER_BEFORE } from './post-anchor.ts';
import { namesMenses } from './sport-frame.ts';

/**
 * A cramp named with no body part, in a setting where it is the leg's in practice (issue 11, the
 * cramp15 round: docs/sense.md "A cramp with no place named, in a leg cramp's own settings"). The
 * leg-cramp card is `legOnly` and its weak forms need an anchor; forum posts say only "cramps at
 * night", "I cramp during dialysis", "magnesium did nothing for my cramps". Three settings, in the
 * cramp's sentence: the night and the bed, a treatment or condition known for leg cramps, a remedy
 * taken for them. A ride's or a run's effort is the sport frame's (sport-frame.ts). Never red: no
 * leg is named, so nothing says it is urgent (the card is not urgent anyway).
 */
const CRAMP_FORM = /^(?:cramps?|cramping|cramped[\s\u00a0]+up)$/i;

const S = String.raw`[\s\u00a0]+`;
/** The night and the bed: "at night", "in bed", "woken by", "around 3am", "most nights". */
const NIGHT = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`at${S}night|in${S}(?:the${S})?(?:bed|night)|(?:middle|dead)${S}of${S}the${S}night|during${S}the${S}night`,
      String.raw`in${S}(?:my|his|her|their)${S}sleep|while${S}(?:I['’]m${S}|I${S}am${S})?(?:sleeping|asleep)`,
      String.raw`(?:early|wee|small)${S}hours|overnight|(?:before|into|to|out${S}of)${S}bed|bedtime`,
      String.raw`(?:wak(?:e|es|ing)|woke|woken)${S}(?:(?:me|him|her|them|us)${S})?up|(?:wak(?:e|es|ing)|woke|woken)${S}(?:me|him|her|them|us)`,
      String.raw`(?:woken|woke|waking|wakes?)${S}(?:(?:me|him|her|them|us)${S})?(?:by|with)`,
      String.raw`\d{1,2}(?::\d\d)?${S}?am|\d{1,2}${S}in${S}the${S}morning`,
      String.raw`(?:every|most|some|last|other)${S}nights?|nightly|nocturnal|night[\s\u00a0-]?time`,
    ].join('|') +
    String.raw`)\b`,
  'i',
);
/**
 * A treatment or condition known for leg cramps: dialysis, a statin, a diuretic, late pregnancy,
 * cirrhosis, diabetes. Not early pregnancy: its cramps are the womb's (`OTHER_CRAMP`).
 */
const TREATMENT = new RegExp(
  String.raw`\b(?:(?:2\d|3\d|4[0-2])${S}weeks${S}pregnant|dialysis|haemodialysis|hemodialysis|statins?|(?:atorva|simva|rosuva|prava)statin|lipitor|crestor|diuretics?|water${S}(?:tablets?|pills?)|furosemide|lasix|bendroflumethiazide|hydrochlorothiazide|third${S}trimester|late${S}pregnancy|cirrhosis|diabet(?:es|ic))\b`,
  'i',
);
/**
 * A remedy taken for a cramp: electrolytes, pickle juice, magnesium, quinine, tonic water,
 * potassium, salt tablets, fluids. A cooking page names them with no cramp form beside them.
 */
const REMEDY = new RegExp(
  String.raw`\b(?:electrolytes?|pickle${S}juice|magnesium|quinine|tonic${S}water|potassium|salt${S}(?:tablets?|tabs|pills?|capsules?)|rehydrat\w*|dehydrat\w*)\b`,
  'i',
);
/**
 * Another kind of cramp in the sentence: the gut's ("food poisoning", "a stomach bug", "IBS",
 * "diarrhoea", "after eating spicy food", "gluten", "Crohn's", "a hangover"), the womb's in early
 * pregnancy or labour ("implantation", "contractions"), a baby's colic, a heat illness named as a
 * category ("heat cramps"), a feeling ("a cramp of dread"), a cocktail's recipe; money's ("a credit
 * cramp overnight", "the statin news hit the drug stocks overnight") and a band's (The Cramps).
 */
const OTHER_CRAMP = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`food|eat(?:s|ing)?|ate|meals?|spicy|curry|gluten|lactose|dairy|co?eliac|crohn\w*|colitis|hangover`,
      String.raw`poisoning|bugs?|ibs|bowels?|diarrh(?:o)?ea|constipat\w*|bloat\w*|nause\w*|vomit\w*|gastr\w*`,
      String.raw`colic\w*|babies|baby|infants?|newborns?`,
      String.raw`early${S}pregnancy|first${S}trimester|implantation|miscarr\w*|contractions?|labou?r|braxton|embryo|ivf|spotting|bleeding`,
      String.raw`heat${S}(?:cramps?|exhaustion|stroke|illness)|dread|guilt|fear|panic|cocktails?|gin|recipes?`,
      String.raw`liquidity|credit|cash|funding|lending|lenders?|stocks?|shares|markets?|investors?|banks?|rates|bonds?|pound|dollar|euro|economy`,
      String.raw`band|album|gig|songs?|episode|novel|film`,
    ].join('|') +
    String.raw`)\b`,
  'i',
);
/** A cramp of something else: "a cramp of dread". A room's ("cramped up in the back seat") is the pack's negative context. */
const OF_AFTER = /^[\s\u00a0]+of\b/i;
/** A heat cramp: "heat cramps" as a heat illness, not the leg's. */
const HEAT_BEFORE = /\bheat[\s\u00a0-]+$/i;

/**
 * Is `match` a cramp with no place named, in a sentence `[from, to)` that sets it at night, in a
 * treatment or condition known for leg cramps, or with a remedy for it (or, for "the cramps", the
 * sentence before does)? No other part, kind or sense around it (those leave it to the other
 * rules, and the period post's: period-post.ts).
 */
export function isCrampSetting(
  text: string,
  match: RawMatch,
  [from, to]: [number, number],
  sentenceAt: (at: number) => [number, number],
): boolean {
  if (match.sense === 'paired' || !CRAMP_FORM.test(text.slice(match.start, match.end))) return false;
  const own = text.slice(from, to);
  if (OTHER_PART.test(own) || OTHER_CRAMP.test(own) || namesMenses(text)) return false;
  const lead = text.slice(Math.max(from, match.start - 40), match.start);
  const after = text.slice(match.end, to);
  if (!isSetting(own) && !isSetBefore(text, from, lead, after, sentenceAt)) return false;
  if (OTHER_KIND_BEFORE.test(lead) || OWNER_BEFORE.test(lead) || HEAT_BEFORE.test(lead)) return false;
  // "cramp the team's style", "a cramp of dread".
  return !OBJECT_AFTER.test(after) && !OF_AFTER.test(after);
}

const isSetting = (sentence: string) => NIGHT.test(sentence) || TREATMENT.test(sentence) || REMEDY.test(sentence);

/** What "the cramps" are in when not the night's: "the cramps in the housing market". */
const PLACE_AFTER = /^[\s\u00a0]+(?:in|on|at|of|within|across|among)\b/i;
const NIGHT_AFTER =
  /^[\s\u00a0]+(?:at[\s\u00a0]+night|in[\s\u00a0]+(?:bed|the[\s\u00a0]+(?:night|early[\s\u00a0]+hours)))\b/i;
/** "the cramps", "these cramps", "my cramps": a cramp the post points back to. */
const POINTED_BEFORE = /\b(?:the|these|those|this|that|my)[\s\u00a0]+$/i;

/**
 * "I'm on dialysis three times a week. The cramps are the worst part.": a cramp the post points back
 * to takes the setting the sentence right before names, where that sentence names no other part or
 * kind of cramp.
 */
function isSetBefore(
  text: string,
  from: number,
  lead: string,
  after: string,
  sentenceAt: (at: number) => [number, number],
): boolean {
  if (from === 0 || !POINTED_BEFORE.test(lead) || (PLACE_AFTER.test(after) && !NIGHT_AFTER.test(after))) return false;
  const [start, end] = sentenceAt(from - 1);
  const prior = text.slice(start, end);
  return isSetting(prior) && !OTHER_PART.test(prior) && !OTHER_CRAMP.test(prior);
}

/**
 * May a block with no other anchor hold such a cramp (block-anchoring.ts)? The form first, then
 * the block's words: most blocks pay one test of the form's text.
 */
export function mayBeCrampSetting(text: string, match: RawMatch): boolean {
  return CRAMP_FORM.test(text.slice(match.start, match.end)) && isSetting(text);
}
