import type { RawMatch } from './apply-sense.ts';
import { isFormShaped, withoutUses } from './without-uses.ts';

/**
 * "Strain" is the muscle-strain card's only as an injury a person has: "a mild strain", "the strain
 * usually starts with a sharp pain in the belly of your calf", "a strain in one of my calves" (the
 * nineteenth session: held23's strain articles named it eight times, and no form read it). Its
 * everyday senses are a load ("the strain on my knees", "puts strain on the joints"), a stress ("the
 * strain of the job", "under strain"), a kind ("a strain of tomato", "virus strain"), eye strain,
 * and the verb ("strain it through a sieve"). So a "strain" is kept only after an article, an owner
 * or a word of grade ("a", "the", "my", "mild", "grade two"), and not before "on", "from", "to",
 * "through" or "of" something but a muscle ("a strain of the calf" is the injury), nor after
 * "under", "eye" or "put"; every other use is dropped before any sense rule reads the block. What
 * is kept is a weak form: a muscle, a calf or a leg's part in its sentence anchors it as it does
 * any weak form.
 */
const STRAIN_FORM = /^strains?$/i;

/** An injury's lead: an article, an owner or a grade ("a strain", "my strain", "a mild strain", "a grade 2 strain"). */
const LEAD_BEFORE =
  /\b(?:a|the|this|that|my|his|her|their|your|another|any|no|multiple|several|repeated|recurrent|mild|moderate|severe|minor|serious|bad|nasty|slight|small|acute|chronic|recurring|repeat|previous|old|new|(?:first|second|third|1st|2nd|3rd)[\s\u00a0-]+degree|grade[\s\u00a0]+(?:[1-3]|one|two|three|i{1,3}))[\s\u00a0]+$/i;

/** A load, a stress, a kind, a sieve: what the everyday senses go on with. */
const LOAD_AFTER =
  /^[\s\u00a0]+(?:on|upon|of(?![\s\u00a0]+(?:(?:the|your|my|his|her|their|a)[\s\u00a0]+)?(?:(?:left|right|inner|outer)[\s\u00a0]+)?(?:calf|calves|muscles?|hamstrings?|gastrocnemius|soleus|thigh|groin|leg|achilles)\b)|from|to|through|in[\s\u00a0]+the[\s\u00a0]+(?:economy|market|relationship|system))\b/i;
const LOAD_BEFORE =
  /\b(?:under|eye|eyes|put|puts|putting|placed|places|placing|takes?|took|feel|feels|felt|feeling|showing|shows|showed|signs?[\s\u00a0]+of|virus|viral|bacterial|new|covid|flu|cannabis|tomato)[\s\u00a0]+(?:(?:a|the|more|less|extra|so[\s\u00a0]+much|too[\s\u00a0]+much|real|great|huge|enormous)[\s\u00a0]+){0,2}$/i;

/** The matches that are not a strain a person has. */
export function withoutLooseStrains(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isLooseStrain);
}

/** Is `match` "strain" or "strains" in an everyday sense (a load, a stress, a kind, the verb)? */
export function isLooseStrain(text: string, match: RawMatch): boolean {
  if (!isFormShaped(text, match, 's', 6, 7)) return false;
  if (!STRAIN_FORM.test(text.slice(match.start, match.end))) return false;
  const before = text.slice(Math.max(0, match.start - 40), match.start);
  if (!LEAD_BEFORE.test(before) || LOAD_BEFORE.test(before)) return true;
  return LOAD_AFTER.test(text.slice(match.end, match.end + 40));
}
