import type { RawMatch } from './apply-sense.ts';
import { FRUIT } from './fruit-words.ts';
import { REGION } from './other-region.ts';
import { isOfNature, isOfOtherThing } from './symptom-pair.ts';
import { MATERIAL } from './thing-stretch.ts';

/**
 * A health page's advice about a sign with no part named: "Reduce the swelling with rest and ice",
 * "The numbness can be eased with massage", "If the tingling does not improve, see your doctor",
 * "Stiffness is common after surgery", "The injured area may be tender to the touch" (issue 11, the
 * care17 round: docs/sense.md "Signs in care and advice on health pages"). The frame alone is not
 * enough: a cook eases a dough's stiffness and a planner manages a river's swelling. So a word of a
 * body's care must stand in the sentence or just before it (CARE_CUE), and what the sign is of must be
 * a body's (symptom-pair.ts). Normal colour always: the advice names no leg.
 */
const SIGN =
  /^(?:swelling|numbness|tingling|tenderness|cramping|cramps|stiffness|bruising|lumps?|spasms|pins and needles)$/i;
/**
 * A care verb right before the sign: "reduce the swelling", "help ease any numbness", "manage your
 * stiffness". Not "keeps" ("the dressing keeps swelling": grid16's counter-grid) nor "brings" ("the
 * rain brings swelling"), a course or a cause: those two only with "down" after (BROUGHT_DOWN_*).
 */
const VERB_BEFORE =
  /\b(?:reduc(?:e|es|ing)|reliev(?:e|es|ing)|eas(?:e|es|ing)|prevent(?:s|ing)?|treat(?:s|ing)?|manag(?:e|es|ing)|help(?:s|ing)?|control(?:s|ling)?|minimi[sz](?:e|es|ing)|lessen(?:s|ing)?|sooth(?:e|es|ing)|limit(?:s|ing)?|avoid(?:s|ing)?)\s+(?:(?:the|any|your|some|this|that)\s+)?$/i;
const BROUGHT_DOWN_BEFORE = /\b(?:bring|brings|bringing|keep|keeps|keeping)\s+(?:the|any|your)\s+$/i;
const BROUGHT_DOWN_AFTER = /^\s+down\b/i;
/** Said of the sign in the passive: "the swelling can be reduced", "stiffness is best managed". */
const PASSIVE_AFTER =
  /^\s+(?:can|may|will|should|could|might|is|are|usually|often)(?:\s+(?:usually|often|also|best|be|generally|easily|then))*\s+(?:reduced|relieved|eased|prevented|treated|managed|helped|controlled|minimi[sz]ed|lessened|soothed|brought\s+down|kept\s+down)\b/i;
/** Its course, as a warning says it: "swelling that lasts more than three days", "if the numbness remains". */
const COURSE_AFTER =
  /^\s+(?:that\s+|which\s+)?(?:lasts?|persists?|gets?\s+worse|worsens|does\s+not\s+(?:improve|go|settle|ease)|doesn['’]t\s+(?:improve|go|settle|ease)|remains|continues|returns|spreads|won['’]t\s+go|is\s+(?:severe|getting\s+worse|not\s+improving))\b/i;
/**
 * Where care puts it: "bruising in the injured area", "a lump around the injury". Not "at the site"
 * alone, a builder's as often: that one is a frame needing a word of care (SITE_FRAME_AFTER). Not a
 * scar or a wound, whose part a post names a sentence before ("post-op on the shoulder… The swelling
 * around the scar is going down", other-medical.lead.txt): care-said.ts reads those.
 */
const SITE_AFTER =
  /^\s+(?:at|in|on|around|near|over)\s+the\s+(?:(?:injured|affected|treated|operated|painful)\s+(?:area|site|spot|part)|injury|injection\s+site)\b(?!\s+of\b)/i;
/** "some bruising around the wound is to be expected", "swelling is normal": a frame needing a word of care. */
const EXPECTED_AFTER =
  /^(?:\s+(?:around|at|near|on|in|over)\s+the\s+[a-z]+)?\s+(?:is|are)\s+(?:normal|(?:to\s+be\s+)?expected)\b/i;
const SITE_FRAME_AFTER = /^\s+(?:at|around|near)\s+the\s+site\b(?!\s+of\b)/i;
/** Its cause, named as a body's: "stiffness is common after surgery", "bruising is normal after a sprain". */
const COMMON_AFTER =
  /^\s+(?:is|are)\s+(?:very\s+|quite\s+|also\s+)?(?:common|normal|usual|expected|typical)\s+(?:after|following|with)\s+(?:(?:a|an|the|your)\s+)?(?:surgery|operations?|injur(?:y|ies)|sprains?|strains?|fractures?|falls?|exercise|workouts?|procedures?|injections?|treatment)\b/i;
/**
 * A word of a body's care in the sentence or just before it: the aid (ice, a cold compress, elevation,
 * compression, massage, a painkiller), the carer (a doctor, a physio), the hurt (an injury, a sprain,
 * surgery) or the muscle. Elevating only a body's place ("Elevate the battery to reduce the swelling":
 * speech-grid's counter-grid). Not "rest" alone (a dough rests) nor heat (a pan's), nor "cream" (ice cream).
 */
const CARE_CUE =
  /\b(?:ice(?![\s-]+(?:cream|cubes?\s+tray|rink|hockey|age|breaker))|ice\s*packs?|cold\s+compress(?:es)?|compression|elevation|elevated|elevat(?:e|ing)\s+(?:it|them|your|the\s+(?:area|injury|injured|limb|legs?|foot|feet|arm|ankle|knee|calf))\b|massag(?:e|es|ing)|physio\w*|(?<!(?:plant|tree|lawn|pastry|script|spin|computer|PC)\s)doctors?|nurses?|pharmacists?|medical|painkillers?|ibuprofen|paracetamol|anti-?inflammator\w*|injur(?:y|ies|ed)(?![\s-]+time)|sprains?|sprained|surgery|operation|wound|incision|bandag(?:e|es|ing)|splint|resting\s+(?:for|it|up)|bed\s+rest|muscles?|symptoms?)\b/i;
/** The same, in capitals only: a GP, the RICE method (rice is a cook's). */
const CARE_CUE_CAPS = /\b(?:GP|RICE)\b/;
const hasCareCue = (text: string) => CARE_CUE.test(text) || CARE_CUE_CAPS.test(text);
/** A thing's own sign, said before it: "the balloon's swelling", "the wood's stiffness" (not "it's"). */
const OWNER_BEFORE = /\b(?!(?:it|that|there|what|here|he|she|who|one)['’]s\b)[a-z]+['’]s?\s+$/i;
/** What a feeling is between or towards: "the tenderness between the brothers". */
const FEELING_AFTER = /^\s+(?:between|towards?|among|about)\b/i;
/**
 * A thing cared for in the sentence, a cook's, a builder's or a trader's: "massage oil into the
 * leather to ease the stiffness", "compression of the soil can reduce the swelling" (the round's own
 * probes). Then the advice is not a body's, whatever word of care it holds.
 */
const THING = new RegExp(
  String.raw`\b(?:${MATERIAL}|${FRUIT}|dough|batter|sauce|gravy|porridge|meat|steak|brisket|cake|bread|loaf|cheese|soil|lawn|wood|timber|boards?|doors?|hinges?|ropes?|paint|plaster|mattress|jackets?|boots|shoes|jeans|engine|steering|tyres?|market|budget|prices|economy|deficit|debt|river|crowd)\b`,
  'i',
);
/**
 * Another region of the body named in the sentence or just before it, before or after the sign: "Ice
 * can help reduce the swelling after a shoulder injury", "After a shoulder injury, rest. Ice can help
 * the swelling." `isElsewhere` reads a region before the sign; care names its region after as often.
 * Not "on the other hand".
 */
const OTHER_REGION = new RegExp(String.raw`(?<!\bother\s)\b${REGION}\b`, 'i');
/** Tender said of a body's place: "the injured area may be tender to the touch", "the muscle is tender when pressed". */
const TENDER_PLACE_BEFORE =
  /\b(?:the|an?|your)\s+(?:(?:injured|affected|sore|painful|bruised|swollen|treated)\s+)?(?:area|muscles?|spot|site|injury|wound|skin|joint|scar)\s+(?:(?:is|are|was|may|can|will|might|often|usually|still|be|feel|feels|become|becomes|very|quite|a\s+bit|slightly)\s+)*$/i;
const TENDER_AFTER = /^\s+(?:to\s+(?:the\s+touch|touch|squeeze|pressure)|when\s+(?:pressed|touched|squeezed))\b/i;

/** Is `match` a sign in a health page's care advice, in its sentence `[from, to)`, with no part named? */
export function isCareAdvice(text: string, match: RawMatch, [from, to]: [number, number]): boolean {
  const form = text.slice(match.start, match.end).replace(/[\s\u00a0-]+/g, ' ');
  const before = text.slice(from, match.start);
  const after = text.slice(match.end, to);
  const around = text.slice(Math.max(0, from - 160), to);
  if (OTHER_REGION.test(around)) return false;
  if (/^tender$/i.test(form))
    return (
      TENDER_PLACE_BEFORE.test(before) &&
      TENDER_AFTER.test(after) &&
      hasCareCue(around) &&
      !THING.test(text.slice(from, to))
    );
  if (!SIGN.test(form) || isOfNature(text, [from, to]) || THING.test(text.slice(from, to))) return false;
  if (OWNER_BEFORE.test(before) || FEELING_AFTER.test(after)) return false;
  // A site's or a cause's frame names the body's care itself; "the site of the leak" is not one.
  if (SITE_AFTER.test(after) || COMMON_AFTER.test(after)) return true;
  const isFramed =
    VERB_BEFORE.test(before) ||
    (BROUGHT_DOWN_BEFORE.test(before) && BROUGHT_DOWN_AFTER.test(after)) ||
    PASSIVE_AFTER.test(after) ||
    COURSE_AFTER.test(after) ||
    SITE_FRAME_AFTER.test(after) ||
    EXPECTED_AFTER.test(after);
  return isFramed && !isOfOtherThing(after) && hasCareCue(around);
}

/** Could a block hold such advice (a care verb or a sign's care frame)? Asked before sentences are read. */
export const mayBeCareAdvice = (text: string): boolean =>
  MAY_BE_ADVICE.test(text) && (hasCareCue(text) || MAY_NAME_CAUSE.test(text));

/** The words of a site's or a cause's frame, which need no other word of care (SITE_AFTER, COMMON_AFTER). */
const MAY_NAME_CAUSE = /\b(?:common|normal|usual|expected|typical)\s+(?:after|following|with)\b|\binjection\s+site\b/i;

const MAY_BE_ADVICE =
  /\b(?:swelling|numbness|tingling|tenderness|cramping|cramps|stiffness|bruising|lumps?|spasms|pins and needles|tender)\b/i;
