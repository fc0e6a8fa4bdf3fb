import type { RawMatch } from './apply-sense.ts';
import { blockTestOf } from './block-test.ts';

/**
 * A clot named with a clot's own treatment or test in its sentence: "They put him on blood thinners
 * and will scan the clot again in a month", "the clot was still there on the ultrasound", "my INR
 * was low and the clot grew" (the blow16 round, issue 11: a held-out round's posts about a clot that
 * named no leg). A blood thinner, a clot test or a clot doctor says the clot is of blood, which is
 * what the card explains; so it is marked, in the normal colour: red is the leg's sign, and these
 * name none (a leg word in the sentence anchors it red by the older rules). Only the bare "clot" or
 * "clots" after a word that makes it a noun ("the", "a", "my", "his"…): "the sauce will clot" is a
 * verb (verb-uses.ts sets most aside first), and a cook's, a crowd's or a traffic clot names no
 * thinner, scan or INR.
 */
const CLOT = /^clots?$/i;
/** A noun's lead right before the form, with up to two words of size or age: "the clot", "my new clot". */
const NOUN_LEAD =
  /\b(?:the|a|an|my|his|her|their|your|this|that|another|any|one|two|more|no)\s+(?:(?:small|little|big|large|new|old|first|second|same|remaining|existing)\s+){0,2}$/i;
/**
 * What is done for a clot of blood, or how one is found: thinners by name, the INR, a scan of the
 * veins, a clot clinic's doctors. Thinners only of blood or taken ("on thinners"): a paint's
 * thinner forms clots of its own.
 */
const CLOT_CARE =
  /\b(?:blood[\s-]+thinn(?:ers?|ing)|on\s+(?:the\s+)?thinners|anti-?coagula(?:nts?|tion|ted)|warfarin|coumadin|apixaban|eliquis|rivaroxaban|xarelto|edoxaban|dabigatran|pradaxa|heparin|enoxaparin|clexane|lovenox|fragmin|INR|d-?dimer|(?:doppler|duplex|venous)\s+(?:scan|ultrasound)|ultrasound|doppler|haematolog(?:ist|y)|hematolog(?:ist|y)|anticoagulation\s+clinic|clot[\s-]+bust(?:er|ers|ing))\b/i;
/**
 * Where the card's clot lives and goes, said in its sentence: a vein (not "in a similar vein", "a
 * vein of gold"), the bloodstream, the lungs it travels to, an embolism ("A clot can form in a deep
 * vein when you sit still for hours", "if the clot breaks off and travels to the lungs": the
 * nineteenth session's articles that named no leg). A crowd's or a sauce's clot goes to none.
 */
const CLOT_COURSE =
  /\b(?:(?:deep|leg|calf|thigh|superficial|varicose|the|a|my|your|his|her|their)\s+veins?\b(?!\s+of\s+(?!(?:the|your|my|his|her|their)\b))|bloodstream|(?:pulmonary\s+)?embol(?:ism|isms|us|i)|(?:travel(?:s|led|ed|ling|ing)?|mov(?:es|ed|ing)|go(?:es)?|went|spread(?:s|ing)?)\s+(?:up\s+)?(?:in)?to\s+(?:the|your|my|his|her|their)\s+lungs?)\b/i;
/** "scan" as a verb or a noun said of the clot itself, a word or two apart: "will scan the clot", "the clot on the scan". */
const SCAN_BEFORE = /\bscan(?:s|ned|ning)?\s+(?:(?:the|my|his|her)\s+)?$/i;
const SCAN_AFTER = /^\s+(?:(?:was|is|showed|on|in)\s+){1,3}(?:the\s+)?scans?\b/i;

/**
 * Clots of other places than a leg's veins, which the same drugs treat: the heart's, the brain's, a
 * line's or a stent's ("heparin because the clot was in the heart's left chamber"). clot-place.ts
 * reads a wound's, a birth's or a tooth socket's.
 */
const OTHER_PLACE =
  /\b(?:heart|cardiac|atri(?:um|al|a)|ventric(?:le|ular)|chambers?|brain|cerebral|stroke|arter(?:y|ies|ial)|carotid|coronary|stents?|lines?|catheters?|port|fistula|dialysis|shunt|valves?|eyes?|retina(?:l)?|socket|kidneys?|liver|portal|bowel|mesenteric)\b/i;

/** A clot of something other than blood: "a clot of gel on the ultrasound probe", "a clot of fans". */
const OF_THING = /^\s+of\s+(?!blood\b)/i;

/** Is `match` a bare clot named as a noun beside a clot's treatment, test or course in its sentence `[from, to)`? */
export function isClotCared(text: string, match: RawMatch, [from, to]: [number, number]): boolean {
  if (!CLOT.test(text.slice(match.start, match.end))) return false;
  const before = text.slice(Math.max(from, match.start - 40), match.start);
  if (!NOUN_LEAD.test(before) || OTHER_PLACE.test(text.slice(from, to))) return false;
  if (OF_THING.test(text.slice(match.end, Math.min(to, match.end + 20)))) return false;
  if (CLOT_CARE.test(text.slice(from, to)) || CLOT_COURSE.test(text.slice(from, to))) return true;
  return SCAN_BEFORE.test(before) || SCAN_AFTER.test(text.slice(match.end, Math.min(to, match.end + 30)));
}

/** A clot's treatment, test, scan or course anywhere in a block, read once a block for all its clots (block-test.ts). */
const namesClotCare = blockTestOf((text) => CLOT_CARE.test(text) || CLOT_COURSE.test(text) || /\bscan/i.test(text));

/** Could the block hold such a clot (a clot's form and a treatment, a test or a scan anywhere in it)? Asked before sentences are read. */
export const mayBeClotCared = (text: string, match: RawMatch): boolean =>
  CLOT.test(text.slice(match.start, match.end)) && namesClotCare(text);
