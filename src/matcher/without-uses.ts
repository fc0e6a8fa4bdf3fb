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
  if (!matches.some((match) => isUse(text, match))) return matches;
  return matches.filter((match) => !isUse(text, match));
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
