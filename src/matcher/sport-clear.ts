import type { RawMatch } from './apply-sense.ts';
import { NOUN_AFTER, OBJECT_AFTER, OTHER_KIND_BEFORE, OTHER_PART, OWNER_BEFORE } from './post-anchor.ts';
import { OTHER_CRAMP } from './other-cramp.ts';

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
export const SWIM_OR_GEAR =
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

/**
 * No other part, kind, sense, owner or object around a sport's form, in its sentence `[from, to)`
 * (sport-frame.ts, sport-before.ts): `isEffect` for a cramp, a spasm, a tightness or a stiffness,
 * else an exercise form.
 */
export function isSportClear(text: string, match: RawMatch, from: number, to: number, isEffect: boolean): boolean {
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
