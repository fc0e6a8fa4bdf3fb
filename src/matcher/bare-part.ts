import type { RawMatch } from './apply-sense.ts';
import { CLOTHES } from './limb-list.ts';
import { isDescribed } from './described-part.ts';

/** The forms that name a part of the leg by itself: "calf", "calves", "knees", "ankle", "Achilles". */
const PART = /^(?:calf|calves|knees?|ankles?|achill(?:es|ies))$/i;

/**
 * What may come before a bare part in its sentence: nothing, "the" ("Halfway up the climb the calf
 * seized"), a joining word, or a stop of a list. Not "a" or "this" ("a calf", "this knee") nor a
 * possessive ("the tripod's knee"), whose frames are the pack's.
 */
const LEAD = /(?:^|[,;:(–—-]\s*|\b(?:and|but|now|then|so|until|when)\s+|\bthe\s+)$/i;

const OWNER_LEAD = /\b(?:his|her|their)\s+$/i;

/**
 * "that" or "this" before a part that heals (`HEALS`): "let that ankle heal fully" points back to
 * the writer's leg (issue 11, bareword round); the other verbs keep `LEAD`.
 */
const POINTING = /\b(?:that|this)\s+$/i;

/** Words of degree or time between the part and what it does: "the calf completely froze up". */
const BETWEEN = String.raw`(?:(?:completely|fully|mostly|nearly|almost|totally|just|really|so|still|also|absolutely|literally|suddenly|properly|kinda|then|now|finally|immediately|instantly|always|again|both|all|proper)\s+){0,2}`;

/**
 * What may follow a verb of the body: the end of the clause, or a word of time, place or manner
 * ("seized at mile 20", "popped on the way down", "ached all night"). Not an object or a purpose:
 * "The calf seized every chance to escape", "Achilles seized the spear", "the calf ached for its
 * mother", "the calves were burning through the hay".
 */
const TAIL = String.raw`(?=\s*(?:[,.;:!?)…]|$)|\s+(?:up|at|in|during|after|before|mid|while|as|and|but|so|then|halfway|\d|two|three|four|five|a\s+(?:few|couple|mile)|again|since|today|tonight|yesterday|lately|this|last|completely|totally|solid|badly|twice|right|just|instantly|immediately|overnight|all|when|whenever|like|until|about|around|every\s+(?:time|morning|night|day|step|run|mile)|on\s+(?:the\s+)?(?:last|way|first|second|third|final|stairs|hill|climb|descent|run|ride|turn)|for\s+(?:a|an|the\s+(?:rest|last|whole)|two|three|\d))\b)`;

/**
 * What only a body's part does, said right after it: seizing, locking or freezing up, cramping, a
 * pop or a twang, flaring or acting up, aching, throbbing, burning, buckling, each before a word of
 * time, place or manner (`TAIL`); no pop out or back in (a birth), no cramp into a pen.
 */
const DOES = String.raw`(?:(?:seiz(?:e|ed|es|ing)(?:\s+up)?|twinged|twanged|buckled|ached|aches|aching|hurts|throbbed|throbbing|burned|burning|cramped|spasmed|popped|went\s+(?:twang|pop|ping|snap))${TAIL}|(?:froze|freezes|freezing|locked|locks|locking|tightened|tightens|tightening|knotted|balled|flared|flares|flaring|acting|acts|acted|playing|plays|played)\s+up${TAIL}|hates?\s+(?:the\s+)?(?:stairs|steps|hills|downhills|inclines|squats|lunges|kneeling|running))`;

/**
 * A state only a body's part is in, after a verb of being or feeling: "calves were toast after the
 * hill", "the knees are shot", "the Achilles is killing me", "if the Achilles is torn"
 * (held10, limb-frames round). Not "dead", "done" or "gone": a farm's
 * calf and a cook's veal are those too.
 */
const STATE = String.raw`(?:(?:is|are|was|were|feels?|felt|has\s+been|have\s+been|['’]s|['’]re)\s+${BETWEEN}(?:toast|shot|fried|wrecked|trashed|knackered|shredded|torn|on\s+fire|killing\s+me|not\s+happy|(?:very\s+|quite\s+|a\s+(?:bit|little)\s+)?(?:sore|painful)${TAIL}))`;

/**
 * A sound: "the knees were screaming", "the Achilles is complaining", "the Achilles yells at me"
 * (held10, limb-frames round); an animal's cry too, so never a calf's ("The calf was screaming in the trailer all the way to the sale").
 */
const VOICE = String.raw`(?:(?:is|are|was|were|['’]s|['’]re)\s+${BETWEEN}(?:screaming|barking|complaining|protesting|grumbling)(?!\s+for\b)|(?:yell|scream|shout|complain|protest|grumble)(?:s|ed)?\s+at\s+me\b)`;

/**
 * Going on, after a verb of being or keeping: "the Achilles has been acting up", "the calf kept
 * cramping". Only "-ing" words: "calves were locked up for the night" is a farm's.
 */
const GOING = String.raw`(?:(?:(?:has|have|had)\s+been|is|are|was|were|['’]s|keeps?|kept|started|starts)\s+${BETWEEN}(?:(?:acting|playing|flaring|seizing|locking|tightening)\s+up|(?:throbbing|burning|aching|hurting|cramping|spasming|twinging)${TAIL}))`;

/**
 * How it feels as it mends: "the knee doesn't feel any better", "the ankle didn't seem that
 * sore", "his knee seemed to give way", "when the calf is stretched too far"
 * (issue 11, bareword round).
 */
const MENDS = String.raw`(?:(?:did|does|do)(?:\s*n['’]?t|\s+not)\s+(?:really\s+)?(?:seem|feel|look)\s+(?:(?:that|too|much|any|so|very)\s+){0,2}(?:better|worse|painful|sore|right|normal)|(?:feels?|felt|is\s+feeling|was\s+feeling)\s+${BETWEEN}(?:(?:a\s+lot|much|a\s+bit|way)\s+)?(?:better|worse|stronger|weaker)|(?:appeared|seemed)\s+to\s+(?:buckle|give\s+way|give\s+out|lock)|(?:is|are|was|were|gets?|got)\s+stretched(?=\s+(?:past|too|beyond|out|at|in|during|after|while|when)\b|\s*[,.;:!?)…]|\s*$))`;

/**
 * Healing, or wasting while it rests: "the calf is about 90% healed", "wait for the calf to heal",
 * "expects the ankle to be healed by June", "the calf has wasted away in the cast", "the knee held
 * up on the descent" (issue 11, bareword round: a class of held10–12's forum-style misses). A
 * farm's calf heals too: the farm is asked first (farm-calf.ts), and `CALF_CARE` below.
 */
const HEALS = String.raw`(?:(?:to\s+)?heal(?:s|ed|ing)?(?:\s+(?:properly|well|fully|nicely|slowly|quickly|completely|up))?${TAIL}|to\s+be\s+${BETWEEN}healed|held\s+up${TAIL}|(?:is|are|was|were|has\s+been|['’]s)\s+${BETWEEN}(?:(?:about|nearly|almost|over|around)\s+)?(?:\d+(?:\s*(?:to|-)\s*\d+)?\s*%\s+)?(?:healed|healing|on\s+the\s+mend)|(?:has|have|had)\s+${BETWEEN}(?:atrophied|wasted\s+away|shrunk)|${MENDS})`;
const HEALED = new RegExp(String.raw`^\s*${BETWEEN}${HEALS}`, 'i');
/**
 * A farm's calf heals after its birth or the vet's care, named in its sentence: "The calf is
 * healing up nicely after the birth".
 */
export const CALF_CARE =
  /\b(?:birth|born|calving|vets?|navel|drench\w*|scour\w*|colostrum|dehorn\w*|disbud\w*|castrat\w*|wean\w*|suckl\w*|bottle|milk|replacer|pens?|barn|shed|herd|pasture|paddock|stall)\b/i;

const SAID = new RegExp(String.raw`^\s*${BETWEEN}(?:${DOES}|${STATE}|${GOING}|killing\s+me|on\s+fire${TAIL})`, 'i');
const SHOT = /^\s+(?:is|are|was|were|been|got|get)\s+shot\b/i;
const VOICED = new RegExp(String.raw`^\s*${VOICE}`, 'i');

/** A thing with a knee or an ankle: a pipe's bend, a roof's brace ("The knee is shot on the old hose"). */
export const THINGS =
  /\b(?:pipes?|hoses?|plumb\w*|drains?|valves?|fittings?|joists?|rafters?|beams?|brackets?|tripods?|statues?|lamps?)\b/i;

/**
 * Care given to the part, or a twist it took, by its owner or a physio: "Iced the knee and kept it
 * up", "Taped the ankle before the match", "I rolled the ankle again". The part ends its noun
 * (`PART_ENDS`: not "taped the ankle of the tripod"), or hurt ("ran too early and injured the calf",
 * held10, limb-frames round: a farm's calf hurt is its farm's, farm-calf.ts), and a calf takes only ice, tape, a stretch or
 * a roller: a vet rolls, straps and rests a calf too ("rolled the calf onto its side"). Held or
 * rubbed in pain: "lay there holding the knee", "cradling the ankle" (held10, issue 11 limb-frames
 * round); "a bracket holding the knee of the pipe" goes on with "of", and things are asked below.
 */
const CARED =
  /\b(?:ice|iced|icing|tape|taped|taping|elevate|elevated|elevating|stretch|stretched|stretching|foam[\s-]?roll(?:ed|ing)?|injured|injuring|hurt|hurting|tore|tearing|strained|straining)\s+(?:the|that|this)\s+$/i;
// Wrapped, bandaged, supported, protected or massaged (barepart15 round: "Bandage the ankle
// firmly", "Support the knee with a pillow"): a vet wraps a newborn calf, so not a calf.
const TWISTED =
  /\b(?:rolled|rolling|twisted|twisting|tweaked|tweaking|jarred|jarring|hyperextended|strap|strapped|strapping|brace|braced|bracing|rest|rested|resting|holding|clutching|clutched|grabbing|cradling|cradled|massage|massaging|massaged|rubbing|wrap|wrapped|wrapping|bandage|bandaged|bandaging|support|supported|supporting|protect|protected|protecting)\s+(?:the|that|this|both)\s+$/i;
/** A care verb opening an instruction or a diary line, the part bare: "Wrap ankle in cling film before bathing". */
const CARED_BARE =
  /(?:^|[.!?;:]\s*)\s*(?:ice|iced|wrap|wrapped|bandage|bandaged|strap|strapped|tape|taped|elevate|elevated|rest|rested|support|protect)\s+$/i;
/** The part ends its noun: "Stretching the calf hide over the frame", "the ankle of the tripod" say otherwise. */
export const PART_ENDS =
  /^(?:\s*(?:[,.;:!?)…]|$)|\s+(?:and|but|so|then|before|after|again|for|with|against|up|all|every|twice|at|on|in|during|since|until|because|as|while|when|to|from|firmly|gently|most|last|this|today|yesterday|tonight|right|properly|a\s+bit)\b)/i;

/** Someone feeling the part go: "Felt the calf pop on the last rep", "felt the knee give". */
const FELT = /\b(?:felt|feel|feeling)\s+(?:the\s+)?$/i;
const FELT_DOES = /^\s+(?:pop|go|give|tighten|seize|cramp|twinge|twang|lock|buckle)\b/i;

/**
 * Is a bare part of the leg ("the calf", "Knees", "the Achilles") said to do what only a body's part
 * does (issue 11, the bare-anatomy round)? "the calf completely froze up", "Knee popped on the last
 * rep", "calves were toast after the hill", "the knees hate stairs now": forum posts name the leg
 * without a frame, and the same words name a farm's calf, a pipe's knee and a hero. Such a part
 * anchors itself only, in the normal colour: the symptoms beside it keep their own rules. A farm's
 * calf has been taken out before (farm-calf.ts), and a sentence with a word of another sense asks
 * nothing (match-verdict.ts).
 */
export function isBarePartSaid(text: string, match: RawMatch, [from, to]: [number, number]): boolean {
  const form = text.slice(match.start, match.end);
  const lead = text.slice(from, match.start);
  const after = text.slice(match.end, to);
  // "The ankle's still a bit stiff": a joint's "'s" is its verb of being here (described-part.ts).
  if (JOINT_IS.test(form)) return isDescribed(lead, `'s${after}`) && !isClothedOrThing(text.slice(from, to));
  if (!PART.test(form)) return false;
  // "Achilles" with a capital and no "the" is the hero: "Achilles was not happy with Agamemnon".
  if (form.startsWith('Achill') && !/\bthe\s+$/i.test(lead)) return false;
  // A calf cries and is shot as an animal: "The calves were shot for market at six months".
  const isCalf = /^cal(?:f|v)/i.test(form);
  if (isCalf && SHOT.test(after)) return false;
  // "her knee appeared to buckle": a person's knee, ankle or Achilles (a cow's calf is "her calf").
  const isLed = LEAD.test(lead) || (!isCalf && OWNER_LEAD.test(lead));
  const isSaid =
    (isLed && (SAID.test(after) || (!isCalf && VOICED.test(after)))) ||
    ((isLed || POINTING.test(lead)) && HEALED.test(after) && !(isCalf && CALF_CARE.test(text.slice(from, to)))) ||
    (FELT.test(lead) && FELT_DOES.test(after)) ||
    ((CARED.test(lead) || (!isCalf && (TWISTED.test(lead) || CARED_BARE.test(lead)))) && PART_ENDS.test(after)) ||
    (!isCalf && isDescribed(lead, after));
  return isSaid && !isClothedOrThing(text.slice(from, to));
}

/** A garment has knees, ankles and calves too: "The knees are shot on these jeans". */
const isClothedOrThing = (sentence: string) => CLOTHES.test(sentence) || THINGS.test(sentence);
/** A joint's form with "'s", which the matcher finds as one: "the ankle's", "the knee's". */
const JOINT_IS = /^(?:knee|ankle)['’]s$/i;

/**
 * May the form be a bare part said (`isBarePartSaid`), by the words right around it? Asked of a
 * block with no other anchor before it is cut into sentences: asking every such block with a part
 * word made the matcher 11 % slower on the sense corpus (`node tests/bench/sense-pairs.ts OLD NEW`,
 * OLD a `git archive` of main).
 */
export function mayBeBarePart(text: string, match: RawMatch): boolean {
  const form = text.slice(match.start, match.end);
  const after = text.slice(match.end, match.end + NEAR);
  const lead = text.slice(Math.max(0, match.start - NEAR), match.start);
  if (JOINT_IS.test(form)) return isDescribed(lead, `'s${after}`);
  if (!PART.test(form)) return false;
  return (
    SAID.test(after) ||
    VOICED.test(after) ||
    HEALED.test(after) ||
    FELT_DOES.test(after) ||
    CARED.test(lead) ||
    TWISTED.test(lead) ||
    CARED_BARE.test(lead) ||
    isDescribed(lead, after)
  );
}

/** How far `mayBeBarePart` looks each side of the form, in characters: what `SAID` and `CARED` read. */
const NEAR = 80;

/** A stretch given to a bare part: "Stretching the calf before bed", "Stretch the calf against a wall". */
const STRETCH = /^stretch(?:es|ed|ing)?$/i;
const STRETCHED_PART = /^\s+(?:the|that|this)\s+(?:calf|calves|knees?|ankles?|achill(?:es|ies))(?=[\s,.;:!?)…]|$)/i;

/**
 * Is the form a stretch given to a bare part of the leg, the part ending its noun? The part the
 * care rule anchors (`isBarePartSaid`) says the stretch is the exercise's too: "I've been stretching
 * the calves every night". Not "Stretching the calf hide over the frame", nor where the sentence
 * names clothes or a pipe, as `isBarePartSaid` asks.
 */
export function isStretchOfPart(text: string, match: RawMatch, to: number): boolean {
  if (!STRETCH.test(text.slice(match.start, match.end))) return false;
  const part = STRETCHED_PART.exec(text.slice(match.end, to));
  if (part === null || !PART_ENDS.test(text.slice(match.end + part[0].length, to))) return false;
  // A boot stretched at the calf: "Stretch the calves with a boot stretcher".
  const sentence = text.slice(match.start, to);
  return !CLOTHES.test(sentence) && !THINGS.test(sentence);
}
