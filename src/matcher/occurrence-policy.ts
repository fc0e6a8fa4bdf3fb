/**
 * Which occurrences of a term are marked.
 * - `all`: every occurrence (default).
 * - `first-per-block`: the first in each paragraph or other block.
 * - `first-per-page`: the first on the page.
 */
export type OccurrencePolicy = 'all' | 'first-per-block' | 'first-per-page';

export const OCCURRENCE_POLICIES: readonly OccurrencePolicy[] = ['all', 'first-per-block', 'first-per-page'];

/** Keeps the matches the policy marks. `onPage` counts marked terms per entry across the page. */
export function applyOccurrencePolicy<T extends { entryId: string }>(
  matches: T[],
  policy: OccurrencePolicy,
  onPage: ReadonlyMap<string, number>,
): T[] {
  if (policy === 'all') return matches;
  const seen = new Set<string>();
  return matches.filter((match) => {
    if (seen.has(match.entryId) || (policy === 'first-per-page' && (onPage.get(match.entryId) ?? 0) > 0)) return false;
    seen.add(match.entryId);
    return true;
  });
}
