import type { RawMatch } from './apply-sense.ts';
import { isSymptomNoun } from './symptom-list.ts';
import { isOfNature } from './symptom-pair.ts';
import { CAUSE } from './skin-mark-cause.ts';
import { isBruiseOnBody, isPersonWhoBruises, PERSON, withoutLikening } from './bruise-body.ts';
import { isBruiseAsked } from './bruise-asked.ts';
import { isBruisedInCare, isBruiseSaidPlainly } from './bruise-plain.ts';
import { isBruisedBody, isBruiseOfInjury, isOnThing } from './bruise-sport.ts';

/**
 * A bruise or a lump said of a person's body in a sentence that names no part of the leg (the
 * skinmark15 round, issue 11: the held-out round's largest classes of misses). Both cards say what
 * the thing is anywhere on a body ("marks on the skin where blood has leaked", "a bump or swelling
 * you can see or feel"), so its course, its cause or its care is enough to say the sentence is a
 * body's. Normal colour only: none of it names the leg, and neither card is urgent.
 */

/** What a bruise or a lump said of a body is: the caller takes a bruise anywhere on it, a lump not where another region is named. */
export type SkinMark = 'bruise' | 'lump';

/** A bruise named as a noun: "bruising" only where symptom-list.ts reads a noun ("the bruising faded", not "a bruising week"). */
const BRUISE = /^bruis(?:e|es|ing)$/i;
/** "bruised" is read only as a person's part or a person hurt (bruise-sport.ts): "a bruised ego" is neither. */
const BRUISED = /^bruised$/i;
const LUMP = /^lumps?$/i;

/** What a bruise does as it heals, said after it with up to three helping words: "the bruise went yellow", "my bruises take ages to fade". */
const BRUISE_COURSE = new RegExp(
  // "The bruise on the calf went yellow": its place may come first.
  String.raw`^[\s\u00a0]+(?:(?:on|over|around)[\s\u00a0]+(?:the|my|his|her|their|your)[\s\u00a0]+[\w'’-]+[\s\u00a0]+)?(?:(?:that|which|to|has|have|had|is|are|was|were|will|would|may|might|can|could|should|usually|often|then|now|finally|only|just|still|slowly|also|never|started|starts|starting|began|begun|beginning|seems?|seemed|got|gets|getting|did|does|do|not|n['’]t|nearly|almost|mostly|completely|all)[\s\u00a0]+){0,3}` +
    String.raw`(?:went|goes|go|gone|going|turned|turns?|turning|faded|fades?|fading|healed|heals?|healing|spread|spreads|spreading|came[\s\u00a0]+out|comes?[\s\u00a0]+out|coming[\s\u00a0]+out|appeared|appears?|showed[\s\u00a0]+up|shows?[\s\u00a0]+up|cleared|clears?|disappeared|lasted|lasts?|took|takes?|moved|tracked|tracks?|yellowed|darkened|surfaced|surfaces?|surfacing|there|won['’]t[\s\u00a0]+go[\s\u00a0]+away|isn['’]t[\s\u00a0]+going[\s\u00a0]+away|be[\s\u00a0]+large|been[\s\u00a0]+there|worse|better|bigger|larger|smaller|darker|lighter|(?:(?:a|an|really|very|horrible|nasty|funny|weird|deep|dark|light|pale)[\s\u00a0]+){0,3}(?:purple|purplish|yellow|yellowish|green|greenish|blue|bluish|black|brown|brownish))\b`,
  'i',
);

/** A lump seen to: "The GP felt the lump", "Had an ultrasound on the lump today". Not a bruise's: a GP's surgery and a drama's doctor find bruises of other kinds. */
const LUMP_SEEN = /\b(?:GP|doctor|doc|nurse|consultant|dermatologist|scan|ultrasound|x-?ray|biopsy)\b/i;

/** Words after "bruising" that no noun it would describe takes (symptom-list.ts reads the rest): "bruising all over his hands", "Any bruising yet?". */
const ING_NOUN_AFTER =
  /^[\s\u00a0]+(?:yet|at[\s\u00a0]+all|anywhere|across|all[\s\u00a0]+over|covering|under|beneath|turned|turns|won['’]t|isn['’]t|looks?|looked|normal|since)\b/i;

/** "Easy bruising", "unexplained bruising", a sign of a clotting problem or of a drug ("an easy bruising win" has no noun: symptom-list.ts). */
const EASY_BEFORE = /\b(?:easy|unexplained|spontaneous)[\s\u00a0]+$/i;

/**
 * A person's own bruise, or one they got: "my bruise", "she has a bruise", "woke up with a massive
 * bruise"; "Got a bruise the size of a fist" with no subject. A verb of having needs a person. Not
 * a lump: a lump a person has, with no place, feel or cause, is in the breast, the neck or the gum
 * as often ("Last month I had a tooth out. I still have a lump", thread-leg.test.ts).
 */
const OWNED_BEFORE = new RegExp(
  String.raw`(?:\b(?:my|your|his|her)|(?:\b${PERSON}[\s\u00a0]+(?:(?:also|still|just|now|then|have|had|'ve)[\s\u00a0]+)?|^[\s\u00a0]*)(?:got|get|have|has|had)[\s\u00a0]+(?:a|an|this|that|some|another)?|\b(?:noticed|found|woke[\s\u00a0]+up[\s\u00a0]+with|came[\s\u00a0]+away[\s\u00a0]+with|ended[\s\u00a0]+up[\s\u00a0]+with|left[\s\u00a0]+(?:me|him|her|them|us)[\s\u00a0]+with)[\s\u00a0]+(?:a|an|this|that|some|another)?)` +
    String.raw`(?:[\s\u00a0]+(?:big|huge|massive|small|little|tiny|large|new|fresh|deep|nasty|hard|soft|squishy|painful|sore|tender|pea-sized|marble-sized|purple|black|blue|yellow|dark|weird|strange|odd))*[\s\u00a0]+$`,
  'i',
);

/** How a lump feels, or what it does, after it: "the lump is tender to the touch", "the lump hurts", "the lump has gone down". */
const LUMP_AFTER = new RegExp(
  String.raw`^[\s\u00a0]+(?:(?:that|which|is|was|has|have|had|feels?|felt|got|gets|getting|still|now|really|quite|very|a[\s\u00a0]+bit|started|keeps?)[\s\u00a0]+){0,3}` +
    String.raw`(?:tender|sore|painful|hurts?|hurting|itchy|itches|throbs?|throbbing|moves[\s\u00a0]+when|gone[\s\u00a0]+down|went[\s\u00a0]+down|going[\s\u00a0]+down|shrunk|shrank|shrinking|grown|grew|growing|come[\s\u00a0]+up|came[\s\u00a0]+up|popped[\s\u00a0]+up|appeared|under[\s\u00a0]+the[\s\u00a0]+skin|bigger|smaller)\b|^[\s\u00a0]+(?:feels?|felt|is|was)[\s\u00a0]+(?:(?:quite|very|really|a[\s\u00a0]+bit|rock)[\s\u00a0]+)?(?:hard|soft|firm|rubbery|squishy|warm|hot)\b`,
  'i',
);

/**
 * How a lump feels, before it: "a squishy lump", "a painful lump", "this new lump". Not hard or
 * soft (a parcel's "hard lump in one corner"), nor what it is of: "a squishy lump of dough".
 */
const LUMP_BEFORE =
  /\b(?:squishy|painful|sore|tender|pea-sized|marble-sized|grape-sized|fluid-filled|itchy|swollen|this[\s\u00a0]+new|a[\s\u00a0]+new|the[\s\u00a0]+new)[\s\u00a0,]+(?:(?:little|small|big|round|red|raised)[\s\u00a0]+)?$/i;
/**
 * Where on the leg a lump is, with the part a few words on: "a lump just over the top of his
 * kneecap", "on the back of her heel", "below the knee". Not a thing's leg or foot ("the foot of
 * the bed", "under the table leg").
 */
const LUMP_PLACE = new RegExp(
  String.raw`^[\s\u00a0]+(?:(?:has|have|had|is|was|come|came|appeared|just|right|up|high|low|slightly|a[\s\u00a0]+bit)[\s\u00a0]+){0,3}(?:on|over|under|below|above|behind|at|near|around|in|inside|by|beside|along|down)` +
    String.raw`(?:[\s\u00a0]+(?:the|my|his|her|their|your|a|one|each|both|left|right|inner|outer|inside|outside|front|back|top|bottom|side|base|middle|of|just)){0,6}[\s\u00a0]+` +
    String.raw`(?:legs?|knees?|kneecaps?|ankles?|calf|calves|shins?|thighs?|heels?|achilles|hamstrings?|toes?|feet|foot)\b(?![\s\u00a0]+of\b)`,
  'i',
);
/** Lumps of other pages' subjects: a breast lump, a lump in the neck or the throat, a gland. */
const LUMP_ELSEWHERE =
  /\b(?:breasts?|nipples?|neck|throat|armpits?|groin|testicles?|testes|scrotum|thyroid|glands?|lymph)\b/i;
/** A bruise or a lump in general, no one's: "which dulls the pain of a bruise" (as care-said.ts reads it). */
const GENERIC_BEFORE = /\b(?:of[\s\u00a0]+an?|any|every)[\s\u00a0]+$/i;
/** Lumps taken are blows to a reputation: "he took his lumps in the press" (the pack's negative contexts say "take your lumps"). */
const TAKEN_BEFORE =
  /\b(?:take|takes|took|taking|taken)[\s\u00a0]+(?:(?:my|your|his|her|their|our|its|some)[\s\u00a0]+)?$/i;
const OF_AFTER = /^[\s\u00a0]+of\b/i;

/** Things a bruise or a lump belongs to in other senses: markets, pride, a team, a party, a kitchen. */
const OTHER_THING =
  /\b(?:markets?|shares|share[\s\u00a0]+(?:prices?|markets?|sales?|issues?)|stocks?|economy|prices?|pound|dollar|funds?|pensions?|balance|budget|tax|cash|money|bank|gilts?|party|election|campaign|team|squad|club|season|defeat|loss|pride|egos?|reputation|brand|company|firm|talks|gravy|sauce|batter|dough|porridge|custard|flour|butter|sugar|coal|clay)\b/i;
/**
 * Things with lumps, not bruises: a mattress, a rug, a parcel, a laptop, a pocket, a sofa. Read for a
 * lump only, so a bruise got from a wall, a chair or a car door is still read.
 */
const LUMPY_THING =
  /\b(?:mattress|pillow|cushion|duvet|rug|carpet|paint|plaster|wall|envelope|bag|box|bark|tree|phone|screen|laptop|battery|tablet|parcel|package|pocket|coat|jacket|drawer|sofa|couch|armchair|chair|seat|car|bonnet|road|vinyl|field|garden|lawn|soil|molehill)\b/i;

/**
 * Is `match` a bruise or a lump said of a person's body in its sentence `[from, to)`: `'bruise'`,
 * `'lump'` or `undefined`? The caller takes a bruise wherever on a body it is (a bruise on the arm
 * is what the card explains) and a lump only where no other region is named (a lump in the neck
 * or the breast is another page's subject: match-verdict.ts).
 */
export function skinMarkOf(
  text: string,
  match: RawMatch,
  [from, to]: [number, number],
  prior?: [number, number],
): SkinMark | undefined {
  const form = text.slice(match.start, match.end);
  if (TENDER.test(form)) return lumpTenderOf(text, match, [from, to]);
  const isBruise = BRUISE.test(form);
  const isBruised = BRUISED.test(form);
  if (!isBruise && !isBruised && !LUMP.test(form)) return undefined;
  const sentence = text.slice(from, to);
  // "Dad bruises like a ripe plum": the fruit of a likening is not what the sentence is about.
  const unliked = isBruise ? withoutLikening(sentence) : sentence;
  if (OTHER_THING.test(sentence) || isOfNature(unliked, [0, unliked.length])) return undefined;
  const before = text.slice(Math.max(from, match.start - 60), match.start);
  const after = text.slice(match.end, to);
  // "bruise-purple velvet", "a bruise-coloured sky": a colour named after a bruise.
  if ((isBruise || isBruised) && /^-/.test(after)) return undefined;
  if (isBruised)
    return isBruisedBody(before, after, sentence) ||
      isBruisedInCare(before, sentence) ||
      isPersonWhoBruises(before, after)
      ? 'bruise'
      : undefined;
  // "Any bruising?" after a knock is asked of a body; "worse than any bruise" is a bruise in general.
  const isNoun = () =>
    !/ing$/i.test(form) || isSymptomNoun(text, match.start, match.end, to) || ING_NOUN_AFTER.test(after);
  // The complaint before it is a body's too: not "The shares fell again on Friday." then "Any bruising?".
  const isPriorBody = prior && !OTHER_THING.test(text.slice(...prior)) && !isOfNature(text, prior);
  if (
    isBruise &&
    isBruiseAsked(text, [match.start, match.end], [from, to], isPriorBody ? prior : undefined) &&
    isNoun()
  )
    return 'bruise';
  // A bone bruise is a bone's injury, not a mark on the skin (other-medical.probe-bruise16.txt).
  if (GENERIC_BEFORE.test(before) || /\bbone[\s\u00a0]+$/i.test(before)) return undefined;
  if (isBruise) {
    if (isPersonWhoBruises(before, after)) return 'bruise';
    if (!isNoun() || isOnThing(after)) return undefined;
    const isSaid =
      BRUISE_COURSE.test(after) ||
      OWNED_BEFORE.test(before) ||
      EASY_BEFORE.test(before) ||
      isBruiseSaidPlainly(before, after, sentence) ||
      CAUSE.test(sentence) ||
      isBruiseOnBody(before, after) ||
      isBruiseOfInjury(form, before, after, sentence);
    return isSaid ? 'bruise' : undefined;
  }
  if (OF_AFTER.test(after) || TAKEN_BEFORE.test(before) || LUMP_ELSEWHERE.test(sentence) || LUMPY_THING.test(sentence))
    return undefined;
  const isSaid =
    LUMP_AFTER.test(after) ||
    LUMP_PLACE.test(after) ||
    LUMP_BEFORE.test(before) ||
    CAUSE.test(sentence) ||
    LUMP_SEEN.test(sentence);
  return isSaid ? 'lump' : undefined;
}

const TENDER = /^tender$/i;
/** "a tender lump", "a tender, red lump"; "the lump is tender", "the lump was still very tender". */
const LUMP_AFTER_TENDER = /^[\s\u00a0,]+(?:(?:little|small|hard|red|raised|swollen|squishy)[\s\u00a0,]+)?(lumps?)\b/i;
const LUMP_BEFORE_TENDER =
  /\b(lumps?)[\s\u00a0]+(?:(?:is|was|are|were|feels?|felt|still|now|really|quite|very|so|a[\s\u00a0]+bit|a[\s\u00a0]+little)[\s\u00a0]+){1,3}$/i;

/**
 * "tender" said of a lump the rule reads as a body's ("the lump is tender to the touch", "a tender
 * lump after the blood draw"): the lump's soreness, so what the lump is, the tenderness is. Weak
 * forms never anchor each other, but here the lump is read first, by the same rule.
 */
function lumpTenderOf(text: string, match: RawMatch, sentence: [number, number]): SkinMark | undefined {
  const after = LUMP_AFTER_TENDER.exec(text.slice(match.end, sentence[1]));
  if (after) {
    const end = match.end + after[0].length;
    return skinMarkOf(text, { ...match, start: end - after[1]!.length, end }, sentence);
  }
  const from = Math.max(sentence[0], match.start - 40);
  const before = LUMP_BEFORE_TENDER.exec(text.slice(from, match.start));
  if (!before) return undefined;
  const start = from + before.index;
  return skinMarkOf(text, { ...match, start, end: start + before[1]!.length }, sentence);
}

/** Could a block say a bruise or a lump so (one of their forms among its matches)? Asked before sentences are read. */
export const mayBeSkinMark = (text: string, raw: readonly RawMatch[]): boolean =>
  raw.some(
    (match) =>
      match.sense !== 'strong' && /^(?:bruis(?:e|es|ing|ed)|lumps?)$/i.test(text.slice(match.start, match.end)),
  );
