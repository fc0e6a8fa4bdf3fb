import type { RawMatch } from './apply-sense.ts';
import { isSetting } from './cramp-setting.ts';
import { OTHER_CRAMP } from './other-cramp.ts';
import { LEG } from './period-post.ts';
import { OTHER_KIND_BEFORE, OTHER_PART } from './post-anchor.ts';
import { MENSES, namesMenses } from './menses.ts';
import { OPENING } from './sport-before.ts';
import { OTHER_SENSE } from './sport-clear.ts';
import { ACTIVITY, EFFORT } from './sport-words.ts';
import { blockTestOf } from './block-test.ts';

/**
 * A cramp named with no place, that is the leg's by the way it is said (issue 11, the cramp16 round:
 * docs/sense.md "A bare cramp in the writer's exertion, and a cramp's setting across sentences").
 * Two shapes, in the normal colour (no leg is named, so nothing says it is urgent):
 *
 * - the mass noun, "cramp" with no article after a verb of having or a preposition: "I got cramp
 *   and had to float", "Sounds like cramp to me", "suffer from cramp", "went down with cramp in
 *   extra time". That is how British English names a muscle's cramp, most often the calf's; the
 *   gut's, the womb's and the hand's are "stomach cramp", "cramps" or "cramp in my hand", which the
 *   guards below and the pack's negative contexts leave out. Only lower case: "Cramp" is a surname.
 * - a post's cry, the cramp alone in its sentence ("Cramps again.", "Ugh, cramping!", "CRAMPING!"),
 *   which takes the setting or the workout the sentence right after names: "Cramps again. Long ride
 *   yesterday and I couldn't finish it." A heading that is a block of its own has no sentence after
 *   in its block: a known limit.
 */
const MASS_FORM = /^cramp$/;
/** A verb of having or a preposition right before the mass noun: "got cramp", "like cramp", "bouts of cramp". */
const MASS_BEFORE =
  /\b(?:get|gets|getting|got|gotten|had|have|has|having|with|from|like|(?:bouts?|attacks?|touch|twinges?|spot|fits?)[\s\u00a0]+of)[\s\u00a0]+$/i;
/**
 * What the mass noun is of, the verb "cramp" with an object, a compound, or a figure's place: "cramp
 * of dread", "cramp-free", "with cramp in his soul".
 */
const OF_AFTER =
  /^(?:[\s\u00a0]+(?:of|your|my|his|her|their|our)\b|[-\u2010\u2011]|[\s\u00a0]+in[\s\u00a0]+(?:(?:my|his|her|their|your|our|the)[\s\u00a0]+)?(?:soul|heart|mind|spirit|brain|head|wallet)\b)/i;
/** The cry's form: any cramp form but an adjective. */
const CRY_FORM = /^(?:cramps?|cramping|cramped[\s\u00a0]+up)$/i;
/** After a cry's form, to its sentence's end: "again", stops, emoji or nothing. */
const CRY_END =
  /^(?:[\s\u00a0,]*(?:again|once[\s\u00a0]+more|today|tonight|!+|\?+|\.+|…|\p{Extended_Pictographic}))*[\s\u00a0.!?…]*$/iu;

/** Is `match` a cramp said as the leg's by its shape: the mass noun, or a cry before its setting? */
export function isCrampSaid(
  text: string,
  match: RawMatch,
  [from, to]: [number, number],
  sentenceAt: (at: number) => [number, number],
): boolean {
  // Asked of every weak form left unanchored (match-verdict.ts): the form's shape first, then the
  // block's test, read once a block (namesMenses), so a "tight" or a "swelling" costs no block-wide
  // expression (the cost16 round, docs/performance.md "the fifteenth session": rerun with
  // `node --cpu-prof tests/bench/match-forum-ab.ts A B 40`). No longest length: "cramped  up".
  if (match.sense === 'paired' || match.end - match.start < 5 || (text.charCodeAt(match.start) | 0x20) !== 0x63)
    return false;
  const form = text.slice(match.start, match.end);
  const isMass = MASS_FORM.test(form);
  if ((!isMass && !CRY_FORM.test(form)) || namesMenses(text)) return false;
  const own = text.slice(from, to);
  if (OTHER_PART.test(own) || OTHER_CRAMP.test(own) || OTHER_SENSE.test(own)) return false;
  const lead = text.slice(Math.max(from, match.start - 40), match.start);
  if (OTHER_KIND_BEFORE.test(lead)) return false;
  if (isMass)
    return (
      MASS_BEFORE.test(lead) && !OF_AFTER.test(text.slice(match.end, to)) && !isOtherBefore(text, from, sentenceAt)
    );
  return isCry(text, match, from, to, sentenceAt);
}

/** "Cramps again. Long ride yesterday…": the cramp alone in its sentence, its setting in the next. */
function isCry(
  text: string,
  match: RawMatch,
  from: number,
  to: number,
  sentenceAt: (at: number) => [number, number],
): boolean {
  if (!OPENING.test(text.slice(from, match.start)) || !CRY_END.test(text.slice(match.end, to))) return false;
  if (to >= text.length) return false;
  const next = text.slice(...sentenceAt(to));
  if (OTHER_PART.test(next) || OTHER_CRAMP.test(next) || OTHER_SENSE.test(next)) return false;
  return isSetting(next) || ACTIVITY.test(next) || EFFORT.test(next);
}

/** Does the sentence right before name another part or kind of cramp: "I swam after eating. Had cramp so bad…"? */
function isOtherBefore(text: string, from: number, sentenceAt: (at: number) => [number, number]): boolean {
  if (from === 0) return false;
  const prior = text.slice(...sentenceAt(from - 1));
  return OTHER_PART.test(prior) || OTHER_CRAMP.test(prior) || OTHER_SENSE.test(prior);
}

/** A sentence's end anywhere in a block, for a cry's sentence after: read once a block (block-test.ts). */
const hasStop = blockTestOf((text) => /[.!?…]/.test(text));

/** May a block with no other anchor hold such a cramp (block-anchoring.ts)? The form first. */
export function mayBeCrampSaid(text: string, match: RawMatch): boolean {
  // Asked of every form of a block with no anchor: a length first, so most forms cost no slice.
  if (match.end - match.start < 5 || match.end - match.start > 10) return false;
  const form = text.slice(match.start, match.end);
  return MASS_FORM.test(form) || (CRY_FORM.test(form) && hasStop(text));
}

/** A cramp form with no part in it: what a cramp rule marked by its setting or its shape. */
const BARE_FORM = /^(?:cramps?|cramping|cramped[\s\u00a0]+up)$/i;

/**
 * "Played guitar for six hours straight." then, on a line of its own, "Got cramp and had to stop.":
 * the block rules read the sentence before only in their block, so a cramp of a block's first
 * sentence `[from, to)` is asked again with the last sentence of the line before put in `text`
 * before it (cause-before.ts). A bare cramp after a sentence of another part, kind or sense, with no
 * part of the leg in either sentence (`namesLeg`: the block's first sentence, asked once a block) is that one's.
 */
export function isOtherCrampBefore(
  text: string,
  match: { start: number; end: number },
  from: number,
  namesLeg: () => boolean,
) {
  if (!BARE_FORM.test(text.slice(match.start, match.end)) || namesLeg()) return false;
  const prior = text.slice(0, from).replace(/^[^]*[.!?…][\s\u00a0]+(?=\S)/, '');
  // "Woke up with a charley horse in my left calf." then "Now I'm scared of another cramp.": the leg's.
  if (LEG.test(prior)) return false;
  return OTHER_PART.test(prior) || OTHER_CRAMP.test(prior) || OTHER_SENSE.test(prior) || MENSES.test(prior);
}

/** May a block's first sentence hold such a cramp: a bare cramp form, no part of the leg (`namesLeg`)? */
export function mayBeOtherCrampBefore(
  text: string,
  match: { start: number; end: number },
  namesLeg: () => boolean,
): boolean {
  const length = match.end - match.start;
  return length >= 5 && length <= 10 && BARE_FORM.test(text.slice(match.start, match.end)) && !namesLeg();
}
