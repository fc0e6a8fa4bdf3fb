/**
 * A thing that warms up: a joint or a tissue that loosens with walking ("my knee warms up after a
 * few minutes"), and a shoe or its leather that softens with wear ("leather boots warm up and mould
 * to your feet"). The warmth card explains a sign of skin warmer than usual, said with "is", "feels"
 * or "to the touch"; the warm-up card explains the exercise a person does before a run. The verb
 * "warm(s) up" was read as the warmth sign, red beside a leg word, and a shoe's "warm up" as the
 * exercise (issue 11, the redfix14 round: docs/sense.md "Bruise colours, a hand's tingling, a pulse
 * and a thing that warms up"). A shoe that "warms to your feet" is a negative context of the warmth
 * card. These uses are dropped before any sense rule reads the block, so they neither mark nor
 * anchor. Only forms whose text begins "warm" are read.
 */
import type { RawMatch } from './apply-sense.ts';
import { FITTED } from './fit-words.ts';
import { HELPERS, MATERIAL } from './thing-stretch.ts';
import { isFormShaped, withoutUses } from './without-uses.ts';

/** The warmth card's form as a verb before "up": "warms up", "warmed up". */
const WARMTH_VERB = /^warm(?:s|ed|ing)?$/i;
/** Not "warm up to my knee", "warm up the back of the leg": the sign's spread, said with "up". */
const UP_AFTER = /^\s+up\b(?!\s+(?:to|the|my|your|his|her|into|towards?|through|along|past|over)\b)/i;
/** The warm-up card's form as a verb: "warm up", "warming up", not the noun "a warm-up". */
const WARM_UP_VERB = /^warm(?:s|ed|ing)?[\s-]+up$/i;

/** A joint, a tissue or a worn thing right before the verb: "my knee ", "leather boots usually ". */
const THING_SUBJECT = new RegExp(
  String.raw`\b(?:${FITTED}|${MATERIAL}|joints?|knees?|ankles?|hips?|tendons?|achilles|ligaments?|fascia|tissues?)\s+${HELPERS}{0,3}$`,
  'i',
);

/** The matches that are not a thing's warming up. */
export function withoutThingWarming(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isThingWarming);
}

/** Is `match` the verb "warm up" with a joint, a tissue or a worn thing as its subject, or the warmth card's "warm" before "up"? */
export function isThingWarming(text: string, match: RawMatch): boolean {
  if (!isFormShaped(text, match, 'w', 4, 10)) return false;
  const form = text.slice(match.start, match.end);
  // No sign is said with "warm up": "the knee warms up", "once I warm up", "it warmed up outside".
  if (WARMTH_VERB.test(form)) return UP_AFTER.test(text.slice(match.end, match.end + 30));
  if (!WARM_UP_VERB.test(form)) return false;
  return THING_SUBJECT.test(text.slice(Math.max(0, match.start - 60), match.start));
}
