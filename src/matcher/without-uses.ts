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
