import type { GlossaryPack } from '../glossary/schema.ts';
import type { MatcherEntry } from './compile-matcher.ts';

/** Matcher input from packs: every surface form of every entry, ids as `pack/entry`. */
export function entriesFromPacks(packs: readonly GlossaryPack[]): MatcherEntry[] {
  return packs.flatMap((pack) =>
    pack.entries.map((entry) => ({
      id: `${pack.id}/${entry.id}`,
      forms: [entry.term, ...entry.aliases, ...entry.abbreviations],
      negativeContexts: entry.negativeContexts,
    })),
  );
}
