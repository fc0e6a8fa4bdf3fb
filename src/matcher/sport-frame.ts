import type { RawMatch } from './apply-sense.ts';
import type { DiscourseContext } from './discourse-anchor.ts';
import { FIRST_PERSON, NOUN_AFTER, OBJECT_AFTER, OTHER_KIND_BEFORE, OTHER_PART, OWNER_BEFORE } from './post-anchor.ts';
import { OTHER_CRAMP } from './other-cramp.ts';
import type { SentenceAnchors } from './sentence-anchors.ts';
import { ACTIVITY, EFFORT } from './sport-words.ts';
import { blockTestOf } from './block-test.ts';

/**
 * What a workout does to a body, said with no part named: a cramp, a spasm, a muscle's tightness or
 * stiffness ("a mile into the jog I felt the tightness building", "cramp when swimming", "I cramped
 * up at mile 20": the cramp15 round). Weak forms: only a sport's frame in their sentence anchors them here.
 */
const EFFECT_FORM = /^(?:cramps?|cramping|crampy|cramped[\s\u00a0]+up|spasms?|spasming|tightness|stiffness)$/i;
/**
 * The exercise itself: relaxed forms the pack's words of exercise already anchor ("stretching before
 * a run"), taken here beside the sports those words do not list ("stretching before tennis").
 * "stretched" and "stretches" are left out: a sport's report stretches a lead, a defence, a course
 * ("the defence was stretched", "the course stretches along the river").
 */
const EXERCISE_FORM =
  /^(?:stretch|stretching|warm[\s\u00a0-]?ups?|warming[\s\u00a0-]up|flexibility|overuse|overtraining)$/i;

/**
 * Another sense of the sentence that the sport frame does not outweigh: an animal's race or ride
 * (a horse's cramps are not this card's), the stomach cramp of swimming after a meal, a side, the
 * ribs or the gut (a runner's stitch), an election's or a market's race, a program's run.
 */
export const OTHER_SENSE =
  /\b(?:horses?|ponies|pony|mares?|geldings?|fill(?:y|ies)|colts?|greyhounds?|hounds?|(?<!downward[\s\u00a0]+)dogs?|pupp(?:y|ies)|camels?|(?:after|before)[\s\u00a0]+(?:eating|a[\s\u00a0]+meal|lunch|dinner|breakfast)|full[\s\u00a0]+stomach|(?:my|your|his|her|their)[\s\u00a0]+(?:(?:left|right)[\s\u00a0]+)?side|ribs?|diaphragm|abs|gut|elections?|candidates?|polls?|voters?|campaign|senate|mayor|stocks?|markets?|economy|prices?|code|server|software|model|models|algorithm|band|album|gig|singer)\b/i;
/**
 * A swim in something else ("swimming in debt", "my head was swimming"), and the gear a sport uses,
 * whose stiffness, tightness and stretch are the shoe's or the frame's ("the midsole's stiffness on
 * tempo runs", "the knit upper has some stretch").
 */
const SWIM_OR_GEAR =
  /\b(?:(?:swim|swims|swimming|swam)[\s\u00a0]+(?:in[\s\u00a0]+(?:debt|money|cash|paperwork|emails|options|offers|data|work|problems)|against[\s\u00a0]+the[\s\u00a0]+(?:tide|current))|head[\s\u00a0]+(?:is|was)[\s\u00a0]+swimming|shoes?|trainers|sneakers|midsoles?|outsoles?|uppers?|toe[\s\u00a0-]?box|insoles?|laces|plates?|racq?uets?|frames?|saddles?|wetsuits?|goggles|fabric|strings)\b/i;
/**
 * A gut's or a side's cramp, a runner's stitch: "GI cramps", "side cramps", "intestinal cramping"; and
 * heat cramps, a heat illness named as a category (cramp-setting.ts; "Heat cramps took out three riders
 * on the climb" once the climb was an effort, the cramp16 round).
 */
const GUT_BEFORE = /\b(?:gi|gut|intestinal|gastric|side|rib|heat(?:[\s\u00a0-]?stroke)?)[\s\u00a0]+$/i;
/** What the form is of or where it is, when that is not said by the sport: "flexibility of the plan", "tightness in the race". */
const OF_AFTER = /^[\s\u00a0]+(?:of|about|towards?|between|across|along|beyond|over|back|among)\b/i;
/** The exercise's verb going somewhere or with something: "stretch to nine points", "stretching into overtime". */
const GOING_AFTER =
  /^[\s\u00a0]+(?:to|into|on|with|out|far|further|thin|higher|lower|wide|across|for(?![\s\u00a0]+(?:\d|a|an|about|two|three|five|ten|fifteen|twenty|thirty|few|several|half)\b))\b/i;
/**
 * A body's flexibility is someone's, or gained and lost: "my flexibility", "improve flexibility".
 * A club's or a plan's is the rest: "the flexibility golf memberships offer".
 */
const FLEXIBLE_BEFORE =
  /\b(?:my|your|his|her|improv\w*|gain\w*|lose|lost|losing|increas\w*|poor|lack[\s\u00a0]+of)[\s\u00a0]+$/i;
/** Where a flexibility is, when not a body's: "flexibility in the plan", "flexibility around dates". */
const FLEXIBLE_IN = /^[\s\u00a0]+(?:in|around|within)\b/i;
/** A place after the effect: "tightness in the race", "stiffness on the bench"; the body's have their own rules. */
const PLACE_AFTER = /^[\s\u00a0]+(?:in|on|at|around|within|inside)\b/i;
/** The exercise as an adjective, before a sport's other noun: "the warm-up match", "a warm-up lap" (cars). */
const SPORT_NOUN_AFTER =
  /^[\s\u00a0-]+(?:act|acts|match|matches|game|games|gig|fixture|tour|event|round|lap|laps|band|show|question|tournament|race|races)\b/i;
/** "a stretch", "the stretch" in a sport's report is a run of games, not the exercise. */
const ARTICLE_BEFORE =
  /\b(?:a|an|the|this|that|each|every|another|one|our|their|his|her)[\s\u00a0]+(?:[a-z-]+[\s\u00a0]+)?$/i;
/** "a 60-second stretch": a hold's length names the exercise. */
const HOLD_BEFORE = /\d+[\s\u00a0-]?(?:second|sec)s?[\s\u00a0]+$/i;
/** A verb of being before: "things are warming up", "the defence was stretched". */
const BEING_BEFORE =
  /\b(?:is|are|was|were|be|been|being|['’]s|['’]re)[\s\u00a0]+(?:(?:really|just|now|still|already|slowly)[\s\u00a0]+)?$/i;
/** A cramp the post points back to: "the cramps", "these cramps", "that cramp". */
const DEFINITE_BEFORE = /\b(?:the|this|that|these|those)[\s\u00a0]+$/i;
/** How many sentences back a definite cramp looks for its sport ("…my first open-water swim. … the cramps"). */
const SPORT_REACH = 2;

/**
 * "Cramp when swimming", "a mile into the jog I felt the tightness building", "stretching before
 * tennis": a cramp, a spasm, a muscle's tightness or stiffness, or an exercise form, with no part of
 * the body named, in a sentence that says a sport is done. Anchored in the normal colour (no
 * urgent entry is among the forms): the cramp is the leg-cramp card's (a swimmer's and a runner's
 * cramp is the calf's or the foot's), the tightness the muscle-stiffness card's. Another part of
 * the body, another kind of cramp ("stomach cramps"), an animal, a meal or another sense in the
 * sentence leave it alone, as do the everyday verbs' objects and places ("stretch the lead",
 * "cramp their style", "tightness in the race").
 */
export function isSportSaid(
  text: string,
  match: RawMatch,
  [from, to]: [number, number],
  anchors: SentenceAnchors,
): boolean {
  const isEffect = EFFECT_FORM.test(text.slice(match.start, match.end));
  if (!isEffect && !isExerciseForm(text, match)) return false;
  const own = text.slice(from, to);
  if (!isClear(text, match, from, to, isEffect)) return false;
  // The pack's words of exercise ("yoga", "workout", "exercise-induced") already anchor the exercise forms.
  return ACTIVITY.test(own) || (isEffect && (EFFORT.test(own) || anchors.exercise.length > 0));
}

/**
 * "I did my first open-water swim last weekend. … When I picked it up, the cramps got worse.": a
 * cramp the writer points back to ("the cramps") takes the sport one of the two sentences before
 * names, where none between is of another sense.
 */
export function isSportBefore(
  match: RawMatch,
  sentence: [number, number],
  { text, sentenceAt, anchorsAt }: DiscourseContext,
): boolean {
  if (!/^cramp/i.test(text.slice(match.start, match.end)) || !isCrampOfPost(text, match, sentence)) return false;
  if (!isClear(text, match, sentence[0], sentence[1], true)) return false;
  for (let back = 0, before = sentence; back < SPORT_REACH && before[0] > 0; back++) {
    before = sentenceAt(before[0] - 1);
    const prior = text.slice(before[0], before[1]);
    if (anchorsAt(before).isOtherSense || OTHER_PART.test(prior) || OTHER_SENSE.test(prior) || SWIM_OR_GEAR.test(prior))
      return false;
    // "Went for a run. Cramps, bloating, the works": the gut's, a meal's, a period's named with the cramp (other-cramp.ts).
    if (OTHER_CRAMP.test(prior)) return false;
    if (ACTIVITY.test(prior) || EFFORT.test(prior)) return true;
  }
  return false;
}

/**
 * A cramp the post's workout may own: pointed back to ("the cramps"), said by the writer ("I thought
 * it was just a cramp and stopped", the cramp16 round) or opening its sentence as an event ("Cramp
 * hit and I walked it off", "Cramped up on the last hill"). A report's "cramps" in the middle of a
 * third-person sentence takes no sport from before, nor a setting (cramp-setting.ts): "Staff cramps".
 */
export function isCrampOfPost(text: string, match: RawMatch, [from, to]: [number, number]): boolean {
  if (DEFINITE_BEFORE.test(text.slice(Math.max(from, match.start - 12), match.start))) return true;
  return FIRST_PERSON.test(text.slice(from, to)) || OPENING.test(text.slice(from, match.start));
}

/** Nothing but an interjection before the form at its sentence's start: "Cramp hit", "Ugh, cramping!" */
export const OPENING = /^[\s\u00a0]*(?:(?:ugh|argh+|ow+|ouch|oh|damn|then|and|more|so[\s\u00a0]+much)[\s\u00a0,!]*)*$/i;

/**
 * A block about a period: its cramps and spasms are the womb's, whatever sport it names ("I missed
 * open gym for my cramps… my period", a period-pain post read in the eleventh session's held-out
 * round). "period" alone is also a game's ("cramps in the third period"): only owned or menstrual.
 */
export const MENSES =
  /\b(?:(?:my|her|your|their|on\s+(?:my|her|their|your))[\s\u00a0]+periods?|period[\s\u00a0-](?:pain|cramps?|cramping)|menstrua\w*|menses|pms|uter(?:us|ine)|womb|endometriosis|ovar(?:y|ies|ian))\b/i;

/**
 * `MENSES.test(text)` of a block, asked for each of its cramps: the last block's answer is kept, so
 * a long block with many cramps is read once, not once a cramp (docs/performance.md, "One long
 * block with no sentence end": `node tests/bench/long-block.ts --corpus`).
 */
export const namesMenses = blockTestOf((text) => MENSES.test(text));

/** A word of sport or a workout's effort anywhere in a block, read once a block (block-test.ts). */
const namesSport = blockTestOf((text) => ACTIVITY.test(text) || EFFORT.test(text));

/** Either rule: the sport in the form's sentence, or, for "the cramps", in one of the two before. */
export function isSportFramed(
  match: RawMatch,
  sentence: [number, number],
  anchors: SentenceAnchors,
  context: DiscourseContext,
): boolean {
  if (/^(?:cramp|spasm)/i.test(context.text.slice(match.start, match.end)) && namesMenses(context.text)) return false;
  if (isSportSaid(context.text, match, sentence, anchors)) return true;
  return sentence[0] > 0 && isSportBefore(match, sentence, context);
}

/**
 * May a block with no other anchor hold such a form (block-anchoring.ts)? Its form first, then the
 * block's words: most blocks pay one test of the form's text.
 */
export function mayBeSport(text: string, match: RawMatch): boolean {
  const form = text.slice(match.start, match.end);
  return (EFFECT_FORM.test(form) || EXERCISE_FORM.test(form)) && namesSport(text);
}

function isExerciseForm(text: string, match: RawMatch): boolean {
  return match.sense === 'relaxed' && EXERCISE_FORM.test(text.slice(match.start, match.end));
}

/** No other part, kind, sense, owner or object around the form, in its sentence `[from, to)`. */
function isClear(text: string, match: RawMatch, from: number, to: number, isEffect: boolean): boolean {
  if (match.sense === 'paired') return false;
  const own = text.slice(from, to);
  const lead = text.slice(Math.max(from, match.start - 40), match.start);
  const after = text.slice(match.end, to);
  if (OTHER_PART.test(own) || OTHER_SENSE.test(own) || SWIM_OR_GEAR.test(own)) return false;
  // "cramps from the gels at mile 20 after a big breakfast": a meal's or the gut's (other-cramp.ts).
  if (/^cramp/i.test(text.slice(match.start, match.end)) && OTHER_CRAMP.test(own)) return false;
  if (OTHER_KIND_BEFORE.test(lead) || OWNER_BEFORE.test(lead) || GUT_BEFORE.test(lead)) return false;
  // A noun of state has no object: "stiffness the day after tennis".
  const form = text.slice(match.start, match.end);
  const isState = /ness$/i.test(form);
  // "the cramping that occurs while swimming": "that" opens a clause after a noun, no object.
  const isObject = OBJECT_AFTER.test(after) && !(isEffect && /^[\s\u00a0]+that\b/i.test(after));
  if (OF_AFTER.test(after) || (!isState && isObject)) return false;
  // Adjectives before a noun of another sense: "a stretch goal", "the stretch run" (post-anchor.ts).
  if (/^stretch/i.test(form) && NOUN_AFTER.test(after)) return false;
  if (isEffect) return !isState || !PLACE_AFTER.test(after);
  if (GOING_AFTER.test(after) || SPORT_NOUN_AFTER.test(after) || BEING_BEFORE.test(lead)) return false;
  if (/^flex/i.test(form) && (FLEXIBLE_IN.test(after) || !FLEXIBLE_BEFORE.test(lead))) return false;
  // "a 60-second stretch" is the exercise; "a stretch" alone, a run of games.
  return !/^stretch$/i.test(form) || !ARTICLE_BEFORE.test(lead) || HOLD_BEFORE.test(lead);
}
