import type { RawMatch } from './apply-sense.ts';

/**
 * The matches that `isUse` does not set aside as another sense ("a verb's clot", "boots too
 * tight"); the same array when it sets none aside, as in most blocks. Each `withoutX` filter that
 * `readRaw` runs (run-matcher.ts, other-senses.ts) is this with its own test.
 */
export function withoutUses<T extends RawMatch>(
  text: string,
  matches: T[],
  isUse: (text: string, match: T) => boolean,
): T[] {
  // Asked by each of the 26 filters of every block: one loop and no closure, and each form asked
  // once (`isUse` reads only its arguments). With animal-leg.ts's sentence read once, about 3 % of a
  // warm pass over the bench's forum thread (docs/performance.md "The sense rules' cost, the
  // fourteenth session": `node tests/bench/match-forum-ab.ts MAIN THIS`, MAIN a `git archive`).
  let first = 0;
  while (first < matches.length && !isUse(text, matches[first]!)) first++;
  if (first === matches.length) return matches;
  const kept = matches.slice(0, first);
  for (let k = first + 1; k < matches.length; k++) if (!isUse(text, matches[k]!)) kept.push(matches[k]!);
  return kept;
}

/**
 * A quick test before a filter reads a form's text: its length in `[min, max]` and its first letter
 * `letter` (lower case, matched in any case). The filters are asked of every form of every block, so
 * the forms they cannot be about cost no string.
 */
export function isFormShaped(text: string, match: RawMatch, letter: string, min: number, max = min): boolean {
  const length = match.end - match.start;
  return length >= min && length <= max && (text.charCodeAt(match.start) | 0x20) === letter.charCodeAt(0);
}
