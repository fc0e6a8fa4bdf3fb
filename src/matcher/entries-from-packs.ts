import type { GlossaryPack } from '../glossary/schema.ts';
import type { MatcherEntry } from './compile-matcher.ts';

/**
 * Matcher input from packs: every surface form of every entry, ids as `pack/entry`. Entries of
 * `hiddenCategories` and the `hiddenEntries` ids (settings) are left out: they are not marked,
 * though search still finds them.
 */
export function entriesFromPacks(
  packs: readonly GlossaryPack[],
  hiddenCategories: ReadonlySet<string> = new Set(),
  hiddenEntries: ReadonlySet<string> = new Set(),
): MatcherEntry[] {
  return packs.flatMap((pack) =>
    pack.entries
      .filter((entry) => !hiddenCategories.has(entry.category) && !hiddenEntries.has(`${pack.id}/${entry.id}`))
      .map((entry) => ({
        id: `${pack.id}/${entry.id}`,
        forms: [entry.term, ...entry.aliases, ...entry.abbreviations],
        negativeContexts: entry.negativeContexts,
      })),
  );
}
