import type { RawMatch } from './apply-sense.ts';

/** The signs a place is told for: "bruising in that area", "a nasty bruise on the side of it". */
const PLACED_SIGN = /^(?:bruis(?:e|es|ing)|swelling|puffiness|lumps?|numbness|tingling)$/i;
/**
 * A place that points back to what was just named: "in that area", "on the side of it", "around
 * it". Not a place of its own ("on the side", "in the area of the roof", "on the side of most of
 * them"): the sign's "of" must end on "it" or "them".
 */
const POINTED_PLACE =
  /^\s+(?:(?:in|on|around|round|over|across|along|near)\s+(?:(?:that|this|the)\s+(?:whole\s+|same\s+)?(?:area|spot|region)(?!\s+of\b)|(?:the\s+)?(?:side|back|front|top|bottom|inside|outside|middle)\s+of\s+(?:it|them)|it|them))\b/i;
/**
 * What the sign is had or seen with, before it: "There's still bruising", "Got a nasty bruise",
 * "I've got some swelling", or nothing at the sentence's start. Not after a preposition of its own:
 * "the swelling of the strings", "a spot of bruising on the peach".
 */
const HAD_BEFORE =
  /(?:^\s*|\b(?:there['’]s|there\s+(?:is|was|are|were)|got|have|has|had|noticed?|see|saw|with|and|but)\s+)(?:(?:still|now|also|just)\s+)?(?:(?:a|an|some|a\s+lot\s+of|a\s+bit\s+of|lots\s+of|loads\s+of)\s+)?(?:[a-z]+\s+)?$/i;

/**
 * "…landed hard on my right leg. There's a lot of bruising in that area now.", "I dropped a tin of
 * paint on my left foot. Got a nasty bruise on the side of it.": a sign at a place that points back
 * to the sentence right before (thread-leg.ts takes the leg only from that one sentence: "Then I
 * bought a peach. There was a bruise on the side of it." points to the peach).
 */
export function isSignAtPointedPlace(match: RawMatch, sentence: [number, number], text: string): boolean {
  if (!PLACED_SIGN.test(text.slice(match.start, match.end))) return false;
  return (
    HAD_BEFORE.test(text.slice(sentence[0], match.start)) && POINTED_PLACE.test(text.slice(match.end, sentence[1]))
  );
}
