import type { RawMatch } from './apply-sense.ts';
import { MAX_SENTENCE, stopAfter } from './long-sentence.ts';
import { OTHER_PART } from './post-anchor.ts';

/**
 * A person's stretching, told as a habit, a remedy or advice, with no part of the leg named: "I've
 * been stretching every morning", "Do you stretch before or after your runs?", "I never stretched
 * as a kid", "some gentle stretching before bed", "my stretching", "after a few weeks of stretching",
 * "quad stretches" (issue 11, the stretch16 round: docs/sense.md "A person's stretching, with no leg
 * named"). The other senses ("stretch the budget", "the road stretches", "stretched thin", "at full
 * stretch") are an object, a place, a state or a reach, which the shapes below leave out; the older
 * filters (thing-stretch.ts, motion-stretch.ts, tissue-stretch.ts, legs-outing.ts) drop many first.
 */
const STRETCH_FORM = /^stretch(?:es|ed|ing)?$/i;
const S = String.raw`[\s\u00a0]+`;

/** Helping words between a person and the verb: "I've been ", "you should ", "we never ". */
const HELPER = String.raw`(?:have|has|had|been|always|never|usually|normally|often|still|also|just|now|really|actually|do|did|does|don['’]?t|didn['’]?t|should|shouldn['’]?t|must|need${S}to|try${S}to|tried|trying|tries|tried${S}to|have${S}to|has${S}to|started|start|stopped|stop|keep|kept|forgot${S}to|remember${S}to|used${S}to|will|can|could|would|also|properly|regularly|religiously|n['’]t)`;
/** A habit said by the helpers themselves: "I've been stretching", "I never stretched", "you should stretch". */
const HABIT_HELPER =
  /\b(?:been|always|never|usually|normally|often|should|shouldn['’]?t|must|need|try|tried|have\s+to|has\s+to|started|start|stopped|stop|keep|kept|forgot|remember|used|regularly|religiously)\b/i;
/**
 * Someone's kin or a patient, named so (the person17 round): "my dad stretches every morning", "the
 * patient stretches twice a day". Not "he" or "she", fiction's waking stretch and a cat's as often.
 */
const KIN_PERSON = String.raw`(?:(?:my|our)${S}(?:dad|mum|mom|mother|father|husband|wife|partner|son|daughter|grandmother|grandfather|grandma|grandpa|grandad|nan|gran|brother|sister|boyfriend|girlfriend)|mum|mom|dad|the${S}patient)`;
const KIN_STRETCHES = new RegExp(
  String.raw`(?:^|[^\w'’])${KIN_PERSON}${S}(?:(?:always|still|usually|now|also|just|really|religiously)${S}){0,2}$`,
  'i',
);
/** The writer, the reader or a group of them as the subject, then helpers: "I've been ", "Do you ", "u ". */
const PERSON_BEFORE = new RegExp(
  String.raw`(?:^|[^\w'’])(?:I|you|u|we|ya|anyone|anybody|everyone|${KIN_PERSON})(?:['’](?:ve|m|re|d))?${S}(?:${HELPER}${S}){0,3}$`,
  'i',
);
/** Advice given: "the GP said to ", "told me to ", and an imperative that opens the sentence: "Keep ", "". */
const ADVICE_BEFORE = new RegExp(
  String.raw`(?:\b(?:said|told${S}(?:me|us|him|her|them)|advised(?:${S}(?:me|us))?|recommended|suggested|want(?:s|ed)?${S}(?:me|us))${S}(?:to${S})?|^(?:(?:just|and|so|also|please|then|honestly|seriously)${S}){0,2}(?:(?:keep|start|started|starting|stopped|been|tried|try|remember${S}to|don['’]?t${S}forget${S}to|make${S}sure${S}(?:you|to)|always|never|don['’]?t)${S})?)$`,
  'i',
);
/** When, how often or how: the habit's time after the verb ("every morning", "before bed", "twice a day"). */
const TIME_AFTER = new RegExp(
  String.raw`^['’"”]?${S}(?:(?:every|each)${S}(?:day|morning|night|evening|week|time|session|run|ride|game|match|workout|hour|single)|daily|nightly|twice|once|three${S}times|regularly|religiously|properly|gently|lightly|afterwards?|beforehand|(?:before|after|post)(?:${S}(?:or|and|&)${S}(?:before|after))?${S}(?:bed|bedtime|sleep|work|school|a|an|my|your|each|every|every${S}one|the${S}(?:run|game|match|race|gym|session|workout|class|ride|walk|hike|swim)|[a-z]+ing|I|you|we|runs|rides|games|training|exercise|workouts?|sessions?)\b|first${S}thing|at${S}(?:school|work|home|uni|college|the${S}gym)|in${S}the${S}(?:morning|evening)s?|at${S}(?:night|bedtime|bed)|when(?:ever)?${S}(?:I|you|we)|while${S}(?:I|you|we|the)|since|as${S}(?:a${S}(?:kid|child|teen)|much${S}as)|(?:a${S}lot|lots|enough|more|a${S}bit${S}more)(?!${S}(?:than|of)\b)|for${S}(?:\d+|a${S}(?:few|couple)|a${S}couple${S}of|ten|five|two|three|twenty|thirty|half${S}an?)${S}(?:of${S})?(?:minutes|mins?|seconds|secs?|hours?)|for${S}(?:a${S}few${S})?(?:minutes|seconds)|(?:at${S}least${S})?(?:\d+|two|three|four|five|six|several|a${S}few|a${S}couple${S}of|many|multiple)${S}times|too\b)`,
  'i',
);
/**
 * The sentence's end right after, or a clause on how it went: "Do you stretch?", "I've been
 * stretching, it helps". Not any comma: "I tried to stretch, but the shelf was too high" is a reach.
 */
const END_AFTER = /^['’"”]?\s*(?:[?.!)]|$|,[\s\u00a0]+(?:and[\s\u00a0]+)?(?:it|that|which)\b)/i;

/** The noun done or had: "more stretching", "some gentle stretching", "my stretches", "weeks of stretching". */
const NOUN_BEFORE = new RegExp(
  String.raw`\b(?:work(?:ing|ed|s)?${S}on|focus(?:ing|ed|es)?${S}on|more|some|any|enough|less|no|my|your|ur|his|her|our|their|lots${S}of|plenty${S}of|a${S}lot${S}of|a${S}bit${S}of|(?:days|weeks|months|years)${S}of|tips${S}(?:for|on)|advice${S}on|do|doing|did|does|done|daily|regular|gentle|nightly|bedtime|post[\s\u00a0-](?:run|workout|ride|game))${S}(?:(?:gentle|light|daily|regular|proper|basic|simple|easy|extra|good|quick|morning|evening|nightly|bedtime|static|dynamic|some|of|my)${S}){0,2}$`,
  'i',
);
/** A quantifier or an adjective only ("some", "any", "gentle", "daily"), with no possessive, verb of doing or time before. */
const QUANTIFIER = /^(?:more|some|any|enough|less|no|daily|regular|gentle|nightly|bedtime)\b/i;
/** A person in the sentence, or a use after the plural: "any stretches that help", "some stretches for tight legs". */
const PERSON = /\b(?:I|me|my|you|your|we|our|u|ur)\b/i;
const USE_AFTER = /^[\s\u00a0]+(?:that|which|to|for|I|you)\b/i;
/** The stretch of a leg muscle named as the exercise's: "quad stretches", "hammy stretch", "hip flexor stretching". */
const LEG_MUSCLE_BEFORE = new RegExp(
  String.raw`\b(?:quads?|quadriceps?|hamstrings?|hammy|hammies|hip[\s\u00a0-]flexors?|adductors?|glutes?)[\s\u00a0-]+$`,
  'i',
);
/** A stretch held: "hold each stretch", "holding the stretch" (a prison's stretch is served, not held). */
const HOLD_BEFORE = new RegExp(
  String.raw`\b(?:hold|holds|holding|held)${S}(?:each|every|the|that|this|a|your|my)${S}(?:[a-z]+${S})?$`,
  'i',
);
/** The gerund as the habit's subject, opening its sentence with a time: "Stretching after a hot shower works". */
const OPENS_WITH = /^['‘’"“]?$/;

/** A verb of being or feeling before "stretched": "I'm stretched", "we've been stretched", "I feel stretched". */
const STATE_BEFORE = new RegExp(
  String.raw`\b(?:['’]m|['’]re|am|is|are|was|were|be|been|being|get|gets|got|getting|feel|feels|felt|feeling)${S}(?:(?:so|really|very|quite|a${S}bit|too|pretty|completely)${S})?$`,
  'i',
);
/** After the form: an object, a place it runs to, what it is of, or a thing it is said of. */
const NOT_AFTER = new RegExp(
  String.raw`^['’"”]?${S}(?:the|a|an|your|my|his|her|their|our|its|these|those|this|that|it|them|him|us|me|every${S}(?:penny|pound|dollar|cent|bit)|each${S}(?:penny|pound|dollar)|out|to|into|across|over|along|around|beyond|through|between|up|far|further|thin|wide|of|for${S}(?:the|an?(?!${S}(?:few|couple|bit|while|minute|second|good|slow|count)))\b|and${S}yawn|lazily|languidly)\b`,
  'i',
);
/**
 * Another sense's words anywhere in the sentence: money, time that runs on, a road, a craft, a
 * kitchen, a screen, an animal, the body's other regions. The first-person habit is a person's, but
 * "I stretch the dough every morning" is a baker's.
 */
const OTHER_SENSE = new RegExp(
  String.raw`\b(?:budgets?|money|savings|cash|funds?|income|wages?|pay|salary|rent|bills|mortgage|groceries|ends${S}meet|paycheck|resources|staff|deadlines?|truth|rules?|lead|dough|pasta|pizza|bread|toffee|canvas|fabric|yarn|knit\w*|wool|leather|shoes?|boots?|jeans|leggings|sweaters?|jumpers?|image|photo|pixels?|video|screen|texture|audio|roads?|river|coast|beach|queue|sky|horizon|cats?|kittens?|dogs?|pupp(?:y|ies)|horses?|(?:my|your|his|her|the|lower|upper|bad)${S}backs?|spine|yawn\w*|prison|jail|sentence)\b`,
  'i',
);

/** A body's remedies named beside stretching: ice, massage, physio, a foam roller, strengthening. */
const REMEDY =
  /\b(?:ice|icing|massag(?:e|es|ed|ing)|physio|physiotherapy|physiotherapist|foam[\s\u00a0-]?roll(?:er|ers|ing)?|ibuprofen|strengthening|yoga|pilates|heat[\s\u00a0]+packs?|hot[\s\u00a0]+baths?|epsom)\b/i;

/** What may follow stretching in a list of remedies: the list's next item or the clause's end. */
const LISTED_AFTER = /^['’"”]?[\s\u00a0]*(?:[,;.!?)]|$|(?:to|and|or|&|plus|then|but)\b)/i;

/** Is the form a person's stretching, told as a habit, a remedy or advice, in its sentence `[from, to)`? */
export function isStretchHabit(text: string, match: RawMatch, [from, to]: [number, number]): boolean {
  if (match.sense === 'paired' || !STRETCH_FORM.test(text.slice(match.start, match.end))) return false;
  const own = text.slice(from, to);
  if (OTHER_PART.test(own) || OTHER_SENSE.test(own)) return false;
  // The lead is the sentence's opening only where the sentence starts within it.
  const isOpening = match.start - from <= 50;
  const lead = text.slice(Math.max(from, match.start - 50), match.start).trimStart();
  const after = text.slice(match.end, Math.min(to, match.end + 60));
  const form = text.slice(match.start, match.end).toLowerCase();
  // "I tried everything, from stretching to ice to massage": stretching among a body's remedies, a list's "to" no object.
  if ((form === 'stretching' || form === 'stretches') && REMEDY.test(own) && LISTED_AFTER.test(after)) return true;
  // "stretches that help": after the plural noun, "that" opens a clause, never an object.
  if (NOT_AFTER.test(after) && !(form === 'stretches' && /^[\s\u00a0]+(?:that|which)\b/i.test(after))) return false;
  // "I'm stretched at work", "we've been stretched": a state of too much to do, not the exercise.
  if (form === 'stretched' && STATE_BEFORE.test(lead)) return false;
  if (form !== 'stretched' && LEG_MUSCLE_BEFORE.test(lead)) return true;
  const noun = NOUN_BEFORE.exec(lead);
  // "Some stretches are muddy" is a path's, "gentle stretching" a dough's: a quantifier or an
  // adjective alone wants a person in the sentence, a time or a use after.
  const isBare = noun !== null && QUANTIFIER.test(noun[0]);
  if (noun && (!isBare || PERSON.test(own) || USE_AFTER.test(after) || TIME_AFTER.test(after))) return true;
  if (form === 'stretch' && HOLD_BEFORE.test(lead)) return true;
  if (form === 'stretching' && isOpening && OPENS_WITH.test(lead) && TIME_AFTER.test(after)) return true;
  // "My dad stretches every morning": the third person's verb only after kin or a patient, with a time.
  if (form === 'stretches') return KIN_STRETCHES.test(lead) && TIME_AFTER.test(after);
  return isVerbHabit(lead, after, isOpening);
}

/** "I stretch twice a day", "Do you stretch?", "I never stretched as a kid", "Keep stretching gently". */
function isVerbHabit(lead: string, after: string, isOpening: boolean): boolean {
  const person = PERSON_BEFORE.exec(lead);
  if (person) {
    const helpers = lead.slice(person.index);
    if (TIME_AFTER.test(after)) return true;
    // "Do you stretch?", "I've been stretching, …": a habit helper, or a question put to the reader.
    return END_AFTER.test(after) && (HABIT_HELPER.test(helpers) || (isOpening && /^(?:do|did|does)\s/i.test(lead)));
  }
  const advice = ADVICE_BEFORE.exec(lead);
  // An imperative ("Keep stretching gently") only where the lead is the whole opening of its sentence.
  return advice !== null && (advice[0] !== lead || isOpening) && TIME_AFTER.test(after);
}

/** May a block with no other anchor hold such a form (block-anchoring.ts)? One test of the form's text first. */
export function mayBeStretchHabit(text: string, match: RawMatch): boolean {
  return STRETCH_FORM.test(text.slice(match.start, match.end)) && isStretchHabit(text, match, sentenceOf(text, match));
}

/** The form's sentence, cut at the stops around it (at most `MAX_SENTENCE` characters each way), for the block test only. */
function sentenceOf(text: string, match: RawMatch): [number, number] {
  const from = Math.max(0, match.start - MAX_SENTENCE);
  const before = text.slice(from, match.start).search(/[.?!][^.?!]*$/);
  return [before < 0 ? from : from + before + 1, stopAfter(text, match.end, /[.?!](?:\s|$)/)];
}
