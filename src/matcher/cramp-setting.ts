import type { RawMatch } from './apply-sense.ts';
import { OTHER_CRAMP } from './other-cramp.ts';
import { OBJECT_AFTER, OTHER_KIND_BEFORE, OTHER_PART, OWNER_BEFORE } from './post-anchor.ts';
import { namesMenses } from './menses.ts';
import { isCrampOfPost } from './sport-before.ts';
import { blockTestOf } from './block-test.ts';

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
      String.raw`(?:every|most|some|last|other)${S}(?:single${S})?nights?|nightly|nocturnal|night[\s\u00a0-]?time`,
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
 * potassium, salt tablets, fluids; walking it off (the cramp16 round: what a leg's cramp is made to do).
 * A cooking page names them with no cramp form beside them.
 */
const REMEDY = new RegExp(
  String.raw`\b(?:electrolytes?|pickle${S}juice|magnesium|quinine|tonic${S}water|potassium|salt${S}(?:tablets?|tabs|pills?|capsules?)|rehydrat\w*|dehydrat\w*|walk(?:s|ed|ing)?${S}it${S}off)\b`,
  'i',
);
/** A cramp of something else: "a cramp of dread". A room's ("cramped up in the back seat") is the pack's negative context. */
const OF_AFTER = /^[\s\u00a0]+of\b/i;
/** A heat cramp: "heat cramps" as a heat illness, not the leg's. */
const HEAT_BEFORE = /\bheat[\s\u00a0-]+$/i;

/**
 * Is `match` a cramp with no place named, in a sentence `[from, to)` that sets it at night, in a
 * treatment or condition known for leg cramps, or with a remedy for it (or one of the two sentences
 * before does)? No other part, kind or sense around it, nor in the sentence before (those leave it
 * to the other rules, and the period post's: period-post.ts): "Ate at a food truck. Cramps all night."
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
  if (OTHER_KIND_BEFORE.test(lead) || OWNER_BEFORE.test(lead) || HEAT_BEFORE.test(lead)) return false;
  // "cramp the team's style", "a cramp of dread".
  if (OBJECT_AFTER.test(after) || OF_AFTER.test(after)) return false;
  if (isSetting(own)) return !isOtherBefore(text, from, sentenceAt);
  return isCrampOfPost(text, match, [from, to]) && isSetBefore(text, from, after, sentenceAt);
}

/** Does a setting (the night, a treatment, a remedy) stand in `sentence`? Also the cry rule's (cramp-said.ts). */
export const isSetting = (sentence: string) =>
  NIGHT.test(sentence) || TREATMENT.test(sentence) || REMEDY.test(sentence);

/** A setting anywhere in a block, read once a block for all its cramps (block-test.ts). */
const namesSetting = blockTestOf(isSetting);

/** Does the sentence right before `from` name another part or kind of cramp ("Ate at a food truck.")? */
function isOtherBefore(text: string, from: number, sentenceAt: (at: number) => [number, number]): boolean {
  if (from === 0) return false;
  const prior = text.slice(...sentenceAt(from - 1));
  return OTHER_PART.test(prior) || OTHER_CRAMP.test(prior);
}

/** What "the cramps" are in when not the night's: "the cramps in the housing market". */
const PLACE_AFTER = /^[\s\u00a0]+(?:in|on|at|of|within|across|among)\b/i;
const NIGHT_AFTER =
  /^[\s\u00a0]+(?:at[\s\u00a0]+night|in[\s\u00a0]+(?:bed|the[\s\u00a0]+(?:night|early[\s\u00a0]+hours)))\b/i;
/**
 * How many sentences back a setting reaches: "I've been on dialysis for a year. Lately I cramp near
 * the end of every session." A post names its setting once and goes on; two sentences, as the sport
 * frame's definite cramp reads (sport-frame.ts), and the period's or the gut's named between ends it.
 */
const SETTING_REACH = 2;

/**
 * "I'm on dialysis three times a week. The cramps are the worst part.", "Dialysis removes extra
 * fluid. Cramps can occur if too much is taken off.": a cramp pointed back to, the writer's or
 * opening its sentence (`isCrampOfPost`, sport-frame.ts) takes the setting one of the two sentences before names, where no sentence from there names another part or kind of cramp (the
 * cramp15 round read only "the cramps" and the sentence right before; the cramp16 round any cramp
 * form, two back).
 */
function isSetBefore(text: string, from: number, after: string, sentenceAt: (at: number) => [number, number]): boolean {
  if (from === 0 || (PLACE_AFTER.test(after) && !NIGHT_AFTER.test(after))) return false;
  for (let back = 0, before: [number, number] = [from, from]; back < SETTING_REACH && before[0] > 0; back++) {
    before = sentenceAt(before[0] - 1);
    const prior = text.slice(before[0], before[1]);
    if (OTHER_PART.test(prior) || OTHER_CRAMP.test(prior)) return false;
    if (isSetting(prior)) return true;
  }
  return false;
}

/**
 * May a block with no other anchor hold such a cramp (block-anchoring.ts)? The form first, then
 * the block's words: most blocks pay one test of the form's text.
 */
export function mayBeCrampSetting(text: string, match: RawMatch): boolean {
  return CRAMP_FORM.test(text.slice(match.start, match.end)) && namesSetting(text);
}
