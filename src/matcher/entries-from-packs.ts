import type { GlossaryPack } from '../glossary/schema.ts';
import { mergeAnchorWords, type AnchorWords } from './anchor-words.ts';
import { lowerCaseFormsOf, senseOfForm } from './form-senses.ts';
import type { MatcherEntry, SurfaceForm } from './matcher.ts';

/** A body's parts and states, which an animal has too: "beef tendon", "a pregnant heifer". */
const BODILY: ReadonlySet<string> = new Set(['anatomy', 'risk-factor']);

/**
 * Matcher input from packs: every surface form of every entry with its sense, ids as `pack/entry`.
 * Search-only forms are left out, and so are the entries of `hiddenCategories` and the
 * `hiddenEntries` ids (settings): they are not marked, though search still finds them.
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
        forms: [
          ...[entry.term, ...entry.aliases, ...entry.abbreviations].flatMap((text): SurfaceForm[] => {
            const sense = senseOfForm(pack, entry, text);
            return sense === 'search-only' ? [] : [{ text, sense }];
          }),
          ...lowerCaseFormsOf(pack, entry),
        ],
        negativeContexts: entry.negativeContexts,
        isUrgent: entry.urgent !== undefined,
        isSymptom: entry.category === 'symptom',
        isBodily: BODILY.has(entry.category),
        isCondition: entry.category === 'condition',
        isLegOnly: entry.legOnly,
      })),
  );
}

/** The packs' anchor words together (`senseAnchors`): a weak form of one pack may be anchored by another's. */
export const anchorWordsFromPacks = (packs: readonly GlossaryPack[]): AnchorWords =>
  mergeAnchorWords(packs.map((pack) => pack.senseAnchors ?? {}));
