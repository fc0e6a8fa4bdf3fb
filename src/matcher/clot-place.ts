/**
 * A clot is the card's (a clump of blood in a leg vein that may travel to the lungs) only where it
 * is in a vein. A clot said of another place is that place's: a mother's clots after a birth, a
 * period's, a wound's, a nosebleed's, a tooth socket's, an epidural haematoma "(a blood clot by the
 * spine)". Today "blood clot" is strong and was red there, with the leg's callout (issue 11, the
 * clot-place round: docs/sense.md "A clot in another place"). Two readings, of the few words around
 * a clot's form only, so a block pays nothing unless it holds one:
 *
 * - the clot is tied to a place that is no vein, by a preposition ("a clot in the socket", "cleared
 *   a blood clot from the wound", "by the spine"), by a word before it ("period clots", "wound
 *   clot"), by a verb that says it leaves the body ("passing clots", "passed a clot"), by bleeding
 *   with it ("heavy with clots") or as the gloss of a haematoma: not marked at all, and it anchors
 *   nothing, as its card would be wrong;
 * - its sentence names such a place without a tie and neither the leg nor the lungs ("pressed on my
 *   womb to check for blood clots"): still marked, in the normal colour, since the clause may be the
 *   card's own (a clot after surgery there), but red is the leg's sign.
 *
 * The leg and the lungs keep their red: "a clot in my calf after my c-section", "the clot from my
 * leg went to my lung".
 */
import type { RawMatch } from './apply-sense.ts';
import type { Match } from './matcher.ts';
import { withoutUses } from './without-uses.ts';
import { lastIndexNear, stopAfter } from './long-sentence.ts';

const CLOT_FORM = /^(?:(?:blood\s+)?clots?|thromb(?:us|i))$/i;

/** Places where blood clots and no vein is meant: birth and the womb, periods, wounds, the mouth, the nose, the eye, the spine. */
const PLACE = String.raw`(?:wombs?|uterus|cervix|vagina|placenta|lochia|pads?|knickers|underwear|toilet|loo|periods?(?!\s+(?:of|after|before|following|when|between|since|from|that|which|where)\b)|wounds?|incisions?|cuts?|grazes?|stitch(?:es)?|sutures?|staples|dressings?|drains?|sockets?|tooth|teeth|gums?|extraction|mouth|nose|nosebleeds?|nostrils?|sinus(?:es)?|eyes?|eyeballs?|retina|spine|spinal\s+cord|epidural\s+space|ears?|lips?|tongue|(?:finger|toe)?nails?|urine|pee|wee|bladder|catheter|stools?|poo|poop|ha?emorrhoids?|piles|scrotum|testicles?|breasts?)`;

/** Words between a preposition and its place: articles, owners, sides, sizes ("in the empty tooth socket"). */
const BETWEEN = String.raw`(?:the|a|an|my|your|his|her|their|our|its|this|that|each|one|both|left|right|upper|lower|inner|outer|back|front|top|bottom|side|corner|of|empty|open|surgical|healing|fresh|new|old|wisdom|molar|tooth|deep|small|little|[a-z]+['’]s)`;

/** After the form: a preposition and a place, maybe after what the clot does there ("that formed in the incision"). */
const TIED_AFTER = new RegExp(
  String.raw`^\)?(?:\s+(?:of\s+blood|(?:(?:that|which)\s+)?(?:has\s+|had\s+|have\s+)?formed|forming|left|stuck|sitting|lodged|came\s+out|comes?\s+out|coming\s+out|(?:is|was|are|were|stays?|stayed|remains?|remained|sits?|sat)(?:\s+still)?|(?:(?:becomes?|became|gets?|got|getting|is|are|was|were|been|being)\s+)?(?:dislodged|loosened|knocked\s+(?:out|loose)|washed\s+(?:out|away)|pulled\s+out)))?` +
    String.raw`\s+(?:in|inside|within|into|from|out\s+of|on|over|under|underneath|beneath|around|by|at|behind|during)\s+(?:${BETWEEN}\s+){0,4}${PLACE}\b` +
    // "a blood clot after a tooth extraction": after what bleeds there, not after surgery (a vein's risk).
    String.raw`|^\s+after\s+(?:(?:a|an|the|my|your|his|her|their|wisdom|tooth|dental)\s+){0,3}(?:extractions?|nosebleeds?|cuts?|periods?|miscarriage)\b` +
    // "blood clot (haematoma)": the clot glossed as a haematoma, a pool of blood out of its vessels.
    String.raw`|^\s*\(\s*(?:an?\s+)?ha?ematoma\b`,
  'i',
);

/** Before the form: the place as a word before it, a verb of leaving the body, bleeding with it, or a haematoma glossed. */
const TIED_BEFORE = new RegExp(
  String.raw`(?:\b(?:period|menstrual|uterine|vaginal|placental|wound|incision|nose|nosebleed|nasal|tooth|socket|gum|eye|epidural|spinal|bladder|urine)\s+` +
    String.raw`|\b(?:pass|passes|passed|passing|vomit|vomits|vomited|vomiting|throwing\s+up|threw\s+up|spit|spits|spat|spitting|blow|blew|blowing|peeing|peed|urinating|urinated)(?:\s+out)?\s+(?:(?:a|an|some|few|several|lots\s+of|loads\s+of|more|two|three|big|bigger|large|larger|huge|small|little|tiny|dark|bright\s+red|red|[a-z]+-sized|jelly-like)\s+){0,3}` +
    String.raw`|\b(?:bleeding|bleed|bleeds|bled|heavy|heavier|period|periods|discharge|lochia|nosebleeds?)\s+(?:heavily\s+)?with\s+(?:(?:a|some|big|large|huge|small|little|tiny|dark)\s+){0,2}` +
    // "heavier bleeding and larger blood clots": clots of a size come out with the flow, a period's or
    // a birth's; "heavy bleeding and blood clots" may be a drug's two risks, the card's clot among them.
    String.raw`|\b(?:heavy|heavier|prolonged)\s+(?:menstrual\s+|monthly\s+)?(?:bleeding|flow)\s*(?:,|and|or|with)\s+(?:more\s+|some\s+)?(?:big|bigger|large|larger|huge|golf[-\s]ball[-\s]sized)\s+` +
    String.raw`|\bha?ematoma\s*(?:\(|,\s*(?:or\s+)?)\s*(?:an?\s+)?)$`,
  'i',
);

/**
 * The same places named anywhere in a sentence, where they say the clot may not be a vein's. Words
 * with other senses only after an owner or article: "I wound up with", "keep an eye on", "in stitches".
 */
const PLACE_NAMED =
  /\b(?:wombs?|uterus|uterine|cervix|placenta|lochia|incisions?|sutures|sockets?|extractions?|gums|nostrils?|nosebleeds?|epidural|fingernails?|toenails?|urine|bladder|catheter|menstrua(?:l|tion)|(?:my|your|her|heavy|painful|irregular)\s+periods?|(?:my|your|his|her|their|our|the|a|one|both|left|right|surgical|wisdom|front)\s+(?:wounds?|eyes?|nose|tooth|teeth|stitches|gum))\b/i;

/** The leg, or the lungs a leg's clot travels to: the card's own places, where red stays. */
const LEG_OR_LUNG =
  /\b(?:legs?|feet|foot|toes?|knees?|ankles?|calf|calves|shins?|thighs?|heels?|hamstrings?|achilles|hips?|groin|veins?|lungs?|chest|breath|breathing|breathless|embolism|embolus|dvt)\b/i;
/** "a PE", the lungs' clot, in capitals only ("pe" is a school lesson). */
const PE = /\bPEs?\b/;

const isClotForm = (text: string, match: { start: number; end: number }) => {
  // Asked of every form of every block: length and first and last letters first ("clot", "blood
  // clots", "thrombus"), so other forms cost no slice.
  const length = match.end - match.start;
  if (length < 4 || length > 11) return false;
  const first = text.charCodeAt(match.start) | 0x20;
  const last = text.charCodeAt(match.end - 1) | 0x20;
  if ((first !== 0x63 && first !== 0x62 && first !== 0x74) || (last !== 0x74 && last !== 0x73 && last !== 0x69))
    return false;
  return CLOT_FORM.test(text.slice(match.start, match.end));
};

/** Is the clot of `match` tied to a place that is no vein ("a blood clot in the tooth socket")? */
export function isPlacedClot(text: string, match: { start: number; end: number }): boolean {
  if (!isClotForm(text, match)) return false;
  const before = text.slice(Math.max(0, match.start - 50), match.start);
  return TIED_AFTER.test(text.slice(match.end, match.end + 80)) || TIED_BEFORE.test(before);
}

/** The matches that are not a clot tied to another place than a vein. */
export function withoutPlacedClots(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isPlacedClot);
}

/**
 * The marks, a red clot in the normal colour where its sentence names another place and neither
 * the leg nor the lungs, or names none and the nearest sentence before it that names one, in its
 * block or (`earlier`, the blocks before it in its post: earlier-blocks.ts) the blocks before,
 * names another. The sentence is cut at its stops, as a reader would.
 */
export function withClotPlaceColour(text: string, marks: Match[], earlier?: () => string): Match[] {
  const isOther = (mark: Match) =>
    mark.isUrgent && isClotForm(text, mark) && (isElsewhere(text, mark, earlier) || isHealingClot(text, mark));
  if (!marks.some(isOther)) return marks;
  return marks.map((mark) => (isOther(mark) ? { ...mark, isUrgent: false } : mark));
}

/**
 * Does the sentence of `mark` name another place and neither the leg nor the lungs? A sentence that
 * names no place at all takes the place of the nearest sentence before that names one ("After the
 * extraction, bite on the gauze. Rest. First day: blood clots will form."), as a paragraph goes on
 * about the place it named: in its block, then in the blocks before. Sentences are cut at their stops.
 */
function isElsewhere(text: string, mark: Match, earlier?: () => string): boolean {
  const from = sentenceStart(text, mark.start);
  const place = placeIn(text.slice(from, stopAfter(text, mark.end, /[.?!](?:\s|$)/)));
  if (place !== NO_PLACE) return place === ELSEWHERE;
  const before = placeBefore(text, from);
  if (before !== NO_PLACE || !earlier) return before === ELSEWHERE;
  const blocks = earlier();
  return placeBefore(blocks, blocks.length) === ELSEWHERE;
}

/** The place the nearest sentence before `end` that names one names, or none. */
function placeBefore(text: string, end: number): number {
  for (let to = end; to > 0;) {
    const from = sentenceStart(text, to - 3);
    const place = placeIn(text.slice(from, to));
    if (place !== NO_PLACE) return place;
    to = from;
  }
  return NO_PLACE;
}

const NO_PLACE = 0;
const ELSEWHERE = 1;
const LEG = 2;

/**
 * A clot a page says will or should form, as healing does ("Day one: a blood clot should form.",
 * "A clot will form over the next hours"), whose sentence names no place: a wound's, a socket's or
 * a cut's, which the page named elsewhere. Normal colour: red is for the leg's clot, and a risk
 * ("clots can form", "if you sit still, clots will form in your legs") says "can", "if" or a place.
 */
function isHealingClot(text: string, mark: Match): boolean {
  const from = sentenceStart(text, mark.start);
  const sentence = text.slice(from, stopAfter(text, mark.end, /[.?!](?:\s|$)/));
  return (
    HEALING_AFTER.test(text.slice(mark.end, mark.end + 40)) &&
    !RISK_WORDS.test(sentence) &&
    placeIn(sentence) === NO_PLACE
  );
}
const HEALING_AFTER =
  /^\s+(?:will|should|must|needs?\s+to)\s+(?:(?:then|soon|now|naturally|slowly|gradually)\s+)?form\b/i;
const RISK_WORDS = /\b(?:if|unless|when|risks?|danger|dangerous|sit|sitting|still|immobile|flight|travel)\b/i;

/** What place a sentence names: the leg or the lungs (the card's own), another, or none. */
function placeIn(sentence: string): number {
  if (LEG_OR_LUNG.test(sentence) || PE.test(sentence)) return LEG;
  return PLACE_NAMED.test(sentence) ? ELSEWHERE : NO_PLACE;
}

/** Where the sentence holding `at` starts: after the last ". ", "? " or "! " before it. */
function sentenceStart(text: string, at: number): number {
  if (at < 0) return 0;
  const stop = Math.max(
    lastIndexNear(text, '. ', at),
    lastIndexNear(text, '? ', at),
    lastIndexNear(text, '! ', at),
    lastIndexNear(text, '\n', at) - 1,
  );
  return stop < 0 ? 0 : stop + 2;
}
