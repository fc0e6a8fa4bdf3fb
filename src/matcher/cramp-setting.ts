import type { RawMatch } from './apply-sense.ts';
import { OBJECT_AFTER, OTHER_KIND_BEFORE, OTHER_PART, OWNER_BEFORE } from './post-anchor.ts';
import { MENSES } from './sport-frame.ts';

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
  String.raw`\b(?:at${S}night|in${S}(?:the${S})?(?:bed|night)|(?:middle|dead)${S}of${S}the${S}night|during${S}the${S}night|in${S}(?:my|his|her|their)${S}sleep|(?:wak(?:e|es|ing)|woke|woken)${S}(?:(?:me|him|her|them|us)${S})?up|(?:woken|woke|waking|wakes?)${S}(?:(?:me|him|her|them|us)${S})?(?:by|with)|\d{1,2}(?::\d\d)?${S}?am|(?:every|most|some|last|other)${S}nights?|nightly|nocturnal|night[\s\u00a0-]?time|bedtime)\b`,
  'i',
);
/**
 * A treatment or condition known for leg cramps: dialysis, a statin, a diuretic, late pregnancy,
 * cirrhosis, diabetes. Not early pregnancy: its cramps are the womb's (`OTHER_CRAMP`).
 */
const TREATMENT = new RegExp(
  String.raw`\b(?:dialysis|haemodialysis|hemodialysis|statins?|(?:atorva|simva|rosuva|prava)statin|lipitor|crestor|diuretics?|water${S}(?:tablets?|pills?)|furosemide|lasix|bendroflumethiazide|hydrochlorothiazide|third${S}trimester|late${S}pregnancy|cirrhosis|diabet(?:es|ic))\b`,
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
 * category ("heat cramps"), a feeling ("a cramp of dread"), a cocktail's recipe.
 */
const OTHER_CRAMP = new RegExp(
  String.raw`\b(?:food|eat(?:s|ing)?|ate|meals?|spicy|curry|gluten|lactose|dairy|co?eliac|crohn\w*|colitis|hangover|cocktails?|gin|recipes?|poisoning|bugs?|ibs|bowels?|diarrh(?:o)?ea|constipat\w*|bloat\w*|nause\w*|vomit\w*|gastr\w*|colic\w*|babies|baby|infants?|newborns?|early${S}pregnancy|first${S}trimester|implantation|miscarr\w*|contractions?|labou?r|braxton|embryo|ivf|spotting|bleeding|heat${S}(?:cramps?|exhaustion|stroke|illness)|dread|guilt|fear|panic)\b`,
  'i',
);
/** A cramp of something else: "a cramp of dread". A room's ("cramped up in the back seat") is the pack's negative context. */
const OF_AFTER = /^[\s\u00a0]+of\b/i;
/** A heat cramp: "heat cramps" as a heat illness, not the leg's. */
const HEAT_BEFORE = /\bheat[\s\u00a0-]+$/i;

/**
 * Is `match` a cramp with no place named, in a sentence `[from, to)` that sets it at night, in a
 * treatment or condition known for leg cramps, or with a remedy for it? No other part, kind or
 * sense around it (those leave it to the other rules, and the period post's: period-post.ts).
 */
export function isCrampSetting(text: string, match: RawMatch, [from, to]: [number, number]): boolean {
  if (match.sense === 'paired' || !CRAMP_FORM.test(text.slice(match.start, match.end))) return false;
  const own = text.slice(from, to);
  if (!NIGHT.test(own) && !TREATMENT.test(own) && !REMEDY.test(own)) return false;
  if (OTHER_PART.test(own) || OTHER_CRAMP.test(own) || MENSES.test(text)) return false;
  const lead = text.slice(Math.max(from, match.start - 40), match.start);
  if (OTHER_KIND_BEFORE.test(lead) || OWNER_BEFORE.test(lead) || HEAT_BEFORE.test(lead)) return false;
  // "cramp the team's style", "a cramp of dread".
  const after = text.slice(match.end, to);
  return !OBJECT_AFTER.test(after) && !OF_AFTER.test(after);
}

/**
 * May a block with no other anchor hold such a cramp (block-anchoring.ts)? The form first, then
 * the block's words: most blocks pay one test of the form's text.
 */
export function mayBeCrampSetting(text: string, match: RawMatch): boolean {
  if (!CRAMP_FORM.test(text.slice(match.start, match.end))) return false;
  return NIGHT.test(text) || TREATMENT.test(text) || REMEDY.test(text);
}
