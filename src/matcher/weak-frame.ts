import { sentenceAround } from './sentence-around.ts';

// A part framed by its weakness ("his legs are weak", "her legs are very weak": the pack's
// `framesAfter`) that left-out-frames.ts leaves out. Since the relative15 round a plain "is weak" or
// "are weak" frames a part as "is very weak" did, so a relative's legs said to be weak mark as
// "Dad's legs are weak" did (issue 11); three shapes of it are no muscle's weakness.

/** A frame that ends in the part's weakness: "his legs are weak", "her knees were very weak" (a person's, anchor-steps.ts). */
const WEAK_FRAME = /[\s\u00a0](?:weak|weaker)$/i;

/**
 * A joint's weakness is the joint-sense round's (joint-weakness.ts drops the "weak"), and knees that
 * go weak are fiction's idiom: "her knees were weak when he smiled" marked the knee card before.
 */
const JOINT = /(?:^|[\s\u00a0'’])(?:knees?|kneecaps?|ankles?|achill(?:es|ies))[\s\u00a0]/i;

/**
 * A race's or a match's moment: an athlete's legs that are weak in the last kilometre are tired, not
 * a muscle's lost strength ("his legs were very weak in the last kilometre of the stage" was red).
 * "the climb", not "climb": "can't climb the stairs" is a patient's; "of racing", not "racing" (a
 * racing heart is a body's).
 */
const RACE =
  /\b(?:kilomet(?:re|er)s?|\d+\s?km|(?:first|second|third|fourth|fifth|last|final|closing|opening|deciding)\s+(?:lap|laps|set|half|quarter|period|round|climb|stage|metres|meters|miles?|stretch|minutes|sprint)|peloton|breakaway|the\s+sprint|the\s+finish|finish\s+line|the\s+climb|the\s+race|the\s+match|of\s+racing|on\s+the\s+bike|extra\s+time|overtime|tie-?break|the\s+bell|the\s+whistle|(?:on|off)\s+(?:a|the)\s+(?:\w+\s+)?pitch)\b/i;
/** Legs weak with a feeling: fiction's fright or relief, not a muscle's ("her legs were weak with fear"). */
const WITH_FEELING =
  /^[\s\u00a0]+with[\s\u00a0]+(?:fright|fear|terror|relief|nerves|desire|longing|love|laughter|joy|shock|dread|excitement|anticipation)\b/i;

/** Does the frame `[start, end)` of `text` say a joint's weakness, a feeling's, or an athlete's in a race? */
export function isLeftOutWeakFrame(text: string, start: number, end: number): boolean {
  const frame = text.slice(start, end);
  if (!WEAK_FRAME.test(frame)) return false;
  if (JOINT.test(frame) || WITH_FEELING.test(text.slice(end, end + 24))) return true;
  return RACE.test(sentenceAround(text, { start, end }));
}
