/**
 * The leg-cramp card explains a cramp in the leg, most often the calf. A cramp placed in a hip, the
 * back or the side is another: "cramps in the hips or lower back", "a cramp in your side while
 * running" (a stitch), "hip cramps at night", "side cramps" (issue 11, the stretch-and-stiffness
 * round: docs/sense.md "A reach's stretch, a joint's stiffness, a cramp elsewhere"). Hips anchor the
 * leg's other signs (other-region.ts) and "side" is no body region there ("on the other side"), so
 * this reads only the cramp's own place: right after it (past a noun or a verb of being: "cramping
 * pains in my hips", "the cramps are mostly in my hips"), as its first word, or as a person's place
 * that is its subject ("my hips and lower back keep cramping": the body-list round). Not "the back of my
 * calf" or "the side of the knee", and not a list that goes on to the leg ("cramps in my hips and
 * calves"). These uses are dropped before any sense rule reads the block, so they neither mark nor
 * anchor. Only forms whose text is a form of "cramp" (maybe after "muscle") are read. A cramp of
 * early pregnancy is the womb's, placed by the pregnancy's stage (`isEarlyPregnancy`).
 */
import type { RawMatch } from './apply-sense.ts';
import { withoutUses } from './without-uses.ts';

const CRAMP_FORM = /^(?:muscle\s+)?cramp(?:s|ing|y|ed\s+up)?$/i;

/** A place that is not the leg: a hip (not its flexor), the back, the side, the flank, the ribs. */
const PLACE = String.raw`(?:hips?(?!\s+flexors?)|back(?!\s+of)|sides?(?!\s+of)|flanks?|ribs|groin)`;
// Between the cramp and its place: a noun it names ("cramping pains in my hips") and up to two
// words of being or degree ("the cramps are mostly in my hips"): the body-list round.
const BRIDGE = String.raw`(?:\s+(?:pains?|aches?|feelings?|sensations?))?(?:\s+(?:are|is|was|were|mostly|mainly|all|just|only|always|usually|more|low|deep|right))?(?:\s+(?:mostly|mainly|all|just|only|always|usually|more|low|deep|right))?`;
const PLACE_AFTER = new RegExp(
  String.raw`^${BRIDGE}\s+(?:up\s+)?(?:in|on|at|across|along|down|around|round|through|throughout|into|over)\s+(?:(?:the|my|your|his|her|their|one|a|both|each)\s+)?(?:(?:left|right|lower|upper|middle|whole)\s+)?${PLACE}\b`,
  'i',
);
/** "hip cramps", "a side cramp", "lower back cramping": the place as the cramp's first word. */
const PLACE_BEFORE = /\b(?:hip|side|flank|rib|groin|lower\s+back|back)\s+$/i;
/**
 * The place as the cramp's subject, a person's and only such places: "my hips and lower back keep
 * cramping", "her back was cramping" (the body-list round). "my calf and hip keep cramping" is the
 * leg's: `LEG_BEFORE` is read first, and a leg in the subject is no such place.
 */
const OWNED_PLACE = String.raw`(?:(?:left|right|lower|upper)\s+)?(?:hips?|back|sides?|groin)`;
const SUBJECT_BEFORE = new RegExp(
  String.raw`\b(?:my|your|his|her|their|our|both)\s+${OWNED_PLACE}(?:\s*(?:,|and|or|&)\s*(?:(?:my|your|his|her|their|the)\s+)?${OWNED_PLACE})*\s+(?:(?:keeps?|kept|keep\s+on|starts?|started|is|are|was|were|has\s+been|have\s+been|will|always|still|often|also|then|really)\s+){1,2}$`,
  'i',
);
const LEG_WORD = String.raw`(?:legs?|calf|calves|thighs?|feet|foot|toes?|hamstrings?|shins?)`;
/**
 * A part of the leg in the words just before, in the same clause, as the cramp's subject: "my calf
 * keeps cramping on one side". Not one a comma or "and" parts from it, another item of the writer's
 * list: "sore calves and cramps in my lower back", "aching legs, cramps in my hips" (leg cramps
 * before the body-list round).
 */
const LEG_BEFORE = new RegExp(String.raw`\b${LEG_WORD}\b(?:(?![\s\u00a0](?:and|or|&)[\s\u00a0])[^.;:!?,]){0,12}$`, 'i');
/**
 * The leg named later in the same list: "cramps in my hips and calves", "in my hips, back and
 * thighs". Only items of one or two words stand between: "the cramps in my hips and lower back are
 * grim, and my calves are tight" names the calves in a clause of their own (a leg-cramp card before
 * the body-list round).
 */
const JOIN = String.raw`(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)(?:(?:my|the|your|his|her|their|both)\s+)?`;
const LEG_IN_LIST = new RegExp(
  String.raw`^(?:${JOIN}(?:(?:left|right|lower|upper|inner|outer)\s+)?[a-z]+)*?${JOIN}(?:(?:left|right|lower|upper|inner|outer)\s+)?${LEG_WORD}\b`,
  'i',
);

/** The matches that are not a cramp placed outside the leg. */
export function withoutPlacedCramps(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isPlacedCramp);
}

/** Is `match` a form of "cramp" placed in a hip, the back or the side? */
export function isPlacedCramp(text: string, match: RawMatch): boolean {
  // Asked of every form of every block: length and first letter first, so others cost no slice.
  const length = match.end - match.start;
  const first = text.charCodeAt(match.start) | 0x20;
  if (length < 5 || length > 19 || (first !== 0x63 && first !== 0x6d)) return false;
  if (!CRAMP_FORM.test(text.slice(match.start, match.end))) return false;
  const before = text.slice(Math.max(0, match.start - 30), match.start);
  // "my calf cramps on the left side": the leg named just before owns the cramp, the side is its.
  if (LEG_BEFORE.test(before)) return false;
  const after = text.slice(match.end, match.end + 90);
  if (PLACE_AFTER.test(after)) return !LEG_IN_LIST.test(after.replace(PLACE_AFTER, ''));
  if (PLACE_BEFORE.test(before) || SUBJECT_BEFORE.test(text.slice(Math.max(0, match.start - 60), match.start)))
    return true;
  return isEarlyPregnancy(text, match);
}

/**
 * Early pregnancy, said in the cramp's sentence: "six weeks pregnant and the cramps are scaring me",
 * "cramping in the first trimester" (the cramp15 round). Its cramps are the womb's, though "pregnant"
 * (a strong form) would anchor them; late pregnancy's are the leg's (cramp-setting.ts).
 */
const EARLY_PREGNANCY =
  /\b(?:(?:[1-9]|1[0-6]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s\u00a0-]+weeks?[\s\u00a0]+(?:pregnant|along|post[\s\u00a0-]?transfer)|early[\s\u00a0]+(?:pregnancy|stages?[\s\u00a0]+of[\s\u00a0]+pregnancy)|first[\s\u00a0]+trimester|implantation|miscarr\w*|positive[\s\u00a0]+(?:pregnancy[\s\u00a0]+)?test)\b/i;
const LEG = new RegExp(String.raw`\b${LEG_WORD}\b`, 'i');

/** Is early pregnancy named in the cramp's sentence (read as the 120 characters each side up to a stop), and no leg? */
function isEarlyPregnancy(text: string, match: RawMatch): boolean {
  const before = text.slice(Math.max(0, match.start - 120), match.start).replace(/^[^]*[.!?]\s/, '');
  const after = text.slice(match.end, match.end + 120).replace(/[.!?](?:\s[^]*)?$/, '');
  const own = `${before} ${after}`;
  return EARLY_PREGNANCY.test(own) && !LEG.test(own);
}
