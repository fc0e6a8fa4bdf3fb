import type { RawMatch } from './apply-sense.ts';
import { type DiscourseContext } from './discourse-anchor.ts';
import { OTHER_PART as OTHER_BODY_PART } from './other-body-part.ts';
import { OTHER_PART } from './post-anchor.ts';
import type { SentenceAnchors } from './sentence-anchors.ts';
import { hasOtherSymptom } from './thread-shape.ts';
import { WORN } from './worn-uses.ts';

/** Words that may join a sentence on before "it": "And now it feels tight", "Today they are stiff". */
const JOIN = String.raw`(?:(?:and|but|so|now|still|today|tonight|since then|this morning)[\s,]+)*`;
/**
 * "It" or "they" opening the sentence, a verb of the body's state, words of degree, then the form:
 * "It still feels really ", "They are so ", "It's getting ". Not a noun phrase between ("It was a
 * tight race"). "warm" only with a verb of feeling or being now (`WARM_LEAD`): "It was warm" is the day's.
 */
const IT_LEAD = new RegExp(
  String.raw`^\s*${JOIN}(?:it|they)(?:['’]s|['’]re|\s+(?:still\s+)?(?:is|are|was|were|feels?|felt|gets?|got|stays?|stayed|keeps?\s+getting|has\s+been|have\s+been|went|goes|seems?|seemed))` +
    String.raw`(?:\s+(?:still|so|really|very|quite|a bit|a little|pretty|rather|kind of|getting|feeling|now|always|all|even|too|incredibly|super))*\s+$`,
  'i',
);
const WARM_LEAD =
  /^\s*(?:(?:and|but|so|now|still)[\s,]+)*(?:it|they)(?:['’]s|['’]re|\s+(?:still\s+)?(?:is|are|feels?|felt))\b/i;
/**
 * "it" with a plain verb of being and no "still", for the states a game, money or a moment has:
 * "It was tight, but we got the win", "It was weak all night at the back", and for "tight" now too,
 * "It's tight this month". Not "It's still tight", "It was weak to the touch", "It feels tight".
 * "It was tender" is the leg's as often as a moment's ("…when they read the vows": the tail says).
 */
const DEGREE = String.raw`(?:\s+(?:so|really|very|quite|a bit|a little|pretty|rather|kind of|incredibly|super|too|even|all|always|now))*\s+$`;
const PLAIN_IT_PAST = new RegExp(String.raw`\bit\s+was${DEGREE}`, 'i');
const PLAIN_IT_NOW = new RegExp(String.raw`\bit(?:['’]s|\s+is)${DEGREE}`, 'i');
const PLAIN_STATE = /^(?:tight|weak)$/i;
const ANY_STATE = /^(?:tight|stiff|weak|tender|warm)$/i;
const TOUCH_AFTER = /^\s+to\s+(?:the\s+)?touch\b/i;
/**
 * What may follow the state: the sentence's end, a clause, the touch, when it comes ("when I walk",
 * not "when they read the vows"), or a time of the body's day. Anything else may make it a game's,
 * money's or a day's ("tight until the last kick", "weak to blame the referee", "tight for time").
 */
const TAIL = new RegExp(
  String.raw`^(?:\s*(?:$|[.!?…)])` +
    String.raw`|\s+(?:and|but|though|too|again|now|still|already|to\s+(?:the\s+)?touch|after|since|ever since|first thing|no matter|today|tonight|lately|at the moment|right now)\b` +
    String.raw`|\s+(?:when|whenever|if|once|as soon as)\s+(?:I|I['’]m|you|it['’]s|it\s+is|touched|pressed|[a-z]+ing)\b` +
    String.raw`|\s+(?:in|by|through)\s+the\s+(?:mornings?|evenings?|nights?|afternoons?)\b|\s+at\s+night\b` +
    String.raw`|\s+(?:all\s+(?:the\s+)?(?:next\s+)?|every\s+|each\s+|this\s+|(?:the\s+)?next\s+)(?:day|night|morning|evening|week)\b` +
    String.raw`|\s+for\s+(?:days|hours|weeks|ages|a day|a week)\b|\s+\w+\s+(?:days?|weeks?|hours?)\s+(?:later|on)\b)`,
  'i',
);
/** "warm" only said alone or of the touch: "It feels warm.", "It is warm to the touch". */
const WARM_TAIL = /^(?:\s*(?:$|[.!?…])|\s+to\s+(?:the\s+)?touch\b|\s+and\s+)/i;
/** Adjectives the writer may put before the leg: "my left calf", "my poor old legs". */
const LEG_WORDS = String.raw`(?:(?:left|right|poor|bad|injured|sore|other|old|tired|whole|lower|upper|both)\s+)*`;
/**
 * A verb of what the writer did to the leg or had done to it: "Pulled my calf", "I massaged my
 * calves", "I fell and banged my shin".
 */
const DONE = String.raw`(?:pulled|strained|tore|tweaked|hurt|injured|bruised|banged|knocked|whacked|jarred|overdid|overworked|worked|stretched|iced|massaged|foam rolled|rolled out|rested|trained|ran on)`;
/** A place on the leg: "The backs of my legs are still sore.", "the outside of my calf". */
const PLACE_OF = String.raw`(?:the\s+(?:backs?|fronts?|sides?|tops?|bottoms?|insides?|outsides?)\s+of\s+)?`;
/**
 * A worn thing "they" may point back to: "My calves are too big for these boots. They are so
 * tight."; or fit talk that names none: "My legs look great in these. They are tight but comfy."
 */
const WORN_HERE = new RegExp(
  String.raw`\b(?:${WORN}|in\s+(?:these|those|them)|wear(?:s|ing)?|wore|worn|tried\s+on|fit(?:s|ted|ting)?|sizes?|comfy|comfortable)\b`,
  'i',
);
/** After the leg as subject, no place or owner: "my calf at the farm", "my leg of lamb", "my legs and arms". */
const NOT_SUBJECT_AFTER = /^\s+(?:of|at|in|on|for|from|and|with|to|that|which|who)\b/i;

/**
 * The states a post says of "it" right after the writer's leg with no second symptom ("Pulled my
 * calf on Sunday. It still feels really tight."); each with the leg words it may be said of. A
 * joint's weakness or stiffness is the joint's (joint-weakness.ts, joint-stiffness.ts), so only
 * muscles and the leg: "tight" and "stiff" also of a hamstring, "tender" and "warm" of a shin.
 */
const LEGS_OF: readonly (readonly [RegExp, LegShapes])[] = [
  [/^(?:tight|stiff)$/i, legShapes(String.raw`calf|calves|calf muscles?|legs?|lower legs?|hamstrings?`)],
  [/^weak$/i, legShapes(String.raw`calf|calves|calf muscles?|legs?|lower legs?`)],
  [/^(?:tender|warm|warm to the touch)$/i, legShapes(String.raw`calf|calves|calf muscles?|legs?|lower legs?|shins?`)],
];

/**
 * "Pulled my calf on Sunday. It still feels really tight." / "My calves are sore. They are so stiff
 * in the mornings.": a state a game, money or the day has as often ("It was tight until the end")
 * is said of "it" or "they" opening the sentence right after one whose subject is the writer's leg
 * ("My calf …") or that tells what the writer did to it ("I strained my calf …"). The pointing word
 * then has no other thing to point back to, so the state is the leg's: in the normal colour, never
 * red (no second symptom says it is urgent). The sentence right before is read in the block, or is
 * the last line of the block before (earlier-blocks.ts). docs/sense.md, "A sign said of it, after the writer's leg".
 */
export function isItSign(
  match: RawMatch,
  sentence: [number, number],
  anchors: SentenceAnchors,
  { text, raw, symptoms, sentenceAt, anchorsAt }: DiscourseContext,
): boolean {
  const form = text.slice(match.start, match.end);
  const legs = LEGS_OF.find(([forms]) => forms.test(form))?.[1];
  if (legs === undefined || !mayBeItSign(text, match, sentence)) return false;
  const priorSpan = sentenceAt(sentence[0] - 1);
  const prior = anchorsAt(priorSpan);
  // A farm's calves, another sense, another region, or a second symptom (the older rules' shape).
  for (const each of [anchors, prior])
    if (each.isOtherSense || each.hasAnimalWord || each.regions.length > 0) return false;
  if (hasOtherSymptom(match, sentence, anchors, raw, symptoms)) return false;
  return isWritersLeg(text.slice(...sentence), text.slice(...priorSpan), legs);
}

/** Is the form said of "it" or "they" at its sentence's start, with a tail the body's (above)? */
export function mayBeItSign(text: string, match: RawMatch, [from, to]: [number, number]): boolean {
  const lead = text.slice(from, match.start);
  if (!IT_LEAD.test(lead)) return false;
  const after = text.slice(match.end, to);
  const form = text.slice(match.start, match.end);
  if (isPlainState(form, lead, after)) return false;
  if (!/^warm/i.test(form)) return TAIL.test(after);
  return WARM_LEAD.test(lead) && WARM_TAIL.test(after);
}

/** "It was tight", "It was weak all night", "It's tight": a plain verb of being (above), not of the touch. */
function isPlainState(form: string, lead: string, after: string): boolean {
  const isPlain = PLAIN_IT_PAST.test(lead) || (/^tight$/i.test(form) && PLAIN_IT_NOW.test(lead));
  return PLAIN_STATE.test(form) && isPlain && !TOUCH_AFTER.test(after);
}

/**
 * Is the state one a thing has, by what follows it or by a plain verb of being: "They were weak in the second half", "It was
 * tight at the top of the table", "It's tight this month with the bills"? The older rule that reads
 * "it" back in a block (sentence-before.ts) takes nothing then, unless a second symptom says it is the
 * body's ("It was tight and sore in the morning").
 */
export function isThingsState(
  text: string,
  match: RawMatch,
  [from, to]: [number, number],
  hasSecondSymptom: () => boolean,
): boolean {
  const form = text.slice(match.start, match.end);
  if (!ANY_STATE.test(form)) return false;
  const after = text.slice(match.end, to);
  const lead = text.slice(Math.max(from, match.start - 60), match.start);
  return (!TAIL.test(after) || isPlainState(form, lead, after)) && !hasSecondSymptom();
}

/** Is the leg the prior sentence's subject ("My left calf is …"), or what the writer did something to? */
function isWritersLeg(own: string, prior: string, { subject, done }: LegShapes): boolean {
  if (OTHER_PART.test(own) || OTHER_BODY_PART.test(own) || OTHER_PART.test(prior) || OTHER_BODY_PART.test(prior))
    return false;
  if (prior.trimEnd().endsWith('?') || WORN_HERE.test(prior) || WORN_HERE.test(own)) return false;
  const found = subject.exec(prior);
  if (found) return !NOT_SUBJECT_AFTER.test(prior.slice(found[0].length));
  return done.test(prior);
}

/** The two shapes of a sentence naming the writer's leg, compiled once for a list of leg words. */
interface LegShapes {
  subject: RegExp;
  done: RegExp;
}
function legShapes(legs: string): LegShapes {
  return {
    subject: new RegExp(
      String.raw`^\s*(?:(?:and|but|so|now|well)[\s,]+)*${PLACE_OF}my\s+${LEG_WORDS}(?:${legs})\b`,
      'i',
    ),
    done: new RegExp(
      String.raw`(?:^\s*|\bI\s+(?:(?:just|also|then|really|must have|have|had|think I|[a-z]+\s+and)\s+)*)${DONE}\s+my\s+${LEG_WORDS}(?:${legs})\b`,
      'i',
    ),
  };
}
