import type { RawMatch } from './apply-sense.ts';

/** The parts a post points back to: "that same calf", "this stubborn knee", "the injured Achilles". */
const PART = /^(?:calf|calves|knees?|ankles?|achill(?:es|ies))$/i;

/**
 * "that same", "this stubborn", "the injured": a word that points back to a part named before, with
 * or without one of its state. Not "the other" (a farm's "the other calf" and a sale's "the other
 * knee-high boot" as often), nor a bare "this" or "that" ("this calf is for sale").
 */
const POINTER = String.raw`(?:the|that|this)\s+(?:same(?:\s+old)?|stubborn|dodgy|bad|injured|troublesome|problem|wretched|blasted|stupid|silly|damn|darn|bloody|niggly|niggling|rebuilt|repaired|healing|weak|sore|damaged)`;
const POINTED = new RegExp(String.raw`(?:^|[^\p{L}])${POINTER}\s+$`, 'iu');
/** "that calf of mine": the writer's part pointed to. */
const OF_MINE = /^\s+of\s+mine\b/i;
const MINE_BEFORE = /(?:^|[^\p{L}])(?:that|this)\s+$/iu;
/**
 * The part ends its noun: not "that same calf leather", "the same knee-length skirt", "the bad knee
 * of the drainpipe".
 */
const ENDS =
  /^(?:\s*[,.;:!?)…"”’]|\s*$|\s+(?!of\b|-|leather|skin|hide|length|high|deep|boots?|socks?|straps?|chains?|bracelets?|brackets?)\S)/i;

/**
 * Is the form a part of the leg pointed back to: "That same calf went again on Sunday", "this
 * stubborn calf", "the same ankle rolled", "that calf of mine" (issue 11, the pointback round)? By
 * itself it says nothing of whose part: a farm's calf is "that same calf" and "the injured calf" as
 * often. The thread rule (thread-leg.ts) takes it only where the writer's leg is named before.
 */
export function isPointedPart(text: string, match: RawMatch, [from]: [number, number]): boolean {
  if (!PART.test(text.slice(match.start, match.end))) return false;
  const lead = text.slice(Math.max(from, match.start - 40), match.start);
  const after = text.slice(match.end, match.end + 40);
  if (MINE_BEFORE.test(lead) && OF_MINE.test(after)) return true;
  return POINTED.test(lead) && ENDS.test(after);
}
